import { Migration } from '@mikro-orm/migrations';

/** The workplace-level key every rollup row carries: codes and labels, so queries need no joins (names as in wf_*_fact). */
const AREA = ['period', 'region_code', 'region_label', 'local_authority_code', 'local_authority_label', 'service_group_code', 'service_group_label',
  'sector_code', 'sector_label'];
const AREA_KEY = ['period', 'local_authority_code', 'service_group_code', 'sector_code'];
const ROLE = ['job_role', 'job_role_label', 'job_role_group_code', 'job_role_group_label'];
const CONTRACT = ['contract_code', 'contract_label'];
const areaColumns = AREA.map((c) => `"${c}" text not null`).join(', ');

const STAFF_MEASURES = ['staff_records', 'workplaces', 'directly_employed', 'agency', 'bank', 'zero_hours_yes', 'zero_hours_no', 'stable', 'sickness_answers',
  'care_certificate_completed', 'care_certificate_answered', 'cc_completed', 'cc_in_progress', 'cc_no', 'cc_unanswered', 'qualified_level2', 'qualification_answered',
  'training_in_date', 'training_expired', 'training_expiring_soon', 'training_completed_in_period'];
const FLOW_MEASURES = ['workplaces', 'leavers', 'starters', 'vacancies', 'turnover_leavers', 'turnover_base', 'starter_starters', 'starter_base', 'vacancy_vacancies', 'vacancy_base'];

const upsert = (table: string, key: string[], measures: string[], extra: string[] = []) =>
  `on conflict (${key.join(', ')}) do update set ${[...measures, ...extra].map((m) => `${m} = ${table}.${m} + excluded.${m}`).join(', ')}`;

/** Which staff-level split a rollup row belongs to (analytics queries read exactly one variant). */
const VARIANT = `case when grouping(job_role) = 0 then 1 when grouping(job_role_group_code) = 0 then 2 when grouping(contract_code) = 0 then 3 else 0 end`;

/**
 * Rollups of the current returns, kept exact inside each import transaction: a deferred trigger on "return" adds a
 * return's contribution when it becomes CURRENT and subtracts it when it is superseded, at commit, so a failed import
 * changes nothing. Each row is one workplace-level key (period × local authority (and its region) × service group ×
 * sector) × one staff-level split (variant 0 none, 1 job role, 2 job-role group, 3 contract); composition rows have no
 * split. Every measure is a count or sum, so any grouping of those keys is a sum of rows of one variant (workplaces
 * included: a workplace sits under exactly one key). Requests by main service, employer type or a finer split read
 * the fact views instead (src/analytics/rollup-variant.ts).
 */
