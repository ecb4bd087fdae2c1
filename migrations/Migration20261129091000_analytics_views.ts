import { Migration } from '@mikro-orm/migrations';

/** Primary suppression from disclosure_setting: the reason a cell is withheld, or null. */
const primary = (staff: string, workplaces: string) =>
  `case when ${staff} < s.min_staff_records then 'FEW_STAFF_RECORDS' when ${workplaces} < s.min_workplaces then 'FEW_WORKPLACES' end`;

/** Withheld-or-null for a value column. */
const shown = (col: string) => `case when not suppressed then ${col} end as ${col}`;

const METRIC_COLUMNS = ['workplaces', 'staff_records', 'directly_employed', 'leavers', 'starters', 'vacancies', 'turnover_rate', 'starter_rate', 'vacancy_rate'];

/** Metrics grouped by `keys`, with primary suppression and secondary suppression among siblings sharing `siblings`. */
function metricsView(name: string, keys: string[], siblings: string[]): string {
  return `create view analytics.${name} as
    with s as (select min_staff_records, min_workplaces from disclosure_setting where id = 1),
    g as (
      select ${keys.join(', ')}, count(distinct workplace_id)::int as workplaces, sum(staff_n)::int as staff_records, sum(de)::int as directly_employed,
        sum(leavers) filter (where leavers_known)::int as leavers, sum(starters) filter (where starters_known)::int as starters,
        sum(vacancies) filter (where vacancies_known)::int as vacancies,
        sum(leavers) filter (where leavers_known and staff_count_matches)::float8 / nullif(sum(de) filter (where leavers_known and staff_count_matches), 0) as turnover_rate,
        sum(starters) filter (where starters_known and staff_count_matches)::float8 / nullif(sum(de) filter (where starters_known and staff_count_matches), 0) as starter_rate,
        sum(vacancies) filter (where vacancies_known and staff_count_matches)::float8 / nullif(sum(de + vacancies) filter (where vacancies_known and staff_count_matches), 0) as vacancy_rate
      from wf_workplace_flow group by ${keys.join(', ')}),
    p as (select g.*, ${primary('staff_records', 'workplaces')} as primary_reason from g cross join s),
    r as (select p.*, count(*) filter (where primary_reason is not null) over (partition by ${siblings.join(', ')}) as withheld_siblings,
                 row_number() over (partition by ${siblings.join(', ')}, primary_reason is null order by staff_records, ${keys.join(', ')}) as rank_shown
          from p),
    f as (select r.*, (primary_reason is not null or (withheld_siblings = 1 and rank_shown = 1)) as suppressed,
                 coalesce(primary_reason, case when withheld_siblings = 1 and rank_shown = 1 then 'SECONDARY' end) as suppression_reason from r)
    select ${keys.join(', ')}, ${METRIC_COLUMNS.map(shown).join(', ')}, suppressed, suppression_reason from f;`;
}

/**
 * The `analytics` schema: read-only views for BI tools (Power BI, Tableau, Metabase) with disclosure control applied in
 * the database, so a read-only role granted only this schema never sees a person or a small cell. Thresholds come from
 * disclosure_setting, which the hub writes from its configuration at start-up.
 */
export class Migration20261129091000_analytics_views extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists analytics;`);
    // per workplace period: staff records and directly employed beside the declared flows (internal, not for BI)
    this.addSql(`create view wf_workplace_flow as
      select f.*, coalesce(c.staff_n, 0) as staff_n, coalesce(c.de, 0) as de
      from wf_workplace_fact f
      left join (select workplace_period_id, count(*) as staff_n, count(*) filter (where contract in (1, 2)) as de
                 from staff_record group by workplace_period_id) c on c.workplace_period_id = f.workplace_period_id;`);
    this.addSql(metricsView('workforce_metrics_national', ['period'], ['period']));
    this.addSql(metricsView('workforce_metrics_by_region', ['period', 'region_code', 'region_label'], ['period']));
    this.addSql(metricsView('workforce_metrics_by_local_authority', ['period', 'region_code', 'region_label', 'local_authority_code', 'local_authority_label'], ['period', 'region_code']));
    this.addSql(metricsView('workforce_metrics_by_service_group', ['period', 'service_group_code', 'service_group_label'], ['period']));
    this.addSql(`create view analytics.workforce_composition_by_local_authority as
      with s as (select min_staff_records, min_workplaces from disclosure_setting where id = 1),
      cells as (
        select x.period, x.local_authority_code, x.local_authority_label, c.characteristic, c.category, count(*)::int as count,
               count(distinct x.workplace_id)::int as workplaces
        from wf_staff_fact x
        left join ref_code e on e.list = 'ethnicity' and e.code = x.ethnicity
        left join ref_code n on n.list = 'nationality' and n.code = x.nationality
        left join ref_code gd on gd.list = 'gender' and gd.code = x.gender
        left join ref_age_band a on x.age between coalesce(a.min_age, 0) and coalesce(a.max_age, 999)
        cross join lateral (values ('GENDER', coalesce(gd.label, 'Not known')), ('ETHNIC_GROUP', coalesce(e."group", 'Not known')),
                                   ('AGE_BAND', coalesce(a.label, 'Not known')), ('NATIONALITY_GROUP', coalesce(n."group", 'Not known'))) c(characteristic, category)
        group by 1, 2, 3, 4, 5),
      g as (select c.*, sum(count) over w as group_count,
                   (select count(distinct workplace_id) from wf_staff_fact y where y.period = c.period and y.local_authority_code = c.local_authority_code) as group_workplaces
            from cells c window w as (partition by period, local_authority_code, characteristic)),
      p as (select g.*, coalesce(${primary('group_count', 'group_workplaces')}, ${primary('count', 'workplaces')}) as primary_reason from g cross join s),
      r as (select p.*, count(*) filter (where primary_reason is not null) over w as withheld_siblings,
                   row_number() over (partition by period, local_authority_code, characteristic, primary_reason is null order by count, category) as rank_shown
            from p window w as (partition by period, local_authority_code, characteristic)),
      f as (select r.*, (primary_reason is not null or (withheld_siblings = 1 and rank_shown = 1)) as suppressed,
                   coalesce(primary_reason, case when withheld_siblings = 1 and rank_shown = 1 then 'SECONDARY' end) as suppression_reason from r)
      select period, local_authority_code, local_authority_label, characteristic, category,
             case when not suppressed then count end as count, case when not suppressed then count::float8 / group_count end as share,
             suppressed, suppression_reason
      from f;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists analytics cascade;`);
    this.addSql(`drop view if exists wf_workplace_flow;`);
  }
}
