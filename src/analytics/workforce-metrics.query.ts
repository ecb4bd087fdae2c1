import type pg from 'pg';
import { type AnalyticsScope, groupColumns, scopeConditions, SqlParams, usesLevel, where, groupOfRow } from './analytics-scope';
import type { Dimension } from './dimension';
import { rollupVariant } from './rollup-variant';

/** One group's raw sums, as PostgreSQL returns them; rates are formed in the same statement. */
export interface MetricSums {
  keys: string[];
  labels: string[];
  workplaces: number;
  staffRecords: number;
  directlyEmployed: number;
  leavers: number | null;
  starters: number | null;
  vacancies: number | null;
  turnoverRate: number | null;
  starterRate: number | null;
  vacancyRate: number | null;
  stabilityRate: number | null;
  agencyShare: number | null;
  bankShare: number | null;
  zeroHoursShare: number | null;
  medianHourlyPay: number | null;
  meanSicknessDays: number | null;
  careCertificateCompletedRate: number | null;
}

const ratio = (num: string, den: string) => `(${num})::float8 / nullif(${den}, 0)`;

/**
 * Staff-record measures, one pass over wf_staff_fact grouped by the dimensions:
 * directly employed = contract 1 or 2; agency (4) and bank (3) shares over all staff records; zero-hours share =
 * yes ÷ (yes + no); stability = directly employed in the main job ≥ 12 months at the snapshot ÷ directly employed;
 * mean sickness over known answers; Care Certificate completed ÷ answered (1, 2, 3) among direct-care roles;
 * median of hourly pay (annual ÷ (weekly hours × 52.143)).
 */
function staffMeasuresSql(dims: Dimension[], scope: AnalyticsScope, p: SqlParams, medianPay: boolean): string {
  const g = groupColumns(dims);
  return `select ${g.select}
      count(*)::int as staff_records, count(distinct workplace_id)::int as staff_workplaces,
      count(*) filter (where directly_employed)::int as directly_employed,
      ${ratio('count(*) filter (where directly_employed and stable)', 'count(*) filter (where directly_employed)')} as stability_rate,
      ${ratio('count(*) filter (where agency)', 'count(*)')} as agency_share,
      ${ratio('count(*) filter (where bank)', 'count(*)')} as bank_share,
      ${ratio('count(*) filter (where zero_hours = 1)', 'count(*) filter (where zero_hours in (1, 2))')} as zero_hours_share,
      ${medianPay ? 'percentile_cont(0.5) within group (order by hourly_pay_equivalent)' : 'null::float8'} as median_hourly_pay,
      avg(sickness_days)::float8 as mean_sickness_days,
      ${ratio('count(*) filter (where direct_care and care_certificate = 1)', 'count(*) filter (where direct_care and care_certificate in (1, 2, 3))')} as care_certificate_completed_rate
    from wf_staff_fact ${where(scopeConditions(scope, p, ['workplace', 'role', 'contract']))} ${g.groupBy}`;
}

/**
 * Leavers, starters and vacancies by workplace × main job role (the ALLJOBROLES-aligned counts) beside the directly
 * employed records holding that role. Turnover = Σ leavers ÷ Σ directly employed over workplaces whose leavers answer
 * is known (a list or None = 0; don't know and blank excluded) and whose staff records equal their declared total
 * staff; starter rate likewise; vacancy rate = Σ vacancies ÷ (Σ directly employed + Σ vacancies) under the same rule.
 */
