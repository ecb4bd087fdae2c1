import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Dimension } from '../analytics/dimension';
import { WorkforceFilter } from '../analytics/workforce-filter.input';
import type { Page } from '../graphql/connection';
import type { GraphQLContext } from '../graphql/context';
import { type CoverageGap, CoverageGapConnection } from './coverage-gap.type';
import { CqcDirectorySnapshot } from './cqc-directory-snapshot.type';
import { queryDirectorySnapshots } from './cqc-directory-snapshots.query';
import { CoverageRow } from './coverage-row.type';
import { WorkforceEstimateRow } from './workforce-estimate-row.type';
import { coverageGaps, returnCoverage, workforceEstimate } from './workforce-planning';
import { WorkforceProjectionRow } from './workforce-projection-row.type';
import { workforceProjection } from './workforce-projection';

/** Coverage of returns against the CQC register, the whole-area estimate and the projection: the same use cases as the CSV exports. */
@Resolver()
export class PlanningResolver {
  @Query(() => [CqcDirectorySnapshot], { description: 'The CQC care directory snapshots held, newest first (public directory facts).' })
  cqcDirectorySnapshots(@Ctx() ctx: GraphQLContext): Promise<CqcDirectorySnapshot[]> {
    return queryDirectorySnapshots(ctx.db.pool);
  }

  @Query(() => [CoverageRow], { description: 'Registered adult social care locations with and without a return for the period, per group (REGION, LOCAL_AUTHORITY, MAIN_SERVICE, SERVICE_GROUP, PERIOD).' })
  returnCoverage(
    @Arg('period') period: string,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Arg('commissionedOnly', { defaultValue: false, description: "Only the council's commissioned services (wfhub reference import commissioned)." }) commissionedOnly: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CoverageRow[]> {
    return returnCoverage(ctx, { period, groupBy, filter, commissionedOnly });
  }

  @Query(() => CoverageGapConnection, { description: 'Registered adult social care locations with no return for the period (analysts and admins: all; a provider: its own).' })
  coverageGaps(
    @Arg('period') period: string,
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Arg('commissionedOnly', { defaultValue: false }) commissionedOnly: boolean,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<CoverageGap>> {
    return coverageGaps(ctx, { period, filter, commissionedOnly, first, after });
  }

  @Query(() => [WorkforceEstimateRow], { description: 'Filled posts, vacancies and posts grossed up from returned workplaces to every registered location, with the grossing factor and coverage.' })
  workforceEstimate(
    @Arg('period') period: string,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WorkforceEstimateRow[]> {
    return workforceEstimate(ctx, { period, groupBy, filter });
  }

  @Query(() => [WorkforceProjectionRow], { description: 'Posts needed per year as the population in the age band grows, per group, with recruitment need and retirement risk.' })
  workforceProjection(
    @Arg('period') period: string,
    @Arg('years', () => [Int]) years: number[],
    @Arg('ageBand', () => String, { defaultValue: '65+' }) ageBand: string,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WorkforceProjectionRow[]> {
    return workforceProjection(ctx, { period, years, ageBand, groupBy, filter });
  }
}
