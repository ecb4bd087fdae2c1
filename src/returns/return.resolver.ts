import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { SUBMITTER_ROLES } from '../auth/role';
import { returnScope } from '../auth/viewer-scope';
import type { GraphQLContext } from '../graphql/context';
import { Provider } from '../providers/provider.entity';
import { parsePeriod } from './period';
import { Return } from './return.entity';
import { ReturnView } from './return.type';

export function toReturnView(r: Return): ReturnView {
  return {
    id: r.id,
    providerId: r.provider.id,
    period: r.period,
    status: r.status,
    state: r.state,
    receivedAt: r.receivedAt,
    submittedBy: r.submittedBy ?? null,
    files: r.files,
    counts: { workplaces: r.workplaces, staffRecords: r.staffRecords, trainingRecords: r.trainingRecords },
    errors: r.errors,
    warnings: r.warnings,
    supersedesId: r.supersedes?.id ?? null,
    reportId: r.reportId,
  };
}

@Resolver(() => ReturnView)
export class ReturnResolver {
  @Authorized(SUBMITTER_ROLES)
  @Query(() => [ReturnView], { description: 'Submissions, newest first, with their status and counts (history included). Admins see all; a provider token its own.' })
  async returns(
    @Arg('provider', () => String, { nullable: true }) provider: string | undefined,
    @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Ctx() { em, viewer }: GraphQLContext,
  ): Promise<ReturnView[]> {
    const scope = returnScope(viewer, 'r.provider_id');
    const conditions = [`(${scope.sql})`];
    const params = [...scope.params];
    if (provider) {
      conditions.push('r.provider_id in (select id from provider where key = ?)');
      params.push(provider);
    }
    if (period) {
      conditions.push('r.period = ?');
      params.push(parsePeriod(period).code);
    }
    const rows: Record<string, unknown>[] = await em.getConnection().execute(
      `select r.* from "return" r where ${conditions.join(' and ')} order by r.received_at desc, r.id desc`, params);
    return rows.map((r) => toReturnView(em.map(Return, r)));
  }

  @FieldResolver(() => Provider)
  async provider(@Root() view: ReturnView, @Ctx() { loaders }: GraphQLContext): Promise<Provider> {
    return (await loaders.provider.load(view.providerId))!;
  }
}
