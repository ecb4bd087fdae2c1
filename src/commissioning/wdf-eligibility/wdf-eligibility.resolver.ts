import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PERSON_LEVEL_ROLES } from '../../auth/role';
import { Dimension } from '../../analytics/dimension';
import { WorkforceFilter } from '../../analytics/workforce-filter.input';
import type { GraphQLContext } from '../../graphql/context';
import { COMMISSIONING_ROLES } from '../workplace-visibility';
import { WDF_DEFAULT_GROUPS, wdfEligibility } from './wdf-eligibility';
import { WdfEligibility, WdfStaffCheck, WdfWorkplace } from './wdf-eligibility.type';
import { wdfStaffChecksLoader } from './wdf-staff-checks.loader';

@Resolver(() => WdfWorkplace)
export class WdfEligibilityResolver {
  @Authorized(COMMISSIONING_ROLES)
  @Query(() => WdfEligibility, { description: 'Workforce Development Fund eligibility for a period (SPEC-metrics §6): each workplace the caller may see by name with its reasons, and eligible workplaces by group (default local authority × service group).' })
  wdfEligibility(
    @Arg('period') period: string,
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Arg('groupBy', () => [Dimension], { defaultValue: WDF_DEFAULT_GROUPS }) groupBy: Dimension[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<WdfEligibility> {
    return wdfEligibility(ctx, { period, filter, groupBy });
  }

  @Authorized(PERSON_LEVEL_ROLES)
  @FieldResolver(() => [WdfStaffCheck], { description: 'Each staff record with the WDF fields it misses (person-level: admin, and a provider for its own workplaces).' })
  staffRecordChecks(@Root() workplace: WdfWorkplace, @Ctx() ctx: GraphQLContext): Promise<WdfStaffCheck[]> {
    return wdfStaffChecksLoader(ctx).load(workplace.workplacePeriodId);
  }
}
