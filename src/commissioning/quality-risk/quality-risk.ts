import { analyticsScope } from '../../analytics/analytics-scope';
import { primaryReason } from '../../analytics/disclosure';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import type { WorkforceFilter } from '../../analytics/workforce-filter.input';
import { BadInput, NotFound } from '../../errors';
import { indicatorPoints, RISK_INDICATORS, ratingFlags } from './quality-risk-rules';
import { queryQualityRisk } from './quality-risk.query';
import type { QualityRisk, QualityRiskWorkplace } from './quality-risk.type';

export interface QualityRiskRequest {
  period: string;
  /** local authority (CSSR) code */
  area: string;
  filter?: WorkforceFilter | null;
  /** months after which a rating counts as old; default 24 */
  notInspectedMonths?: number | null;
  /** YYYY-MM-DD; default today */
  asOf?: string | null;
}

const DOMAIN_ORDER = ['OVERALL', 'SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'];

/** Workplaces of an area ranked for quality support; comparisons drawn from other workplaces are published only above the thresholds (admin excepted). */
export async function qualityRisk({ db, config, viewer }: AnalyticsDeps, req: QualityRiskRequest): Promise<QualityRisk> {
  const area = String(req.area).trim();
  if (!/^\d+$/.test(area)) throw new BadInput(`area "${req.area}" is not a local authority (CSSR) code`, { area: req.area });
  const months = req.notInspectedMonths ?? 24;
  if (!Number.isInteger(months) || months < 1 || months > 240) throw new BadInput('notInspectedMonths must be a whole number of months from 1 to 240', { notInspectedMonths: months });
  const asOf = req.asOf ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) throw new BadInput(`asOf "${asOf}" is not a date (YYYY-MM-DD)`, { asOf });
  const [la] = (await db.pool.query<{ label: string }>('select label from ref_local_authority where code = $1', [Number(area)])).rows;
  if (!la) throw new NotFound(`No local authority with CSSR code ${area}`, { area });
  const scope = analyticsScope(req.period, { ...req.filter, periods: undefined }, viewer);
  const rows = await queryQualityRisk(db.pool, scope, area, asOf);
  // comparisons are other providers' figures: withheld below the thresholds for everyone but admin
  const protect = viewer.role !== 'admin';
  const workplaces: QualityRiskWorkplace[] = rows.map((r) => {
    const indicators = RISK_INDICATORS.map((rule) => {
      const s = r.indicators[rule.indicator];
      const value = s.num === null || !s.den ? null : s.num / s.den;
      const computable = s.groupDen !== null && s.groupDen > 0 && s.groupWorkplaces > 0;
      const withheld = protect && primaryReason({ staffRecords: s.groupStaffRecords, workplaces: s.groupWorkplaces }, config.disclosure) !== null;
      const comparison = computable && !withheld ? s.groupNum! / s.groupDen! : null;
      return {
        indicator: rule.indicator, definition: rule.definition, value, comparison,
        comparisonWorkplaces: withheld ? null : s.groupWorkplaces, comparisonSuppressed: computable && withheld,
        points: indicatorPoints(rule, value, comparison),
      };
    });
    return {
      workplaceId: r.workplace_id, providerKey: r.provider_key, localRef: r.local_ref, name: r.name, cqcLocationId: r.location_id,
      serviceGroup: { code: String(r.service_group_code), label: r.service_group_label }, staffRecords: r.staff_records,
      overallRating: r.overall, ratingPublishedOn: r.published_on, monthsSinceInspection: r.months_since,
      ratings: Object.entries(r.domains ?? {}).map(([domain, rating]) => ({ domain, rating }))
        .sort((a, b) => DOMAIN_ORDER.indexOf(a.domain) - DOMAIN_ORDER.indexOf(b.domain)),
      indicators,
      score: indicators.reduce((sum, i) => sum + i.points, 0),
      flags: ratingFlags({ locationId: r.location_id, overall: r.overall, monthsSince: r.months_since, requiresImprovement: r.requires_improvement, inadequate: r.inadequate }, months),
    };
  });
  workplaces.sort((a, b) => b.score - a.score || b.flags.length - a.flags.length || (b.monthsSinceInspection ?? -1) - (a.monthsSinceInspection ?? -1)
    || a.providerKey.localeCompare(b.providerKey) || a.localRef.localeCompare(b.localRef));
  return { period: scope.periods[0], area: { code: area, label: la.label }, asOf, notInspectedMonths: months, workplaces };
}
