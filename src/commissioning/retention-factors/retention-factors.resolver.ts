import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { WorkforceFilter } from '../../analytics/workforce-filter.input';
import type { GraphQLContext } from '../../graphql/context';
import { COMMISSIONING_ROLES } from '../workplace-visibility';
import { retentionFactors } from './retention-factors';
import { RetentionFactors } from './retention-factors.type';

@Resolver()
export class RetentionFactorsResolver {
  @Authorized(COMMISSIONING_ROLES)
  @Query(() => RetentionFactors, { description: 'Turnover of directly employed care workers between the previous period\'s return and this one, split by how many of five factors applied (pay above the National Living Wage, not zero-hours, full-time, trained in the last 12 months, relevant qualification).' })
  retentionFactors(
    @Arg('period', { description: 'The later period, e.g. 2024-25 (cohort from 2023-24).' }) period: string,
    @Arg('filter', () => WorkforceFilter, { nullable: true, description: 'Workplace dimensions of the previous period (area, service, sector…).' }) filter: WorkforceFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RetentionFactors> {
    return retentionFactors(ctx, { period, filter });
  }
}
