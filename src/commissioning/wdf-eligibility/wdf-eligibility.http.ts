import { Router } from 'express';
import { analyticsRequestOf } from '../../analytics/export.http';
import { type CsvValue, groupCells, groupFields, sendCsv } from '../../analytics/csv-export';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import type { Request } from 'express';
import { WDF_DEFAULT_GROUPS, wdfEligibility } from './wdf-eligibility';

const WORKPLACE_FIELDS = ['provider_key', 'local_ref', 'name', 'local_authority_code', 'local_authority_label', 'main_service_code', 'main_service_label',
  'total_staff', 'staff_records', 'eligible_staff_records', 'eligible_percentage', 'eligible', 'reasons', 'missing_workplace_fields', 'staff_field_gaps'];

/** GET /api/export/wdf-eligibility.csv (one row per workplace) and /api/export/wdf-eligibility-summary.csv (per group): the same use case as GraphQL. */
export function wdfEligibilityRoutes(deps: (req: Request) => AnalyticsDeps): Router {
  const router = Router();
  router.get('/api/export/wdf-eligibility.csv', async (req, res) => {
    const { period, filter } = analyticsRequestOf(req);
    const r = await wdfEligibility(deps(req), { period, filter, groupBy: [] });
    sendCsv(res, `wdf-eligibility-${r.period}.csv`, WORKPLACE_FIELDS, r.workplaces.map((w): CsvValue[] => [
      w.providerKey, w.localRef, w.name, w.localAuthority.code, w.localAuthority.label, w.mainService.code, w.mainService.label,
      w.totalStaff, w.staffRecords, w.eligibleStaffRecords, w.eligiblePercentage, w.eligible, w.reasons.join('; '),
      w.missingWorkplaceFields.join('; '), w.staffFieldGaps.map((g) => `${g.field}: ${g.staffRecords}`).join('; '),
    ]));
  });
  router.get('/api/export/wdf-eligibility-summary.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const groupBy = args.groupBy?.length ? args.groupBy : WDF_DEFAULT_GROUPS;
    const r = await wdfEligibility(deps(req), { ...args, groupBy });
    sendCsv(res, `wdf-eligibility-summary-${r.period}.csv`,
      [...groupFields(groupBy), 'workplaces', 'eligible_workplaces', 'eligible_share', 'staff_records', 'suppressed', 'suppression_reason'],
      r.summary.map((s) => [...groupCells(s.group), s.workplaces, s.eligibleWorkplaces, s.eligibleShare, s.staffRecords, s.suppressed, s.suppressionReason]));
  });
  return router;
}
