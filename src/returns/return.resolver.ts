import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
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
  @Query(() => [ReturnView], { description: 'Submissions, newest first, with their status and counts (history included).' })
  async returns(
    @Arg('provider', () => String, { nullable: true }) provider: string | undefined,
    @Arg('period', () => String, { nullable: true }) period: string | undefined,
    @Ctx() { em }: GraphQLContext,
  ): Promise<ReturnView[]> {
    const where: Record<string, unknown> = {};
    if (provider) where.provider = { key: provider };
    if (period) where.period = parsePeriod(period).code;
    const rows = await em.find(Return, where, { orderBy: { receivedAt: 'desc', id: 'desc' } });
    return rows.map(toReturnView);
  }

  @FieldResolver(() => Provider)
  async provider(@Root() view: ReturnView, @Ctx() { loaders }: GraphQLContext): Promise<Provider> {
    return (await loaders.provider.load(view.providerId))!;
  }
}
