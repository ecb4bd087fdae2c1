import { Migration } from '@mikro-orm/migrations';

/**
 * Return coverage and workforce planning (issue 11): dated snapshots of CQC's care directory (adult social care
 * locations only), the council's commissioned services, and population projections by local authority × year × age band.
 */
export class Migration20261129120000_planning extends Migration {
  override async up(): Promise<void> {
    // one row per directory import; a location absent from a later snapshot is deregistered from that snapshot's date
    this.addSql(`create table "cqc_directory_snapshot" ("id" serial primary key, "as_of" date not null unique, "source_file" text not null,
      "imported_at" timestamptz not null default now(), "rows_read" int not null, "locations" int not null,
      "left_out" jsonb not null default '{}', "by_postcode" int not null default 0, "by_name" int not null default 0,
      "unknown_area" int not null default 0, "deregistered" int not null default 0, "warnings" jsonb not null default '[]');`);
    this.addSql(`create table "cqc_directory_location" ("snapshot_id" int not null references "cqc_directory_snapshot" ("id") on delete cascade,
      "location_id" text not null, "provider_id" text null, "name" text not null, "address" text null, "postcode" text null,
      "service_types" text[] not null, "specialisms" text null, "provider_name" text null, "la_name" text null, "region_name" text null,
      "location_url" text null, "latest_check" date null, "cssr_code" int null references "ref_local_authority" ("code"),
      "area_source" text not null check ("area_source" in ('POSTCODE', 'NAME', 'NONE')), "main_service" int not null references "ref_service" ("code"),
      constraint "cqc_directory_location_pkey" primary key ("snapshot_id", "location_id"));`);
    this.addSql(`create index "cqc_directory_location_location_id_index" on "cqc_directory_location" ("location_id");`);
    this.addSql(`create index "cqc_directory_location_provider_id_index" on "cqc_directory_location" ("provider_id");`);
    this.addSql(`create index "workplace_period_cqc_location_id_index" on "workplace_period" ("cqc_location_id");`);

    // The snapshot that stands for the register on a date: the latest taken on or before it, else the earliest after it.
    this.addSql(`create function cqc_snapshot_for(d date) returns int language sql stable as $$
      select coalesce((select id from cqc_directory_snapshot where as_of <= d order by as_of desc limit 1),
                      (select id from cqc_directory_snapshot where as_of > d order by as_of limit 1)) $$;`);

    // Directory locations with the hub's dimension columns (the names wf_workplace_fact uses), per snapshot.
    this.addSql(`create view planning_location_fact as
      select l.snapshot_id, s.as_of, l.location_id, l.provider_id as cqc_provider_id, l.name, l.postcode, l.provider_name, l.service_types,
        l.area_source, l.la_name,
        coalesce(la.region_code::text, 'UNKNOWN') as region_code, coalesce(rg.label, 'Unknown area') as region_label,
        coalesce(l.cssr_code::text, 'UNKNOWN') as local_authority_code, coalesce(la.label, 'Unknown area') as local_authority_label,
        l.main_service::text as main_service_code, sv.label as main_service_label,
        wf_slug(sv."group") as service_group_code, sv."group" as service_group_label
      from cqc_directory_location l
      join cqc_directory_snapshot s on s.id = l.snapshot_id
      join ref_service sv on sv.code = l.main_service
      left join ref_local_authority la on la.code = l.cssr_code
      left join ref_region rg on rg.code = la.region_code;`);

    // The council's contracts: by CQC location, or by provider (hub provider key or CQC provider ID).
    this.addSql(`create table "commissioned_service" ("id" serial primary key, "location_id" text null, "provider_key" text null,
      "contract_ref" text not null, "source_file" text not null, "imported_at" timestamptz not null default now(),
      constraint "commissioned_service_target_check" check ("location_id" is not null or "provider_key" is not null));`);

    this.addSql(`create table "ref_population_projection" ("area_code" int not null references "ref_local_authority" ("code"), "year" int not null,
      "age_band" text not null, "count" numeric not null check ("count" >= 0), "source" text not null, "imported_at" timestamptz not null default now(),
      constraint "ref_population_projection_pkey" primary key ("area_code", "age_band", "year"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ref_population_projection";`);
    this.addSql(`drop table if exists "commissioned_service";`);
    this.addSql(`drop view if exists planning_location_fact;`);
    this.addSql(`drop function if exists cqc_snapshot_for(date);`);
    this.addSql(`drop index if exists "workplace_period_cqc_location_id_index";`);
    this.addSql(`drop table if exists "cqc_directory_location";`);
    this.addSql(`drop table if exists "cqc_directory_snapshot";`);
  }
}
