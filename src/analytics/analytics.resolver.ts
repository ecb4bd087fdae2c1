import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Characteristic } from './characteristic';
import { requestedFields } from './requested-fields';
import { CompositionRow } from './composition-row.type';
import { Dimension } from './dimension';
import { TrainingUptakeRow } from './training-uptake-row.type';
import { trainingUptake, workforceComposition, workforceMetrics } from './workforce-analytics';
import { WorkforceFilter } from './workforce-filter.input';
import { WorkforceMetricRow } from './workforce-metric-row.type';

/** Aggregates only: analysts and BI tools get them with disclosure control; a provider gets its own, unsuppressed. */
@Resolver()
export class AnalyticsResolver {
  @Authorized()
  @Query(() => [WorkforceMetricRow], { description: 'Turnover, starters, vacancies, stability, agency/bank/zero-hours use, pay, sickness and Care Certificate completion per group.' })
  workforceMetrics(
    @Arg('period') period: string,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<WorkforceMetricRow[]> {
    return workforceMetrics(ctx, { period, groupBy, filter }, { medianPay: requestedFields(info).has('medianHourlyPay') });
  }

  @Authorized()
  @Query(() => [CompositionRow], { description: 'The workforce by a personal characteristic: staff records per category and their share of the group.' })
  workforceComposition(
    @Arg('period') period: string,
    @Arg('characteristic', () => Characteristic) characteristic: Characteristic,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CompositionRow[]> {
    return workforceComposition(ctx, { period, characteristic, groupBy, filter });
  }

  @Authorized()
  @Query(() => [TrainingUptakeRow], { description: 'Training in date, expired and expiring at the snapshot date (one training category, or any), Care Certificate answers and level 2 qualification per group.' })
  trainingUptake(
    @Arg('period') period: string,
    @Arg('groupBy', () => [Dimension], { defaultValue: [] }) groupBy: Dimension[],
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Arg('category', () => Int, { nullable: true, description: 'A training category code (training_categories.csv); all categories when omitted.' }) category: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrainingUptakeRow[]> {
    return trainingUptake(ctx, { period, groupBy, filter, category });
  }
}
