import { Migration } from '@mikro-orm/migrations';

/** The normalised workforce model: reference lists, providers, returns, workplaces and staff records kept per return (period snapshots). */
export class Migration20261129000000_workforce_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "validation_status" as enum ('PASSED', 'WARNINGS', 'FAILED');`);
    this.addSql(`create type "return_state" as enum ('CURRENT', 'SUPERSEDED', 'REJECTED', 'VALIDATED');`);
    this.addSql(`create type "job_measure" as enum ('STARTERS', 'LEAVERS', 'VACANCIES');`);
    this.addSql(`create table "ref_code" ("list" text not null, "code" int not null, "label" text not null, "group" text null, "known" boolean not null default true, constraint "ref_code_pkey" primary key ("list", "code"));`);
    this.addSql(`create table "ref_job_role" ("code" int not null, "label" text not null, "group" text not null, "group_code" text not null, "published_role" text not null, "status" text not null, "recode_to" int null, "care_providing" boolean not null, "can_do_delegated_healthcare" boolean not null, constraint "ref_job_role_pkey" primary key ("code"));`);
    this.addSql(`create table "ref_local_authority" ("code" int not null, "label" text not null, "region_code" int not null, "status" text not null, "abolished_from" date null, "successor_codes" text null, constraint "ref_local_authority_pkey" primary key ("code"));`);
    this.addSql(`create table "postcode" ("postcode" text not null, "cssr_code" int not null, constraint "postcode_pkey" primary key ("postcode"));`);
    this.addSql(`create table "provider" ("id" serial primary key, "key" text not null, "name" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "provider" add constraint "provider_key_unique" unique ("key");`);
    this.addSql(`create table "qualification_achieved" ("id" serial primary key, "staff_record_id" int not null, "qualification" int not null, "year" int null, "notes" text null);`);
    this.addSql(`create index "qualification_achieved_staff_record_id_index" on "qualification_achieved" ("staff_record_id");`);
    this.addSql(`create table "ref_region" ("code" int not null, "label" text not null, "ons_code" text not null, constraint "ref_region_pkey" primary key ("code"));`);
    this.addSql(`create table "return" ("id" serial primary key, "provider_id" int not null, "period" text not null, "status" "validation_status" not null, "state" "return_state" not null, "received_at" timestamptz not null default now(), "submitted_by" text null, "files" jsonb not null, "checksum" text not null, "workplaces" int not null default 0, "staff_records" int not null default 0, "training_records" int not null default 0, "errors" int not null default 0, "warnings" int not null default 0, "summary" jsonb not null, "supersedes_id" int null);`);
    this.addSql(`create index "return_provider_id_period_index" on "return" ("provider_id", "period");`);
    this.addSql(`create table "return_period" ("code" text not null, "starts_on" date not null, "snapshot_date" date not null, constraint "return_period_pkey" primary key ("code"));`);
    this.addSql(`create table "return_problem" ("id" bigserial primary key, "return_id" int not null, "file" text not null, "kind" text not null, "line" int not null, "column" text not null, "value" text not null, "code" int not null, "type" text not null, "severity" text not null, "message" text not null, "local_ref" text null, "worker_ref" text null);`);
    this.addSql(`create index "return_problem_return_id_line_index" on "return_problem" ("return_id", "line");`);
    this.addSql(`create table "ref_service" ("code" int not null, "label" text not null, "group" text not null, "benchmark_group" text not null, "benchmark_group_code" int not null, "cqc_registered" boolean not null, "can_be_main_service" boolean not null, "has_capacity" boolean not null, "has_utilisation" boolean not null, constraint "ref_service_pkey" primary key ("code"));`);
    this.addSql(`create table "training_record" ("id" serial primary key, "staff_record_id" int not null, "category" int not null, "name" text null, "accredited" int null, "who_delivered" int null, "training_provider" int null, "how_delivered" int null, "validity_months" int null, "does_not_expire" boolean not null default false, "completed" date null, "expires" date null, "notes" text null);`);
    this.addSql(`create index "training_record_staff_record_id_index" on "training_record" ("staff_record_id");`);
    this.addSql(`create table "workplace" ("id" serial primary key, "provider_id" int not null, "local_key" text not null, "local_ref" text not null, "cqc_location_id" text null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "workplace_cqc_location_id_index" on "workplace" ("cqc_location_id");`);
    this.addSql(`alter table "workplace" add constraint "workplace_provider_id_local_key_unique" unique ("provider_id", "local_key");`);
    this.addSql(`create table "worker" ("id" serial primary key, "workplace_id" int not null, "worker_key" text not null, "worker_ref" text not null, "ni_key" text null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "worker_ni_key_index" on "worker" ("ni_key");`);
    this.addSql(`alter table "worker" add constraint "worker_workplace_id_worker_key_unique" unique ("workplace_id", "worker_key");`);
    this.addSql(`create table "staff_record" ("id" serial primary key, "return_id" int not null, "worker_id" int not null, "workplace_period_id" int not null, "period" text not null, "source" text not null, "unique_worker_ref" text not null, "display_id" text null, "postcode" text null, "date_of_birth" date null, "gender" int null, "ethnicity" int null, "nationality" int null, "british_citizenship" int null, "country_of_birth" int null, "year_of_entry" int null, "disabled" int null, "care_certificate" int null, "level_2_care_certificate" int null, "level_2_care_certificate_year" int null, "recruitment_source" int null, "health_and_care_visa" int null, "employed_from_outside_uk" int null, "main_job_start_date" date null, "started_in_sector" int null, "delegated_healthcare" int null, "apprentice" int null, "contract" int null, "zero_hours" int null, "sickness_days" double precision null, "pay_interval" int null, "annual_pay" int null, "hourly_pay" double precision null, "main_job_role" int null, "main_job_description" text null, "contracted_hours" double precision null, "average_hours" double precision null, "nmc_registration" int null, "amhp" int null, "social_care_qualification" int null, "social_care_qualification_level" int null, "other_qualification" int null, "other_qualification_level" int null, "cwp_category" int null);`);
    this.addSql(`create index "staff_record_worker_id_index" on "staff_record" ("worker_id");`);
    this.addSql(`create index "staff_record_workplace_period_id_index" on "staff_record" ("workplace_period_id");`);
    this.addSql(`alter table "staff_record" add constraint "staff_record_return_id_worker_id_unique" unique ("return_id", "worker_id");`);
    this.addSql(`create table "workplace_job_count" ("workplace_period_id" int not null, "measure" "job_measure" not null, "job_role" int not null, "count" int not null, constraint "workplace_job_count_pkey" primary key ("workplace_period_id", "measure", "job_role"));`);
    this.addSql(`create index "workplace_job_count_workplace_period_id_index" on "workplace_job_count" ("workplace_period_id");`);
    this.addSql(`create table "workplace_period" ("id" serial primary key, "return_id" int not null, "workplace_id" int not null, "period" text not null, "source" text not null, "name" text not null, "address1" text null, "address2" text null, "address3" text null, "post_town" text null, "postcode" text null, "cssr_code" int null, "region_code" int null, "employer_type" int null, "employer_type_other" text null, "sector" text null, "share_with_cqc" boolean null, "share_with_la" boolean null, "cqc_regulated" boolean null, "cqc_provider_id" text null, "cqc_location_id" text null, "main_service" int null, "services" jsonb null, "service_users" jsonb null, "delegated_healthcare" int null, "delegated_healthcare_activities" jsonb null, "total_staff" int null, "staff_records" int not null default 0, "starters_answer" text null, "leavers_answer" text null, "vacancies_answer" text null, "starters" int null, "leavers" int null, "vacancies" int null, "answers" jsonb null, "actual_pension_contribution" double precision null);`);
    this.addSql(`create index "workplace_period_main_service_index" on "workplace_period" ("main_service");`);
    this.addSql(`create index "workplace_period_region_code_index" on "workplace_period" ("region_code");`);
    this.addSql(`create index "workplace_period_cssr_code_index" on "workplace_period" ("cssr_code");`);
    this.addSql(`create index "workplace_period_workplace_id_index" on "workplace_period" ("workplace_id");`);
    this.addSql(`alter table "workplace_period" add constraint "workplace_period_return_id_workplace_id_unique" unique ("return_id", "workplace_id");`);
    this.addSql(`alter table "return" add constraint "return_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return" add constraint "return_supersedes_id_foreign" foreign key ("supersedes_id") references "return" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "workplace" add constraint "workplace_provider_id_foreign" foreign key ("provider_id") references "provider" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "worker" add constraint "worker_workplace_id_foreign" foreign key ("workplace_id") references "workplace" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "staff_record" add constraint "staff_record_return_id_foreign" foreign key ("return_id") references "return" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "staff_record" add constraint "staff_record_worker_id_foreign" foreign key ("worker_id") references "worker" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workplace_period" add constraint "workplace_period_return_id_foreign" foreign key ("return_id") references "return" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "workplace_period" add constraint "workplace_period_workplace_id_foreign" foreign key ("workplace_id") references "workplace" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_problem" add constraint "return_problem_return_id_foreign" foreign key ("return_id") references "return" ("id") on delete cascade;`);
    this.addSql(`alter table "staff_record" add constraint "staff_record_workplace_period_id_foreign" foreign key ("workplace_period_id") references "workplace_period" ("id") on delete cascade;`);
    this.addSql(`alter table "workplace_job_count" add constraint "workplace_job_count_workplace_period_id_foreign" foreign key ("workplace_period_id") references "workplace_period" ("id") on delete cascade;`);
    this.addSql(`alter table "qualification_achieved" add constraint "qualification_achieved_staff_record_id_foreign" foreign key ("staff_record_id") references "staff_record" ("id") on delete cascade;`);
    this.addSql(`alter table "training_record" add constraint "training_record_staff_record_id_foreign" foreign key ("staff_record_id") references "staff_record" ("id") on delete cascade;`);
    this.addSql(`alter table "ref_local_authority" add constraint "ref_local_authority_region_code_foreign" foreign key ("region_code") references "ref_region" ("code");`);
    this.addSql(`create unique index "return_one_current_per_period" on "return" ("provider_id", "period") where "state" = 'CURRENT';`);
    this.addSql(`create index "return_period_state_index" on "return" ("period", "state");`);
    this.addSql(`create index "workplace_period_period_index" on "workplace_period" ("period");`);
    this.addSql(`create index "staff_record_period_index" on "staff_record" ("period");`);
    this.addSql(`create index "staff_record_main_job_role_index" on "staff_record" ("main_job_role");`);
    this.addSql(`create index "staff_record_contract_index" on "staff_record" ("contract");`);
    this.addSql(`create index "postcode_cssr_code_index" on "postcode" ("cssr_code");`);
  }
}
