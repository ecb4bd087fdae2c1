import { Router, type Request } from 'express';
import { type CsvValue, sendCsv } from '../../analytics/csv-export';
import { analyticsRequestOf } from '../../analytics/export.http';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import { retentionFactors } from './retention-factors';

/** GET /api/export/retention-factors.csv?period=: the rows by number of factors, then by factor applying or not. */
export function retentionFactorsRoutes(deps: (req: Request) => AnalyticsDeps): Router {
  const router = Router();
  router.get('/api/export/retention-factors.csv', async (req, res) => {
    const { period, filter } = analyticsRequestOf(req);
    const r = await retentionFactors(deps(req), { period, filter });
    const tail = (x: { careWorkers: number | null; leavers: number | null; turnoverRate: number | null; suppressed: boolean; suppressionReason: string | null }): CsvValue[] =>
      [x.careWorkers, x.leavers, x.turnoverRate, x.suppressed, x.suppressionReason, r.previousPeriod, r.period, r.nationalLivingWage];
    sendCsv(res, `retention-factors-${r.period}.csv`,
      ['split', 'factors_applying', 'factor', 'applies', 'care_workers', 'leavers', 'turnover_rate', 'suppressed', 'suppression_reason', 'cohort_period', 'period', 'national_living_wage'],
      [
        ...r.byFactorsApplying.map((x): CsvValue[] => ['factors_applying', x.factorsApplying, null, null, ...tail(x)]),
        ...r.byFactor.map((x): CsvValue[] => ['factor', null, x.factor, x.applies, ...tail(x)]),
      ]);
  });
  return router;
}
