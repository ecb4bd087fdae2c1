import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { WorkforceFilter } from '../../analytics/workforce-filter.input';
import type { GraphQLContext } from '../../graphql/context';
import { COMMISSIONING_ROLES } from '../workplace-visibility';
import { qualityRisk } from './quality-risk';
import { QualityRisk } from './quality-risk.type';

@Resolver()
export class QualityRiskResolver {
  @Authorized(COMMISSIONING_ROLES)
  @Query(() => QualityRisk, { description: 'Workplaces of a local authority to consider for quality support: CQC rating and its age, workforce indicators against the comparison group, a score and flags. Lists only workplaces whose return allowed sharing with local authorities (a provider: its own).' })
  qualityRisk(
    @Arg('period') period: string,
    @Arg('area', { description: 'Local authority (CSSR) code.' }) area: string,
    @Arg('filter', () => WorkforceFilter, { nullable: true }) filter: WorkforceFilter | null,
    @Arg('notInspectedMonths', () => Int, { defaultValue: 24 }) notInspectedMonths: number,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD the months since inspection are counted to; today when omitted.' }) asOf: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QualityRisk> {
    return qualityRisk(ctx, { period, area, filter, notInspectedMonths, asOf });
  }
}
