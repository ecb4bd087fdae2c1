import type pg from 'pg';
import { type AnalyticsScope, groupColumns, scopeConditions, SqlParams, where, groupOfRow } from './analytics-scope';
import type { Dimension } from './dimension';
import { rollupVariant } from './rollup-variant';

export interface TrainingSums {
  keys: string[];
  labels: string[];
  workplaces: number;
  staffRecords: number;
  inDate: number;
  expired: number;
  expiringSoon: number;
  completedInPeriod: number;
  /** Care Certificate answer code (or 'UNKNOWN') → staff records in direct-care roles */
  careCertificate: Record<string, number>;
  qualifiedLevel2Share: number | null;
}

export const EXPIRING_SOON_DAYS = 90;

/**
 * Per staff record and training category: in date = a record that does not expire or expires on/after the snapshot;
 * expired = every record of the category expired before the snapshot; expiring soon = in date, but the latest expiry
 * falls within 90 days after the snapshot; completed in period = completed between the period's start and snapshot.
 * A staff member counts once per measure (any category, or the one asked for).
 */
export async function queryTrainingUptake(pool: pg.Pool, dims: Dimension[], scope: AnalyticsScope, category: number | null, factsOnly = false): Promise<TrainingSums[]> {
  const p = new SqlParams();
  const variant = factsOnly || category !== null ? null : rollupVariant(dims, scope)?.staff ?? null;
  if (variant !== null) return rollupTrainingUptake(pool, dims, scope, variant);
  const g = groupColumns(dims, 's');
  const keys = dims.map((_, i) => `k${i}`);
  const categoryCondition = category == null ? '' : `and t.category = ${p.add(category)}`;
  // Care Certificate answers among direct-care roles: 1 completed, 3 in progress, 2 no, unanswered
  const careCertificate = `jsonb_build_object(${['1', '3', '2'].map((c) => `'${c}', count(*) filter (where s.direct_care and s.care_certificate = ${c})`).join(', ')},
       'UNKNOWN', count(*) filter (where s.direct_care and s.care_certificate is null))`;
  const sql = `with staff as materialized (select s.* from wf_staff_fact s ${where(scopeConditions(scope, p, ['workplace', 'role', 'contract'], 's'))}),
    by_category as (
      select t.staff_record_id,
        bool_or(t.does_not_expire or t.expires is null or t.expires >= s.snapshot_date) as in_date,
        not bool_or(t.does_not_expire or t.expires is null or t.expires >= s.snapshot_date) and bool_or(t.expires < s.snapshot_date) as expired,
        bool_or(t.does_not_expire or t.expires is null or t.expires >= s.snapshot_date)
          and not bool_or(t.does_not_expire or t.expires is null or t.expires > s.snapshot_date + ${EXPIRING_SOON_DAYS}) as expiring_soon,
        bool_or(t.completed between s.starts_on and s.snapshot_date) as completed_in_period
      from training_record t join staff s on s.staff_record_id = t.staff_record_id
      where true ${categoryCondition}
      group by t.staff_record_id, t.category),
    by_staff as (
      select staff_record_id, bool_or(in_date) as in_date, bool_or(expired) as expired, bool_or(expiring_soon) as expiring_soon,
             bool_or(completed_in_period) as completed_in_period
      from by_category group by staff_record_id)
    select ${g.select}
      count(distinct s.workplace_id)::int as workplaces, count(*)::int as staff_records,
      count(*) filter (where b.in_date)::int as in_date, count(*) filter (where b.expired)::int as expired,
      count(*) filter (where b.expiring_soon)::int as expiring_soon, count(*) filter (where b.completed_in_period)::int as completed_in_period,
      ${careCertificate} as care_certificate,
      (count(*) filter (where s.care_providing and s.social_care_qualification = 1 and q."group" = 'Level 2 or above' and q.known))::float8
        / nullif(count(*) filter (where s.care_providing and ((s.social_care_qualification = 1 and q.known) or s.social_care_qualification = 2)), 0) as qualified_level2_share
    from staff s
    left join by_staff b on b.staff_record_id = s.staff_record_id
    left join ref_code q on q.list = 'qualification_level' and q.code = s.social_care_qualification_level
    ${g.groupBy}
    order by ${keys.length ? keys.join(', ') : '1'}`;
  const { rows } = await pool.query(sql, p.values);
  return rows.map(toSums(keys));
}

const toSums = (keys: string[]) => (r: Record<string, any>): TrainingSums => ({
    ...groupOfRow(r, keys),
    workplaces: r.workplaces,
    staffRecords: r.staff_records,
    inDate: r.in_date,
    expired: r.expired,
    expiringSoon: r.expiring_soon,
    completedInPeriod: r.completed_in_period,
    careCertificate: r.care_certificate,
    qualifiedLevel2Share: r.qualified_level2_share,
  });

/** Any-category training status, Care Certificate answers and qualification, summed from rollup_staff rows of one variant. */
async function rollupTrainingUptake(pool: pg.Pool, dims: Dimension[], scope: AnalyticsScope, variant: number): Promise<TrainingSums[]> {
  const p = new SqlParams();
  const g = groupColumns(dims);
  const keys = dims.map((_, i) => `k${i}`);
  const { rows } = await pool.query(`select ${g.select}
      sum(workplaces)::int as workplaces, sum(staff_records)::int as staff_records, sum(training_in_date)::int as in_date, sum(training_expired)::int as expired,
      sum(training_expiring_soon)::int as expiring_soon, sum(training_completed_in_period)::int as completed_in_period,
      jsonb_build_object('1', sum(cc_completed)::int, '3', sum(cc_in_progress)::int, '2', sum(cc_no)::int, 'UNKNOWN', sum(cc_unanswered)::int) as care_certificate,
      sum(qualified_level2)::float8 / nullif(sum(qualification_answered), 0) as qualified_level2_share
    from rollup_staff ${where([`variant = ${variant}`, ...scopeConditions(scope, p, ['workplace', 'role', 'contract'])])} ${g.groupBy}
    order by ${keys.length ? keys.join(', ') : '1'}`, p.values);
  return rows.map(toSums(keys));
}
