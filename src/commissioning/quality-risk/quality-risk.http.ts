import { Router, type Request } from 'express';
import { type CsvValue, sendCsv } from '../../analytics/csv-export';
import { analyticsRequestOf } from '../../analytics/export.http';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import { BadInput } from '../../errors';
import { qualityRisk } from './quality-risk';
import { RISK_INDICATORS } from './quality-risk-rules';

/** GET /api/export/quality-risk.csv?period=&area=[&asOf=&notInspectedMonths=]: one row per workplace, each indicator as value, comparison, workplaces, points. */
export function qualityRiskRoutes(deps: (req: Request) => AnalyticsDeps): Router {
  const router = Router();
  router.get('/api/export/quality-risk.csv', async (req, res) => {
    const { period, filter } = analyticsRequestOf(req);
    const months = req.query.notInspectedMonths === undefined ? null : Number(req.query.notInspectedMonths);
    if (months !== null && !Number.isInteger(months)) throw new BadInput('notInspectedMonths must be a whole number', { notInspectedMonths: req.query.notInspectedMonths });
    const asOf = typeof req.query.asOf === 'string' ? req.query.asOf : null;
    const r = await qualityRisk(deps(req), { period, area: String(req.query.area ?? ''), filter, notInspectedMonths: months, asOf });
    const indicatorFields = RISK_INDICATORS.flatMap((i) => [i.indicator, `${i.indicator}_comparison`, `${i.indicator}_comparison_workplaces`, `${i.indicator}_points`]);
    sendCsv(res, `quality-risk-${r.area.code}-${r.period}.csv`,
      ['provider_key', 'local_ref', 'name', 'cqc_location_id', 'service_group_code', 'service_group_label', 'staff_records', 'overall_rating',
        'rating_published_on', 'months_since_inspection', 'score', 'flags', ...indicatorFields, 'as_of'],
      r.workplaces.map((w): CsvValue[] => [w.providerKey, w.localRef, w.name, w.cqcLocationId, w.serviceGroup.code, w.serviceGroup.label, w.staffRecords,
        w.overallRating, w.ratingPublishedOn, w.monthsSinceInspection, w.score, w.flags.join('; '),
        ...w.indicators.flatMap((i) => [i.value, i.comparison, i.comparisonWorkplaces, i.points]), r.asOf]));
  });
  return router;
}
