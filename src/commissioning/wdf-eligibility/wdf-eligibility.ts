import { analyticsScope, suppressesFor, uniqueDimensions } from '../../analytics/analytics-scope';
import { Dimension } from '../../analytics/dimension';
import { applyDisclosure, type DisclosureCell } from '../../analytics/disclosure';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import type { WorkforceFilter } from '../../analytics/workforce-filter.input';
import type { WdfEligibility, WdfSummaryRow, WdfWorkplace } from './wdf-eligibility.type';
import { wdfSummary, wdfWorkplaces } from './wdf-eligibility.query';
import { WDF_STAFF_RULES } from './wdf-rules';

export interface WdfRequest {
  period: string;
  filter?: WorkforceFilter | null;
  /** summary groups; default local authority × service group */
  groupBy?: Dimension[] | null;
}

export const WDF_DEFAULT_GROUPS = [Dimension.LOCAL_AUTHORITY, Dimension.SERVICE_GROUP];

/** WDF eligibility for a period: each listable workplace's verdict, and eligible counts by group under disclosure control. */
export async function wdfEligibility({ db, config, viewer }: AnalyticsDeps, req: WdfRequest): Promise<WdfEligibility> {
  const scope = analyticsScope(req.period, { ...req.filter, periods: undefined }, viewer);
  const dims = uniqueDimensions(req.groupBy ?? WDF_DEFAULT_GROUPS);
  const [rows, sums] = await Promise.all([wdfWorkplaces(db.pool, scope), wdfSummary(db.pool, scope, dims)]);
  const workplaces: WdfWorkplace[] = rows.map((r) => ({
    workplacePeriodId: r.workplace_period_id, workplaceId: r.workplace_id, period: r.period, providerKey: r.provider_key, localRef: r.local_ref, name: r.name,
    localAuthority: { code: r.local_authority_code, label: r.local_authority_label },
    mainService: { code: r.main_service_code, label: r.main_service_label },
    totalStaff: r.total_staff, staffRecords: r.counted_staff_records, eligibleStaffRecords: r.eligible_staff_records,
    eligiblePercentage: r.eligible_percentage, eligible: r.reasons.length === 0, reasons: r.reasons,
    missingWorkplaceFields: r.missing_workplace_fields,
    staffFieldGaps: WDF_STAFF_RULES.filter((f) => (r.gaps[f.field] ?? 0) > 0).map((f) => ({ field: f.field, staffRecords: r.gaps[f.field] })),
  }));
  const cells = sums.map((s) => ({ ...s, key: s.keys.map((k) => k.code), staffRecords: s.staff_records } as typeof s & DisclosureCell));
  if (suppressesFor(viewer)) applyDisclosure(cells, config.disclosure);
  const summary: WdfSummaryRow[] = cells.map((c) => {
    const hide = c.suppressed ?? false;
    return {
      group: dims.map((dimension, i) => ({ dimension, code: c.keys[i].code, label: c.keys[i].label })),
      workplaces: hide ? null : c.workplaces,
      eligibleWorkplaces: hide ? null : c.eligible_workplaces,
      eligibleShare: hide || c.workplaces === 0 ? null : c.eligible_workplaces / c.workplaces,
      staffRecords: hide ? null : c.staff_records,
      suppressed: hide,
      suppressionReason: c.suppressionReason ?? null,
    };
  });
  return { period: scope.periods[0], workplaces, summary };
}
