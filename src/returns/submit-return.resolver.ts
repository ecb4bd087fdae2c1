import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { SUBMITTER_ROLES } from '../auth/role';
import { checkSubmission, submitReturnAs } from '../auth/submission-access';
import type { GraphQLContext } from '../graphql/context';
import { BadInput } from '../errors';
import { ReturnReportView } from './return-report.type';
import type { SubmissionReport } from './submit-return';

/** Uploaded files are kept in a temporary folder for the submission: the use case reads each file twice (checksum, then import). */
async function withSavedUploads<T>(uploads: Promise<FileUpload>[], fn: (files: { name: string; path: string }[]) => Promise<T>): Promise<T> {
  if (uploads.length === 0) throw new BadInput('No files: attach the workplace and staff files (and optionally the training file)');
  const dir = await mkdtemp(join(tmpdir(), 'wfhub-gql-'));
  try {
    const files = [];
    for (const [i, upload] of uploads.entries()) {
      const file = await upload;
      const path = join(dir, `${i}-${basename(file.filename)}`);
      await pipeline(file.createReadStream(), createWriteStream(path));
      files.push({ name: basename(file.filename), path });
    }
    return await fn(files);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The GraphQL door to submitReturn (GraphQL multipart request spec; send the header apollo-require-preflight: true). Admins, or a provider token for its own provider. */
@Authorized(SUBMITTER_ROLES)
@Resolver()
export class SubmitReturnResolver {
  private async run(ctx: GraphQLContext, provider: string, period: string, files: Promise<FileUpload>[], dryRun: boolean, providerName?: string): Promise<SubmissionReport> {
    // refused (and audited) before any upload is saved
    await checkSubmission(ctx.db, ctx.viewer, { providerKey: provider, period, dryRun });
    return withSavedUploads(files, (saved) =>
      submitReturnAs(ctx.db, ctx.config, ctx.viewer, {
        providerKey: provider,
        providerName,
        period,
        dryRun,
        files: saved.map((f) => ({ name: f.name, open: () => createReadStream(f.path) })),
      }));
  }

  @Mutation(() => ReturnReportView, { description: 'Validate a provider\'s files for a period and, when there is no error, make them its current return (one transaction).' })
  submitReturn(
    @Arg('provider') provider: string,
    @Arg('period', { description: 'Financial year, e.g. 2024-25.' }) period: string,
    @Arg('files', () => [GraphQLUpload]) files: Promise<FileUpload>[],
    @Arg('providerName', () => String, { nullable: true }) providerName: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubmissionReport> {
    return this.run(ctx, provider, period, files, false, providerName);
  }

  @Mutation(() => ReturnReportView, { description: 'Validate only (a dry run): the full report, nothing written.' })
  validateReturn(
    @Arg('provider') provider: string,
    @Arg('period') period: string,
    @Arg('files', () => [GraphQLUpload]) files: Promise<FileUpload>[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<SubmissionReport> {
    return this.run(ctx, provider, period, files, true);
  }
}
