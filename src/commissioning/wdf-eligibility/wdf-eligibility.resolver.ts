import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Dimension } from '../../analytics/dimension';
import { WorkforceFilter } from '../../analytics/workforce-filter.input';
import type { GraphQLContext } from '../../graphql/context';
import { WDF_DEFAULT_GROUPS, wdfEligibility } from './wdf-eligibility';
import { WdfEligibility } from './wdf-eligibility.type';

@Resolver()
export class WdfEligibilityResolver {
  @Query(() => WdfEligibility, { description: 'Workforce Development Fund eligibility for a period (SPEC-metrics §6): each workplace the caller may see by name with its reasons, and eligible workplaces by group (default local authority × service group).' })
  wdfEligibility(
    @Arg('period') period: string,
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Arg('groupBy', () => [Dimension], { defaultValue: WDF_DEFAULT_GROUPS }) groupBy: Dimension[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<WdfEligibility> {
    return wdfEligibility(ctx, { period, filter, groupBy });
  }
}
