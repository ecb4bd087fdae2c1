import type { Pool } from 'pg';
import { type AnalyticsScope, scopeConditions, SqlParams, where } from '../../analytics/analytics-scope';
import { CARE_WORKER_ROLE, RETENTION_FACTORS } from './retention-factor-rules';

export interface RetentionCell {
  factor: string | null;
  applies: boolean | null;
  factorsApplying: number | null;
  careWorkers: number;
  leavers: number;
  workplaces: number;
}

/**
 * Snapshot-to-snapshot turnover of care workers = care workers (directly employed) in the previous period's CURRENT
 * return of a provider who have no staff record in that provider's CURRENT return for this period ÷ those care workers;
 * only providers with a CURRENT return in both periods count. Split by the factors their previous record met.
 */
function cohortSql(previous: AnalyticsScope, current: string, nlw: number, params: SqlParams): string {
  const nlwParam = params.add(nlw);
  const conditions = [...scopeConditions(previous, params, ['workplace'], 's'), `s.job_role = ${CARE_WORKER_ROLE}`, 's.directly_employed'];
  const cur = params.add(current);
  const factors = RETENTION_FACTORS.map((f, i) => `coalesce(${f.sql.replace('$NLW', nlwParam)}, false) as f${i}`).join(',\n        ');
  return `
    with p as (
      select s.staff_record_id, s.worker_id, s.workplace_id, s.snapshot_date, s.hourly_pay_equivalent, s.zero_hours, s.social_care_qualification, sr.contracted_hours
      from wf_staff_fact s join staff_record sr on sr.id = s.staff_record_id
      ${where(conditions)}
        and exists (select 1 from "return" r where r.provider_id = s.provider_id and r.period = ${cur} and r.state = 'CURRENT')
    ),
    c as (
      select p.workplace_id,
        ${factors},
        not exists (select 1 from staff_record n join "return" r on r.id = n.return_id and r.state = 'CURRENT' and r.period = ${cur}
                    where n.worker_id = p.worker_id) as left_
      from p
    )`;
}

/** Care workers, leavers and workplaces per number of factors applying (0-5), and per factor applying or not. */
export async function queryRetentionFactors(pool: Pool, previous: AnalyticsScope, current: string, nlw: number): Promise<RetentionCell[]> {
  const params = new SqlParams();
  const n = RETENTION_FACTORS.length;
  const count = RETENTION_FACTORS.map((_, i) => `f${i}::int`).join(' + ');
  const perFactor = RETENTION_FACTORS.map((f, i) => `('${f.factor}', f${i})`).join(', ');
  const sql = `${cohortSql(previous, current, nlw, params)},
    by_count as (
      select k.k as factors_applying, count(c.workplace_id)::int as care_workers, count(*) filter (where c.left_)::int as leavers,
        count(distinct c.workplace_id)::int as workplaces
      from generate_series(0, ${n}) k left join c on ${count} = k.k group by k.k
    ),
    by_factor as (
      select f.factor, f.applies, count(*)::int as care_workers, count(*) filter (where c.left_)::int as leavers, count(distinct c.workplace_id)::int as workplaces
      from c cross join lateral (values ${perFactor}) f(factor, applies) group by 1, 2
    )
    select null as factor, null::boolean as applies, factors_applying, care_workers, leavers, workplaces from by_count
    union all
    select factor, applies, null, care_workers, leavers, workplaces from by_factor`;
  const rows = (await pool.query(sql, params.values)).rows;
  return rows.map((r) => ({ factor: r.factor, applies: r.applies, factorsApplying: r.factors_applying, careWorkers: r.care_workers, leavers: r.leavers, workplaces: r.workplaces }));
}
