import type { Pool } from 'pg';
import { type AnalyticsScope, groupColumns, scopeConditions, SqlParams, where } from '../../analytics/analytics-scope';
import type { Dimension } from '../../analytics/dimension';
import { listableWorkplaces } from '../workplace-visibility';
import { WDF_STAFF_RULES, WDF_WORKPLACE_RULES, WdfReason } from './wdf-rules';

/**
 * WDF eligibility of a workplace for a period = at least one staff record, ≥ 90% of its staff records eligible (every
 * WDF staff field present), staff records = declared total staff, and every WDF workplace field present; a row counts
 * as "updated since 1 April" when it is in the CURRENT return for the period.
 */
function wdfBaseSql(scope: AnalyticsScope, params: SqlParams): string {
  const staffMissing = WDF_STAFF_RULES.map((r) => `(${r.missing}) as "${r.field}"`).join(',\n        ');
  const anyStaffMissing = WDF_STAFF_RULES.map((r) => `m."${r.field}"`).join(' or ');
  const gaps = WDF_STAFF_RULES.map((r) => `'${r.field}', count(*) filter (where m."${r.field}")`).join(', ');
  const workplaceMissing = WDF_WORKPLACE_RULES.map((r) => `case when ${r.missing} then '${r.field}' end`).join(', ');
  return `
    with f as (select * from wf_workplace_fact f ${where(scopeConditions(scope, params, ['workplace'], 'f'))}),
    m as (
      select s.workplace_period_id,
        ${staffMissing}
      from staff_record s where s.workplace_period_id in (select workplace_period_id from f)
    ),
    staff as materialized (
      select m.workplace_period_id, count(*)::int as staff_records, count(*) filter (where not (${anyStaffMissing}))::int as eligible,
        jsonb_build_object(${gaps}) as gaps
      from m group by m.workplace_period_id
    ),
    wdf as (
      select f.*, w.local_ref, p.name, pr.key as provider_key, coalesce(st.eligible, 0) as eligible_staff_records,
        coalesce(st.staff_records, 0) as counted_staff_records, coalesce(st.gaps, '{}'::jsonb) as gaps,
        array_remove(array[${workplaceMissing}], null) as missing_workplace_fields
      from f
      join workplace_period p on p.id = f.workplace_period_id
      join workplace w on w.id = f.workplace_id
      join provider pr on pr.id = f.provider_id
      left join ref_service sv on sv.code = p.main_service
      left join staff st on st.workplace_period_id = f.workplace_period_id
    ),
    judged as (
      select wdf.*,
        case when counted_staff_records > 0 then floor(eligible_staff_records * 100.0 / counted_staff_records)::int end as eligible_percentage,
        array_remove(array[
          case when counted_staff_records = 0 then '${WdfReason.NO_STAFF_RECORDS}' end,
          case when counted_staff_records > 0 and eligible_staff_records * 10 < counted_staff_records * 9 then '${WdfReason.TOO_FEW_ELIGIBLE_STAFF_RECORDS}' end,
          case when total_staff is distinct from counted_staff_records then '${WdfReason.STAFF_RECORDS_NOT_TOTAL_STAFF}' end,
          case when cardinality(missing_workplace_fields) > 0 then '${WdfReason.WORKPLACE_FIELDS_INCOMPLETE}' end
        ], null) as reasons
      from wdf
    )`;
}

export interface WdfWorkplaceRow {
  workplace_period_id: number;
  workplace_id: number;
  period: string;
  local_ref: string;
  name: string;
  provider_key: string;
  local_authority_code: string;
  local_authority_label: string;
  main_service_code: string;
  main_service_label: string;
  service_group_code: string;
  service_group_label: string;
  total_staff: number | null;
  counted_staff_records: number;
  eligible_staff_records: number;
  eligible_percentage: number | null;
  reasons: WdfReason[];
  missing_workplace_fields: string[];
  gaps: Record<string, number>;
}

/** Each workplace the viewer may see listed, with its verdict and reasons. */
export async function wdfWorkplaces(pool: Pool, scope: AnalyticsScope): Promise<WdfWorkplaceRow[]> {
  const params = new SqlParams();
  const sql = `${wdfBaseSql(scope, params)}
    select * from judged where ${listableWorkplaces(scope.viewer, params, 'judged')}
    order by provider_key, local_ref, period`;
  return (await pool.query<WdfWorkplaceRow>(sql, params.values)).rows;
}

export interface WdfSummaryRow {
  keys: { code: string; label: string }[];
  workplaces: number;
  eligible_workplaces: number;
  staff_records: number;
}

/** Counts of workplaces and of eligible ones per group (eligible share = eligible ÷ workplaces), before disclosure control. */
export async function wdfSummary(pool: Pool, scope: AnalyticsScope, dims: Dimension[]): Promise<WdfSummaryRow[]> {
  const params = new SqlParams();
  const g = groupColumns(dims, 'judged');
  const sql = `${wdfBaseSql(scope, params)}
    select ${g.select} count(*)::int as workplaces, count(*) filter (where cardinality(reasons) = 0)::int as eligible_workplaces,
      sum(counted_staff_records)::int as staff_records
    from judged ${g.groupBy} order by ${[...g.keys, 'workplaces desc'].join(', ')}`;
  const rows = (await pool.query(sql, params.values)).rows;
  return rows.map((r) => ({
    keys: dims.map((_, i) => ({ code: String(r[`k${i}`]), label: String(r[`l${i}`]) })),
    workplaces: r.workplaces,
    eligible_workplaces: r.eligible_workplaces,
    staff_records: r.staff_records,
  }));
}