export class Migration20261129092000_analytics_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table rollup_staff (${areaColumns}, variant smallint not null, job_role int not null, job_role_label text not null,
      job_role_group_code text not null, job_role_group_label text not null, contract_code text not null, contract_label text not null,
      ${STAFF_MEASURES.map((m) => `${m} bigint not null`).join(', ')}, sickness_sum float8 not null,
      primary key (${[...AREA_KEY, 'variant', 'job_role', 'job_role_group_code', 'contract_code'].join(', ')}));`);
    this.addSql(`create table rollup_flow (${areaColumns}, variant smallint not null, job_role int not null, job_role_label text not null,
      job_role_group_code text not null, job_role_group_label text not null, ${FLOW_MEASURES.map((m) => `${m} bigint not null`).join(', ')},
      primary key (${[...AREA_KEY, 'variant', 'job_role', 'job_role_group_code'].join(', ')}));`);
    this.addSql(`create table rollup_composition (${areaColumns}, variant smallint not null, job_role_group_code text not null, job_role_group_label text not null,
      contract_code text not null, contract_label text not null, characteristic text not null, category_code text not null, category_label text not null,
      count bigint not null, workplaces bigint not null,
      primary key (${[...AREA_KEY, 'variant', 'job_role_group_code', 'contract_code', 'characteristic', 'category_code'].join(', ')}));`);

    const staffKey = [...AREA_KEY, 'variant', 'job_role', 'job_role_group_code', 'contract_code'];
    const flowKey = [...AREA_KEY, 'variant', 'job_role', 'job_role_group_code'];
    const compKey = [...AREA_KEY, 'variant', 'job_role_group_code', 'contract_code', 'characteristic', 'category_code'];
    const sets = (parts: string[][]) => `grouping sets (${parts.map((p) => `(${[...AREA, ...p].join(', ')})`).join(', ')})`;
    const nz = (c: string, blank: string) => `coalesce(${c}, ${blank})`;

    this.addSql(`create function wf_rollup_apply(p_return_ids int[], p_sign int) returns void language plpgsql as $fn$
    begin
      -- the returns' staff records, once, narrowed to what the rollups read, with training status at the snapshot
      create temp table wf_rollup_staff on commit drop as
        with s as (
          select staff_record_id, workplace_period_id, snapshot_date, starts_on, job_role, job_role_label, job_role_group_code, job_role_group_label,
                 contract_code, contract_label, directly_employed, agency, bank, zero_hours, stable, sickness_days, direct_care, care_providing,
                 care_certificate, social_care_qualification, social_care_qualification_level, gender, ethnicity, nationality, disabled, age
          from wf_staff_fact_all where return_id = any(p_return_ids)),
        by_category as (
          select t.staff_record_id,
            bool_or(t.does_not_expire or t.expires is null or t.expires >= s.snapshot_date) as in_date,
            not bool_or(t.does_not_expire or t.expires is null or t.expires >= s.snapshot_date) and bool_or(t.expires < s.snapshot_date) as expired,
            bool_or(t.does_not_expire or t.expires is null or t.expires >= s.snapshot_date)
              and not bool_or(t.does_not_expire or t.expires is null or t.expires > s.snapshot_date + 90) as soon,
            bool_or(t.completed between s.starts_on and s.snapshot_date) as completed
          from training_record t join s on s.staff_record_id = t.staff_record_id group by t.staff_record_id, t.category),
        by_staff as (select staff_record_id, bool_or(in_date) as in_date, bool_or(expired) as expired, bool_or(soon) as soon, bool_or(completed) as completed
                     from by_category group by 1)
        select s.*, q."group" = 'Level 2 or above' as level_2_or_above, coalesce(q.known, false) as level_known,
               coalesce(b.in_date, false) as t_in_date, coalesce(b.expired, false) as t_expired, coalesce(b.soon, false) as t_soon, coalesce(b.completed, false) as t_completed
        from s left join by_staff b on b.staff_record_id = s.staff_record_id
        left join ref_code q on q.list = 'qualification_level' and q.code = s.social_care_qualification_level;
      -- each workplace period's key, joined after aggregating on narrow columns
      create temp table wf_rollup_area on commit drop as
        select workplace_period_id, workplace_id, ${AREA.join(', ')} from wf_workplace_fact_all where return_id = any(p_return_ids);

      insert into rollup_staff
      with cell as (
        select workplace_period_id, job_role, job_role_label, job_role_group_code, job_role_group_label, contract_code, contract_label,
          count(*) as n, count(*) filter (where directly_employed) as de, count(*) filter (where agency) as agency, count(*) filter (where bank) as bank,
          count(*) filter (where zero_hours = 1) as zh_yes, count(*) filter (where zero_hours = 2) as zh_no, count(*) filter (where directly_employed and stable) as stable,
          count(sickness_days) as sick_n, coalesce(sum(sickness_days), 0) as sick_sum,
          count(*) filter (where direct_care and care_certificate in (1, 2, 3)) as cc_answered, count(*) filter (where direct_care and care_certificate = 1) as cc1,
          count(*) filter (where direct_care and care_certificate = 3) as cc3, count(*) filter (where direct_care and care_certificate = 2) as cc2,
          count(*) filter (where direct_care and care_certificate is null) as cc_null,
          count(*) filter (where care_providing and social_care_qualification = 1 and level_2_or_above) as q_num,
          count(*) filter (where care_providing and ((social_care_qualification = 1 and level_known) or social_care_qualification = 2)) as q_den,
          count(*) filter (where t_in_date) as t_in, count(*) filter (where t_expired) as t_exp, count(*) filter (where t_soon) as t_soon, count(*) filter (where t_completed) as t_done
        from wf_rollup_staff group by 1, 2, 3, 4, 5, 6, 7),
      x as (select c.*, a.workplace_id, ${AREA.map((col) => `a.${col}`).join(', ')} from cell c join wf_rollup_area a using (workplace_period_id))
      select ${AREA.join(', ')}, ${VARIANT}, ${nz('job_role', '-1')}, ${nz('job_role_label', "'*'")}, ${nz('job_role_group_code', "'*'")}, ${nz('job_role_group_label', "'*'")},
        ${nz('contract_code', "'*'")}, ${nz('contract_label', "'*'")},
        p_sign * sum(n), p_sign * count(distinct workplace_id), p_sign * sum(de), p_sign * sum(agency), p_sign * sum(bank), p_sign * sum(zh_yes), p_sign * sum(zh_no),
        p_sign * sum(stable), p_sign * sum(sick_n), p_sign * sum(cc1), p_sign * sum(cc_answered), p_sign * sum(cc1), p_sign * sum(cc3), p_sign * sum(cc2), p_sign * sum(cc_null),
        p_sign * sum(q_num), p_sign * sum(q_den), p_sign * sum(t_in), p_sign * sum(t_exp), p_sign * sum(t_soon), p_sign * sum(t_done), p_sign * sum(sick_sum)
      from x
      group by ${sets([[], ROLE, ['job_role_group_code', 'job_role_group_label'], CONTRACT])}
      order by ${staffKey.slice(0, 4).join(', ')}, 10, 11, 13, 15
      ${upsert('rollup_staff', staffKey, STAFF_MEASURES, ['sickness_sum'])};

      -- declared leavers, starters and vacancies by role beside the directly employed holding it, per workplace
      insert into rollup_flow
      with wp as (select * from wf_workplace_fact_all where return_id = any(p_return_ids)),
      by_staff as (select workplace_period_id, job_role, count(*) filter (where directly_employed) as de from wf_rollup_staff group by 1, 2),
      by_count as (
        select jc.workplace_period_id, coalesce(rr.recode_to, jc.job_role) as job_role, sum(jc.count) filter (where jc.measure = 'LEAVERS') as leavers,
               sum(jc.count) filter (where jc.measure = 'STARTERS') as starters, sum(jc.count) filter (where jc.measure = 'VACANCIES') as vacancies
        from workplace_job_count jc join wp on wp.workplace_period_id = jc.workplace_period_id left join ref_job_role rr on rr.code = jc.job_role group by 1, 2),
      by_role as (
        select coalesce(a.workplace_period_id, b.workplace_period_id) as workplace_period_id, coalesce(a.job_role, b.job_role) as job_role, coalesce(a.de, 0) as de,
               coalesce(b.leavers, 0) as role_leavers, coalesce(b.starters, 0) as role_starters, coalesce(b.vacancies, 0) as role_vacancies
        from by_staff a full join by_count b on b.workplace_period_id = a.workplace_period_id and b.job_role = a.job_role),
      x as (
        select wp.*, r.job_role, jr.label as job_role_label, jr.group_code as job_role_group_code, jr."group" as job_role_group_label,
               coalesce(r.de, 0) as de, coalesce(r.role_leavers, 0) as role_leavers, coalesce(r.role_starters, 0) as role_starters, coalesce(r.role_vacancies, 0) as role_vacancies
        from wp left join by_role r on r.workplace_period_id = wp.workplace_period_id left join ref_job_role jr on jr.code = r.job_role)
      select ${AREA.join(', ')}, case when grouping(job_role) = 0 then 1 when grouping(job_role_group_code) = 0 then 2 else 0 end,
        ${nz('job_role', '-1')}, ${nz('job_role_label', "'*'")}, ${nz('job_role_group_code', "'*'")}, ${nz('job_role_group_label', "'*'")},
        p_sign * count(distinct workplace_id),
        p_sign * coalesce(sum(role_leavers) filter (where leavers_known), 0), p_sign * coalesce(sum(role_starters) filter (where starters_known), 0),
        p_sign * coalesce(sum(role_vacancies) filter (where vacancies_known), 0),
        p_sign * coalesce(sum(role_leavers) filter (where leavers_known and staff_count_matches), 0), p_sign * coalesce(sum(de) filter (where leavers_known and staff_count_matches), 0),
        p_sign * coalesce(sum(role_starters) filter (where starters_known and staff_count_matches), 0), p_sign * coalesce(sum(de) filter (where starters_known and staff_count_matches), 0),
        p_sign * coalesce(sum(role_vacancies) filter (where vacancies_known and staff_count_matches), 0),
        p_sign * coalesce(sum(de + role_vacancies) filter (where vacancies_known and staff_count_matches), 0)
      from x
      group by ${sets([[], ['job_role', 'job_role_label', 'job_role_group_code', 'job_role_group_label'], ['job_role_group_code', 'job_role_group_label']])}
      having grouping(job_role_group_code) = 1 or bool_or(job_role is not null)
      order by ${flowKey.slice(0, 4).join(', ')}, 10, 11, 13
      ${upsert('rollup_flow', flowKey, FLOW_MEASURES)};

      -- staff records per category of each characteristic: per workplace first, so distinct workplaces are plain counts
      insert into rollup_composition
      with per_workplace as (
        select s.workplace_period_id, c.characteristic, c.category_code, min(c.category_label) as category_label, count(*) as n
        from wf_rollup_staff s
        left join ref_code gd on gd.list = 'gender' and gd.code = s.gender
        left join ref_code e on e.list = 'ethnicity' and e.code = s.ethnicity
        left join ref_code n on n.list = 'nationality' and n.code = s.nationality
        left join ref_code d on d.list = 'disability' and d.code = s.disabled
        left join ref_age_band a on s.age between coalesce(a.min_age, 0) and coalesce(a.max_age, 999)
        cross join lateral (values
          ('GENDER', coalesce(s.gender::text, 'UNKNOWN'), coalesce(gd.label, 'Not known')),
          ('ETHNIC_GROUP', wf_slug(coalesce(e."group", 'Not known')), coalesce(e."group", 'Not known')),
          ('ETHNICITY', coalesce(s.ethnicity::text, 'UNKNOWN'), coalesce(e.label, 'Not known')),
          ('AGE_BAND', coalesce(a.code::text, 'UNKNOWN'), coalesce(a.label, 'Not known')),
          ('NATIONALITY_GROUP', wf_slug(coalesce(n."group", 'Not known')), coalesce(n."group", 'Not known')),
          ('DISABILITY', coalesce(s.disabled::text, 'UNKNOWN'), coalesce(d.label, 'Not known')),
          ('CONTRACT', s.contract_code, s.contract_label),
          ('JOB_ROLE_GROUP', s.job_role_group_code, s.job_role_group_label)) c(characteristic, category_code, category_label)
        group by 1, 2, 3)
      select ${AREA.map((c) => `a.${c}`).join(', ')}, 0, '*', '*', '*', '*', p.characteristic, p.category_code, min(p.category_label), p_sign * sum(p.n), p_sign * count(*)
      from per_workplace p join wf_rollup_area a using (workplace_period_id)
      group by ${AREA.map((c) => `a.${c}`).join(', ')}, p.characteristic, p.category_code
      order by ${compKey.slice(0, 4).map((c) => `a.${c}`).join(', ')}, 15, 16
      ${upsert('rollup_composition', compKey, ['count', 'workplaces'])};

      drop table wf_rollup_staff;
      drop table wf_rollup_area;
      if p_sign < 0 then
        delete from rollup_staff where staff_records = 0;
        delete from rollup_flow where workplaces = 0;
        delete from rollup_composition where count = 0;
      end if;
    end $fn$;`);

    this.addSql(`create function wf_rollup_on_return() returns trigger language plpgsql as $fn$
    begin
      if tg_op = 'INSERT' and new.state = 'CURRENT' then perform wf_rollup_apply(array[new.id], 1);
      elsif tg_op = 'UPDATE' and old.state = 'CURRENT' and new.state <> 'CURRENT' then perform wf_rollup_apply(array[new.id], -1);
      elsif tg_op = 'UPDATE' and old.state <> 'CURRENT' and new.state = 'CURRENT' then perform wf_rollup_apply(array[new.id], 1);
      end if;
      return null;
    end $fn$;`);
    // deferred to commit: the return's rows are all written by then, and a rolled-back import never touches the rollups
    this.addSql(`create constraint trigger return_rollup after insert or update of state on "return"
      deferrable initially deferred for each row execute function wf_rollup_on_return();`);
    this.addSql(`select wf_rollup_apply(array(select id from "return" where state = 'CURRENT'), 1);`);
    this.addSql(`analyze rollup_staff, rollup_flow, rollup_composition;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists return_rollup on "return";`);
    this.addSql(`drop function if exists wf_rollup_on_return();`);
    this.addSql(`drop function if exists wf_rollup_apply(int[], int);`);
    this.addSql(`drop table if exists rollup_composition, rollup_flow, rollup_staff;`);
  }
}
