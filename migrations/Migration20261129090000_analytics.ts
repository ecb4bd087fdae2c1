import { Migration } from '@mikro-orm/migrations';

/**
 * Analytics: two fact views over CURRENT returns (workplace periods and staff records, with every grouping dimension
 * resolved and labelled) that the analytics queries read, the age-band reference table, the disclosure settings the
 * BI views read, and the `analytics` schema of suppressed views for BI tools.
 */
export class Migration20261129090000_analytics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ref_age_band" ("code" int not null primary key, "label" text not null, "min_age" int null, "max_age" int null);`);
    this.addSql(`create table "disclosure_setting" ("id" int not null primary key default 1 check (id = 1), "min_staff_records" int not null default 10, "min_workplaces" int not null default 3);`);
    this.addSql(`insert into "disclosure_setting" default values;`);
    this.addSql(`create index "staff_record_return_id_index" on "staff_record" ("return_id");`);
    this.addSql(`create index "workplace_period_return_id_index" on "workplace_period" ("return_id");`);

    // Slug of a label, the stable text code of a grouping that has no numeric code (service group, sector).
    this.addSql(`create function wf_slug(t text) returns text language sql immutable parallel safe as $$
      select upper(trim(both '_' from regexp_replace(coalesce(t, 'Unknown'), '[^A-Za-z0-9]+', '_', 'g'))) $$;`);

    // every return's facts (the rollups read a return's rows whatever its state); wf_workplace_fact keeps CURRENT ones
    this.addSql(`create view wf_workplace_fact_all as
      select wp.id as workplace_period_id, wp.workplace_id, r.provider_id, wp.return_id, r.state = 'CURRENT' as is_current, wp.period, rp.starts_on, rp.snapshot_date,
        coalesce(wp.region_code::text, 'UNKNOWN') as region_code, coalesce(rg.label, 'Unknown area') as region_label,
        coalesce(wp.cssr_code::text, 'UNKNOWN') as local_authority_code, coalesce(la.label, 'Unknown area') as local_authority_label,
        coalesce(wp.main_service::text, 'UNKNOWN') as main_service_code, coalesce(sv.label, 'Unknown') as main_service_label,
        wf_slug(sv."group") as service_group_code, coalesce(sv."group", 'Unknown') as service_group_label,
        wf_slug(wp.sector) as sector_code, coalesce(wp.sector, 'Unknown') as sector_label,
        coalesce(wp.employer_type::text, 'UNKNOWN') as employer_type_code, coalesce(et.label, 'Unknown') as employer_type_label,
        wp.share_with_la, wp.cqc_location_id, wp.total_staff, wp.staff_records,
        wp.total_staff is not null and wp.staff_records = wp.total_staff as staff_count_matches,
        wp.leavers_answer in ('NONE', 'WITH_JOBS') as leavers_known, wp.leavers,
        wp.starters_answer in ('NONE', 'WITH_JOBS') as starters_known, wp.starters,
        wp.vacancies_answer in ('NONE', 'WITH_JOBS') as vacancies_known, wp.vacancies
      from workplace_period wp
      join "return" r on r.id = wp.return_id
      join return_period rp on rp.code = wp.period
      left join ref_region rg on rg.code = wp.region_code
      left join ref_local_authority la on la.code = wp.cssr_code
      left join ref_service sv on sv.code = wp.main_service
      left join ref_code et on et.list = 'employer_type' and et.code = wp.employer_type;`);
    this.addSql(`create view wf_workplace_fact as select * from wf_workplace_fact_all where is_current;`);

    this.addSql(`create view wf_staff_fact_all as
      select sr.id as staff_record_id, sr.worker_id, sr.workplace_period_id, f.workplace_id, f.provider_id, f.return_id, f.is_current, f.period, f.starts_on, f.snapshot_date,
        f.region_code, f.region_label, f.local_authority_code, f.local_authority_label, f.main_service_code, f.main_service_label,
        f.service_group_code, f.service_group_label, f.sector_code, f.sector_label, f.employer_type_code, f.employer_type_label,
        f.share_with_la,
        coalesce(jr.recode_to, sr.main_job_role) as job_role, coalesce(jr2.label, jr.label, 'Unknown') as job_role_label,
        coalesce(jr2.group_code, jr.group_code, 'unknown') as job_role_group_code, coalesce(jr2."group", jr."group", 'Unknown') as job_role_group_label,
        coalesce(sr.contract::text, 'UNKNOWN') as contract_code, coalesce(ct.label, 'Unknown') as contract_label,
        sr.contract in (1, 2) as directly_employed, sr.contract = 4 as agency, sr.contract = 3 as bank,
        sr.zero_hours, sr.gender, sr.ethnicity, sr.nationality, sr.disabled, sr.care_certificate, sr.sickness_days,
        sr.social_care_qualification, sr.social_care_qualification_level, sr.date_of_birth, sr.main_job_start_date,
        date_part('year', age(f.snapshot_date, sr.date_of_birth))::int as age,
        sr.main_job_start_date <= (f.snapshot_date - interval '12 months')::date as stable,
        coalesce(jr2.group_code, jr.group_code) = 'direct_care' as direct_care, coalesce(jr2.care_providing, jr.care_providing, false) as care_providing,
        case when sr.pay_interval = 3 then sr.hourly_pay
             when sr.pay_interval = 1 and hours.weekly > 0 then round((sr.annual_pay / (hours.weekly * 52.143))::numeric, 2)::float8 end as hourly_pay_equivalent
      from staff_record sr
      join wf_workplace_fact_all f on f.workplace_period_id = sr.workplace_period_id
      left join ref_job_role jr on jr.code = sr.main_job_role
      left join ref_job_role jr2 on jr2.code = jr.recode_to
      left join ref_code ct on ct.list = 'contract' and ct.code = sr.contract
      cross join lateral (select case when sr.zero_hours = 1 or sr.contract not in (1, 2) then sr.average_hours else sr.contracted_hours end as weekly) hours;`);
    this.addSql(`create view wf_staff_fact as select * from wf_staff_fact_all where is_current;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists wf_staff_fact;`);
    this.addSql(`drop view if exists wf_staff_fact_all;`);
    this.addSql(`drop view if exists wf_workplace_fact;`);
    this.addSql(`drop view if exists wf_workplace_fact_all;`);
    this.addSql(`drop function if exists wf_slug(text);`);
    this.addSql(`drop table if exists "disclosure_setting";`);
    this.addSql(`drop table if exists "ref_age_band";`);
  }
}
