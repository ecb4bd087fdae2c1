import { Router, type Request } from 'express';
import { Characteristic } from '../../analytics/characteristic';
import { sendCsv } from '../../analytics/csv-export';
import { analyticsRequestOf } from '../../analytics/export.http';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import { BadInput } from '../../errors';
import { representation } from './representation';

/** GET /api/export/representation.csv?period=&characteristic=&area= (plus filter parameters): one row per category. */
export function representationRoutes(deps: (req: Request) => AnalyticsDeps): Router {
  const router = Router();
  router.get('/api/export/representation.csv', async (req, res) => {
    const { period, filter } = analyticsRequestOf(req);
    const characteristic = String(req.query.characteristic ?? '') as Characteristic;
    if (!Object.values(Characteristic).includes(characteristic)) throw new BadInput(`characteristic must be one of ETHNIC_GROUP, AGE_BAND, GENDER, NATIONALITY_GROUP; got "${characteristic}"`);
    const r = await representation(deps(req), { period, characteristic, area: String(req.query.area ?? ''), filter });
    sendCsv(res, `representation-${characteristic.toLowerCase()}-${r.area.code}-${r.period}.csv`,
      ['area_code', 'area_label', 'characteristic', 'category_code', 'category_label', 'workforce_count', 'workforce_share', 'population_count',
        'population_share', 'ratio', 'difference', 'suppressed', 'suppression_reason', 'population_source'],
      r.rows.map((x) => [r.area.code, r.area.label, r.characteristic, x.category.code, x.category.label, x.workforceCount, x.workforceShare, x.populationCount,
        x.populationShare, x.ratio, x.difference, x.suppressed, x.suppressionReason, r.populationSource]));
  });
  return router;
}