function flowMeasuresSql(dims: Dimension[], scope: AnalyticsScope, p: SqlParams): string {
  const g = groupColumns(dims);
  const wpWhere = where(scopeConditions(scope, p, ['workplace']));
  const roleWhere = where(scopeConditions(scope, p, ['role']));
  const measure = (m: string) => `sum(j.count) filter (where j.measure = '${m}')::int`;
  return `with wp as materialized (select * from wf_workplace_fact ${wpWhere}),
    by_role as (
      select coalesce(s.workplace_period_id, j.workplace_period_id) as workplace_period_id, coalesce(s.job_role, j.job_role) as job_role,
             coalesce(s.directly_employed, 0) as de, coalesce(j.leavers, 0) as role_leavers, coalesce(j.starters, 0) as role_starters, coalesce(j.vacancies, 0) as role_vacancies
      from (select workplace_period_id, job_role, count(*) filter (where directly_employed)::int as directly_employed
            from wf_staff_fact where workplace_period_id in (select workplace_period_id from wp) group by 1, 2) s
      full join (select j.workplace_period_id, coalesce(r.recode_to, j.job_role) as job_role,
                        ${measure('LEAVERS')} as leavers, ${measure('STARTERS')} as starters, ${measure('VACANCIES')} as vacancies
                 from workplace_job_count j join wp on wp.workplace_period_id = j.workplace_period_id
                 left join ref_job_role r on r.code = j.job_role group by 1, 2) j
        on j.workplace_period_id = s.workplace_period_id and j.job_role = s.job_role),
    rows as (
      select wp.*, b.job_role, b.de, b.role_leavers, b.role_starters, b.role_vacancies,
             coalesce(r.label, 'Unknown') as job_role_label, coalesce(r.group_code, 'unknown') as job_role_group_code, coalesce(r."group", 'Unknown') as job_role_group_label
      from by_role b join wp on wp.workplace_period_id = b.workplace_period_id left join ref_job_role r on r.code = b.job_role)
    select ${g.select}
      count(distinct workplace_id)::int as flow_workplaces,
      sum(role_leavers) filter (where leavers_known)::int as leavers,
      sum(role_starters) filter (where starters_known)::int as starters,
      sum(role_vacancies) filter (where vacancies_known)::int as vacancies,
      ${ratio('sum(role_leavers) filter (where leavers_known and staff_count_matches)', 'sum(de) filter (where leavers_known and staff_count_matches)')} as turnover_rate,
      ${ratio('sum(role_starters) filter (where starters_known and staff_count_matches)', 'sum(de) filter (where starters_known and staff_count_matches)')} as starter_rate,
      ${ratio('sum(role_vacancies) filter (where vacancies_known and staff_count_matches)', 'sum(de + role_vacancies) filter (where vacancies_known and staff_count_matches)')} as vacancy_rate
    from rows ${roleWhere} ${g.groupBy}`;
}

/** The same staff measures summed from rollup_staff rows of one variant (no median: it is not a sum). */
function rollupStaffMeasuresSql(dims: Dimension[], scope: AnalyticsScope, p: SqlParams, variant: number): string {
  const g = groupColumns(dims);
  const conditions = [`variant = ${variant}`, ...scopeConditions(scope, p, ['workplace', 'role', 'contract'])];
  return `select ${g.select}
      sum(staff_records)::int as staff_records, sum(workplaces)::int as staff_workplaces, sum(directly_employed)::int as directly_employed,
      ${ratio('sum(stable)', 'sum(directly_employed)')} as stability_rate, ${ratio('sum(agency)', 'sum(staff_records)')} as agency_share,
      ${ratio('sum(bank)', 'sum(staff_records)')} as bank_share, ${ratio('sum(zero_hours_yes)', 'sum(zero_hours_yes + zero_hours_no)')} as zero_hours_share,
      null::float8 as median_hourly_pay, sum(sickness_sum) / nullif(sum(sickness_answers), 0) as mean_sickness_days,
      ${ratio('sum(care_certificate_completed)', 'sum(care_certificate_answered)')} as care_certificate_completed_rate
    from rollup_staff ${where(conditions)} ${g.groupBy}`;
}

/** The flow measures summed from rollup_flow rows of one variant. */
function rollupFlowMeasuresSql(dims: Dimension[], scope: AnalyticsScope, p: SqlParams, variant: number): string {
  const g = groupColumns(dims);
  const conditions = [`variant = ${variant}`, ...scopeConditions(scope, p, ['workplace', 'role'])];
  return `select ${g.select} sum(workplaces)::int as flow_workplaces, sum(leavers)::int as leavers, sum(starters)::int as starters, sum(vacancies)::int as vacancies,
      ${ratio('sum(turnover_leavers)', 'sum(turnover_base)')} as turnover_rate, ${ratio('sum(starter_starters)', 'sum(starter_base)')} as starter_rate,
      ${ratio('sum(vacancy_vacancies)', 'sum(vacancy_base)')} as vacancy_rate
    from rollup_flow ${where(conditions)} ${g.groupBy}`;
}

/** Median hourly pay per group, from the staff records (a median is not a sum, so no rollup holds it). */
function medianPaySql(dims: Dimension[], scope: AnalyticsScope, p: SqlParams): string {
  const g = groupColumns(dims);
  return `select ${g.select} percentile_cont(0.5) within group (order by hourly_pay_equivalent) as median_hourly_pay
    from wf_staff_fact ${where(scopeConditions(scope, p, ['workplace', 'role', 'contract']))} ${g.groupBy}`;
}

/** Workplaces in each group, counted from the workplace facts (so workplaces with no staff records count too). */
function workplaceCountSql(dims: Dimension[], scope: AnalyticsScope, p: SqlParams): string {
  const g = groupColumns(dims);
  return `select ${g.select} count(distinct workplace_id)::int as workplaces from wf_workplace_fact ${where(scopeConditions(scope, p, ['workplace']))} ${g.groupBy}`;
}

