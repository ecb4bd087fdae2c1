import type pg from 'pg';
import { type AnalyticsScope, groupColumns, scopeConditions, SqlParams, usesLevel, where, groupOfRow } from '../analytics/analytics-scope';
import type { Dimension } from '../analytics/dimension';
import { isLocationLevel, locationsSql, returnedLocationsSql, workplacesSql } from './planning-scope';

export interface EstimateSums {
  keys: string[];
  labels: string[];
  workplacesWithReturn: number;
  filledPosts: number;
  vacancies: number;
  estimatedFilledPosts: number;
  estimatedVacancies: number;
  /** filled posts held by staff aged 55 and over, grossed up the same way; and those of known age */
  estimatedAged55Plus: number;
  estimatedAgeKnown: number;
  /** directory counts, only when every dimension is one the directory has */
  locations: number | null;
  locationsWithReturn: number | null;
  /** locations in local authority × service group cells where no location returned: nothing to gross up from */
  locationsNotEstimated: number | null;
}

/**
 * Whole-area estimate. Filled posts = staff records; vacancies = declared vacancies where the vacancies answer is known
 * (else 0); posts = filled + vacancies. Each returned workplace linked to a registered adult social care location is
 * weighted by its cell's grossing factor, cell = (its local authority × service group): directory locations in the cell
 * ÷ those with a return; a workplace outside CQC registration (or a cell with no linked return) has weight 1.
 * Estimate = Σ weight × figure over the group.
 */
export async function queryWorkforceEstimate(pool: pg.Pool, dims: Dimension[], scope: AnalyticsScope): Promise<EstimateSums[]> {
  const p = new SqlParams();
  const byRole = usesLevel(dims, scope.filter, 'role');
  const keys = dims.map((_, i) => `k${i}`);
  const g = groupColumns(dims);
  const gl = groupColumns(dims, 'l');
  const withLocations = isLocationLevel(dims);
  const staffPerWorkplace = (roleColumn: string) => `select s.workplace_period_id${roleColumn}, count(*)::int as filled,
      count(*) filter (where s.age >= 55)::int as aged55, count(s.age)::int as age_known
    from wf_staff_fact s where s.workplace_period_id in (select workplace_period_id from wp) group by 1${roleColumn ? ', 2' : ''}`;
  const rows = byRole
    ? `vac as (select j.workplace_period_id, coalesce(r.recode_to, j.job_role) as job_role, sum(j.count)::int as vacancies
               from workplace_job_count j join wp on wp.workplace_period_id = j.workplace_period_id and wp.vacancies_known
               left join ref_job_role r on r.code = j.job_role where j.measure = 'VACANCIES' group by 1, 2),
       staff as (${staffPerWorkplace(', s.job_role')}),
       by_role as (select coalesce(s.workplace_period_id, v.workplace_period_id) as wpid, coalesce(s.job_role, v.job_role) as job_role,
                     coalesce(s.filled, 0) as filled, coalesce(v.vacancies, 0) as vacancies, coalesce(s.aged55, 0) as aged55, coalesce(s.age_known, 0) as age_known
                   from staff s full join vac v on v.workplace_period_id = s.workplace_period_id and v.job_role = s.job_role),
       fig as (select w.*, b.job_role, coalesce(r.label, 'Unknown') as job_role_label, coalesce(r.group_code, 'unknown') as job_role_group_code,
                 coalesce(r."group", 'Unknown') as job_role_group_label, b.filled as fig_filled, b.vacancies as fig_vacancies, b.aged55 as fig_aged55, b.age_known as fig_age_known
               from weighted w join by_role b on b.wpid = w.workplace_period_id left join ref_job_role r on r.code = b.job_role)`
    : `staff as (${staffPerWorkplace('')}),
       fig as (select w.*, coalesce(s.filled, 0) as fig_filled, case when w.vacancies_known then coalesce(w.vacancies, 0) else 0 end as fig_vacancies,
                 coalesce(s.aged55, 0) as fig_aged55, coalesce(s.age_known, 0) as fig_age_known
               from weighted w left join staff s on s.workplace_period_id = w.workplace_period_id)`;
  const sql = `with loc as materialized (${locationsSql(scope, p, false)}),
    returned as materialized (${returnedLocationsSql(scope, p, { visibleOnly: true })}),
    cell as (select l.period, l.local_authority_code, l.service_group_code, count(*)::int as locations,
               count(*) filter (where (l.period, l.location_id) in (select period, cqc_location_id from returned))::int as with_return
             from loc l group by 1, 2, 3),
    wp as materialized (${workplacesSql(scope, p, false)}),
    weighted as (select w.*, case when exists (select 1 from cqc_directory_location d where d.snapshot_id = cqc_snapshot_for(w.snapshot_date) and d.location_id = w.cqc_location_id)
                                  then coalesce(c.locations::float8 / nullif(c.with_return, 0), 1) else 1 end as weight
                 from wp w left join cell c on c.period = w.period and c.local_authority_code = w.local_authority_code and c.service_group_code = w.service_group_code),
    ${rows},
    b as (select ${g.select} count(distinct workplace_id)::int as workplaces, sum(fig_filled)::int as filled, sum(fig_vacancies)::int as vacancies,
            sum(fig_filled * weight) as est_filled, sum(fig_vacancies * weight) as est_vacancies, sum(fig_aged55 * weight) as est_aged55,
            sum(fig_age_known * weight) as est_age_known
          from fig ${where(scopeConditions(scope, p, ['role']))} ${g.groupBy}),
    a as (${withLocations ? `select ${gl.select} count(*)::int as locations,
            count(*) filter (where (l.period, l.location_id) in (select period, cqc_location_id from returned))::int as with_return,
            count(*) filter (where c.with_return = 0)::int as not_estimated
          from loc l join cell c on c.period = l.period and c.local_authority_code = l.local_authority_code and c.service_group_code = l.service_group_code ${gl.groupBy}`
    : `select ${keys.map((k, i) => `null::text as ${k}, null::text as l${i}, `).join('')} null::int as locations, null::int as with_return, null::int as not_estimated where false`})
    select ${keys.map((k, i) => `coalesce(b.${k}, a.${k}) as ${k}, coalesce(b.l${i}, a.l${i}) as l${i}, `).join('')}
      coalesce(b.workplaces, 0) as workplaces, coalesce(b.filled, 0) as filled, coalesce(b.vacancies, 0) as vacancies,
      coalesce(b.est_filled, 0) as est_filled, coalesce(b.est_vacancies, 0) as est_vacancies, coalesce(b.est_aged55, 0) as est_aged55,
      coalesce(b.est_age_known, 0) as est_age_known, a.locations, a.with_return, a.not_estimated
    from b full join a on ${keys.length ? keys.map((k) => `a.${k} = b.${k}`).join(' and ') : 'true'}
    order by ${keys.length ? keys.map((k) => `coalesce(b.${k}, a.${k})`).join(', ') : '1'}`;
  const { rows: out } = await pool.query(sql, p.values);
  return out.map((r) => ({
    ...groupOfRow(r, keys),
    workplacesWithReturn: r.workplaces,
    filledPosts: r.filled,
    vacancies: r.vacancies,
    estimatedFilledPosts: Number(r.est_filled),
    estimatedVacancies: Number(r.est_vacancies),
    estimatedAged55Plus: Number(r.est_aged55),
    estimatedAgeKnown: Number(r.est_age_known),
    locations: withLocations ? r.locations ?? 0 : null,
    locationsWithReturn: withLocations ? r.with_return ?? 0 : null,
    locationsNotEstimated: withLocations ? r.not_estimated ?? 0 : null,
  }));
}
