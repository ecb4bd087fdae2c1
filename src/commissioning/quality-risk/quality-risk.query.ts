import type { Pool } from 'pg';
import { type AnalyticsScope, scopeConditions, SqlParams } from '../../analytics/analytics-scope';
import { listableWorkplaces } from '../workplace-visibility';
import { RISK_INDICATORS } from './quality-risk-rules';

export interface IndicatorSums {
  num: number | null;
  den: number | null;
  /** the other workplaces of the comparison group where the indicator is computable: Σ num, Σ den, how many, their staff records */
  groupNum: number | null;
  groupDen: number | null;
  groupWorkplaces: number;
  groupStaffRecords: number;
}

export interface QualityRiskRow {
  workplace_id: number;
  provider_key: string;
  local_ref: string;
  name: string;
  location_id: string | null;
  service_group_code: number;
  service_group_label: string;
  staff_records: number;
  overall: string | null;
  published_on: string | null;
  months_since: number | null;
  domains: Record<string, string> | null;
  requires_improvement: number;
  inadequate: number;
  indicators: Record<string, IndicatorSums>;
}

/**
 * The workplaces of one area the viewer may see by name, each with its indicator ratios and the pooled ratios of the
 * OTHER workplaces in its comparison group (same local authority and benchmark service group, every provider, every
 * workplace whether or not it shares with the LA — published only as an aggregate), and its latest CQC ratings.
 */
export async function queryQualityRisk(pool: Pool, scope: AnalyticsScope, area: string, asOf: string): Promise<QualityRiskRow[]> {
  const params = new SqlParams();
  const period = params.add(scope.periods[0]);
  const areaParam = params.add(area);
  const asOfParam = params.add(asOf);
  const perIndicator = RISK_INDICATORS.map((r) => `(${r.num})::float8 as "${r.indicator}_num", (${r.den})::float8 as "${r.indicator}_den"`).join(',\n      ');
  const windows = RISK_INDICATORS.map((r) => {
    const k = r.indicator;
    const w = 'over (partition by c.bench_group)';
    return `jsonb_build_object('num', c."${k}_num", 'den', c."${k}_den",
        'groupNum', sum(c."${k}_num") ${w} - coalesce(c."${k}_num", 0), 'groupDen', sum(c."${k}_den") ${w} - coalesce(c."${k}_den", 0),
        'groupWorkplaces', count(c."${k}_den") ${w} - (c."${k}_den" is not null)::int,
        'groupStaffRecords', coalesce(sum(case when c."${k}_den" is not null then c.counted_staff end) ${w}, 0) - case when c."${k}_den" is not null then c.counted_staff else 0 end)`;
  });
  const visible = [...scopeConditions(scope, params, ['workplace'], 'x'), listableWorkplaces(scope.viewer, params, 'x')];
  const sql = `
    with b as materialized (
      select f.*, coalesce(sv.benchmark_group_code, 0) as bench_group, coalesce(sv.benchmark_group, 'All other services') as benchmark_group,
        coalesce(p.cqc_regulated, false) as cqc_regulated, coalesce(f.cqc_location_id, w.cqc_location_id) as location_id, w.local_ref, p.name,
        pr.key as provider_key,
        (select coalesce(sum(j.count), 0) from workplace_job_count j where j.workplace_period_id = f.workplace_period_id and j.measure = 'VACANCIES' and j.job_role = 4) as registered_manager_vacancies
      from wf_workplace_fact f
      join workplace_period p on p.id = f.workplace_period_id
      join workplace w on w.id = f.workplace_id
      join provider pr on pr.id = f.provider_id
      left join ref_service sv on sv.code = p.main_service
      where f.period = ${period} and f.local_authority_code = ${areaParam}
    ),
    -- staff read straight from staff_record for this area's workplaces (the staff fact view would be computed for every workplace)
    expired as materialized (
      select distinct x.staff_record_id from (
        select t.staff_record_id from b join staff_record s on s.workplace_period_id = b.workplace_period_id join training_record t on t.staff_record_id = s.id
        group by t.staff_record_id, t.category
        having not bool_or(t.does_not_expire or t.expires is null or t.expires >= b.snapshot_date)) x
    ),
    st as materialized (
      select s.workplace_period_id, count(*)::int as counted_staff,
        count(*) filter (where s.contract in (1, 2))::int as directly_employed,
        count(*) filter (where s.contract = 4)::int as agency,
        count(*) filter (where jg.group_code = 'direct_care' and s.care_certificate is not null)::int as cc_answered,
        count(*) filter (where jg.group_code = 'direct_care' and s.care_certificate = 1)::int as cc_completed,
        count(e.staff_record_id)::int as training_expired,
        count(*) filter (where jg.code = 4)::int as registered_managers
      from b join staff_record s on s.workplace_period_id = b.workplace_period_id
      left join ref_job_role jr on jr.code = s.main_job_role
      left join ref_job_role jg on jg.code = coalesce(jr.recode_to, s.main_job_role)
      left join expired e on e.staff_record_id = s.id
      group by s.workplace_period_id
    ),
    i as (
      select b.*, coalesce(st.counted_staff, 0) as counted_staff, coalesce(st.directly_employed, 0) as directly_employed,
        coalesce(st.agency, 0) as agency, coalesce(st.cc_answered, 0) as cc_answered, coalesce(st.cc_completed, 0) as cc_completed,
        coalesce(st.training_expired, 0) as training_expired, coalesce(st.registered_managers, 0) as registered_managers
      from b left join st on st.workplace_period_id = b.workplace_period_id
    ),
    c as (select i.*, ${perIndicator} from i),
    x as (
      select c.*, jsonb_build_object(${RISK_INDICATORS.map((r, n) => `'${r.indicator}', ${windows[n]}`).join(',\n        ')}) as indicators from c
    )
    select x.workplace_id, x.provider_key, x.local_ref, x.name, x.location_id, x.bench_group as service_group_code, x.benchmark_group as service_group_label,
      x.counted_staff as staff_records, rt.overall, rt.published_on::text as published_on,
      case when rt.published_on is not null then (extract(year from age(${asOfParam}::date, rt.published_on)) * 12 + extract(month from age(${asOfParam}::date, rt.published_on)))::int end as months_since,
      rt.domains, coalesce(rt.ri, 0)::int as requires_improvement, coalesce(rt.inad, 0)::int as inadequate, x.indicators
    from x
    left join lateral (
      select max(r.rating::text) filter (where r.domain = 'OVERALL') as overall,
        coalesce(max(r.published_on) filter (where r.domain = 'OVERALL'), max(r.published_on)) as published_on,
        jsonb_object_agg(r.domain, r.rating) as domains,
        count(*) filter (where r.domain <> 'OVERALL' and r.rating = 'REQUIRES_IMPROVEMENT') as ri,
        count(*) filter (where r.domain <> 'OVERALL' and r.rating = 'INADEQUATE') as inad
      from ref_cqc_rating r where r.location_id = x.location_id
    ) rt on x.location_id is not null
    where ${visible.join(' and ')}
    order by x.provider_key, x.local_ref`;
  return (await pool.query<QualityRiskRow>(sql, params.values)).rows;
}