export interface MetricOptions {
  /** compute the median hourly pay (a pass over the staff records) */
  medianPay: boolean;
  /** read the fact views even where rollups could answer (tests compare the two) */
  factsOnly?: boolean;
}

/** Every metric for every group in one statement (plus one for the median when asked); a group found by any part appears once. */
export async function queryWorkforceMetrics(pool: pg.Pool, dims: Dimension[], scope: AnalyticsScope, options: MetricOptions = { medianPay: true }): Promise<MetricSums[]> {
  const p = new SqlParams();
  const byContract = usesLevel(dims, scope.filter, 'contract');
  const byRole = usesLevel(dims, scope.filter, 'role');
  const rollup = options.factsOnly ? null : rollupVariant(dims, scope);
  const keys = dims.map((_, i) => `k${i}`);
  const on = keys.length ? keys.map((k) => `a.${k} = b.${k}`).join(' and ') : 'true';
  const onC = keys.length ? keys.map((k) => `coalesce(a.${k}, b.${k}) = c.${k}`).join(' and ') : 'true';
  // leavers, starters and vacancies are declared per job role, not per contract: no flow figures by contract
  const flow = byContract ? `select ${groupColumns(dims).select} null::int as flow_workplaces, null::int as leavers, null::int as starters, null::int as vacancies,
      null::float8 as turnover_rate, null::float8 as starter_rate, null::float8 as vacancy_rate from wf_staff_fact where false ${groupColumns(dims).groupBy}`
    : rollup ? rollupFlowMeasuresSql(dims, scope, p, rollup.flow!) : flowMeasuresSql(dims, scope, p);
  const workplaceLevelOnly = !byContract && !byRole;
  const counts = workplaceLevelOnly && rollup ? `select ${groupColumns(dims).select} sum(workplaces)::int as workplaces from rollup_flow ${where(['variant = 0', ...scopeConditions(scope, p, ['workplace'])])} ${groupColumns(dims).groupBy}`
    : workplaceLevelOnly ? workplaceCountSql(dims, scope, p) : `select ${groupColumns(dims).select} null::int as workplaces from wf_staff_fact where false ${groupColumns(dims).groupBy}`;
  const pick = (c: string) => `coalesce(${['a', 'b', 'c'].map((t) => `${t}.${c}`).join(', ')})`;
  const staff = rollup ? rollupStaffMeasuresSql(dims, scope, p, rollup.staff) : staffMeasuresSql(dims, scope, p, options.medianPay);
  const sql = `with a as (${staff}), b as (${flow}), c as (${counts})
    select ${keys.map((k, i) => `${pick(k)} as ${k}, ${pick(`l${i}`)} as l${i}, `).join('')}
      coalesce(c.workplaces, greatest(a.staff_workplaces, b.flow_workplaces), 0) as workplaces,
      coalesce(a.staff_records, 0) as staff_records, coalesce(a.directly_employed, 0) as directly_employed,
      b.leavers, b.starters, b.vacancies, b.turnover_rate, b.starter_rate, b.vacancy_rate,
      a.stability_rate, a.agency_share, a.bank_share, a.zero_hours_share, a.median_hourly_pay, a.mean_sickness_days, a.care_certificate_completed_rate
    from a full join b on ${on} full join c on ${onC}
    order by ${keys.length ? keys.map((k) => pick(k)).join(', ') : '1'}`;
  const [{ rows }, medians] = await Promise.all([
    pool.query(sql, p.values),
    rollup && options.medianPay ? medianByGroup(pool, dims, scope, keys) : Promise.resolve(null),
  ]);
  return rows.map((r) => ({
    ...groupOfRow(r, keys),
    workplaces: r.workplaces,
    staffRecords: r.staff_records,
    directlyEmployed: r.directly_employed,
    leavers: r.leavers,
    starters: r.starters,
    vacancies: r.vacancies,
    turnoverRate: r.turnover_rate,
    starterRate: r.starter_rate,
    vacancyRate: r.vacancy_rate,
    stabilityRate: r.stability_rate,
    agencyShare: r.agency_share,
    bankShare: r.bank_share,
    zeroHoursShare: r.zero_hours_share,
    medianHourlyPay: medians ? medians.get(groupOfRow(r, keys).keys.join('\u0000')) ?? null : r.median_hourly_pay,
    meanSicknessDays: r.mean_sickness_days,
    careCertificateCompletedRate: r.care_certificate_completed_rate,
  }));
}


async function medianByGroup(pool: pg.Pool, dims: Dimension[], scope: AnalyticsScope, keys: string[]): Promise<Map<string, number | null>> {
  const p = new SqlParams();
  const { rows } = await pool.query(medianPaySql(dims, scope, p), p.values);
  return new Map(rows.map((r) => [groupOfRow(r, keys).keys.join('\u0000'), r.median_hourly_pay]));
}
