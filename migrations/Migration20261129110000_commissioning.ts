import { Migration } from '@mikro-orm/migrations';

/** Commissioning analytics (issue 8): the local population by characteristic, and CQC's published ratings by location and key question. */
export class Migration20261129110000_commissioning extends Migration {
  override async up(): Promise<void> {
    // one share-able count per area × characteristic × category, e.g. (316, 'ETHNIC_GROUP', 'White', 612000, 'Census 2021 TS021')
    this.addSql(`create table "ref_population_characteristic" ("area_code" int not null, "characteristic" text not null, "category" text not null,
      "count" numeric not null check ("count" >= 0), "source" text not null, "imported_at" timestamptz not null default now(),
      constraint "ref_population_characteristic_pkey" primary key ("area_code", "characteristic", "category"));`);
    this.addSql(`alter table "ref_population_characteristic" add constraint "ref_population_characteristic_area_code_foreign"
      foreign key ("area_code") references "ref_local_authority" ("code");`);
    // the latest published rating of each key question (domain) of each CQC location
    this.addSql(`create type "cqc_domain" as enum ('OVERALL', 'SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED');`);
    this.addSql(`create type "cqc_rating_value" as enum ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'INSUFFICIENT_EVIDENCE');`);
    this.addSql(`create table "ref_cqc_rating" ("location_id" text not null, "domain" "cqc_domain" not null, "rating" "cqc_rating_value" not null,
      "published_on" date null, "source" text not null, "imported_at" timestamptz not null default now(),
      constraint "ref_cqc_rating_pkey" primary key ("location_id", "domain"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ref_cqc_rating";`);
    this.addSql(`drop type if exists "cqc_rating_value";`);
    this.addSql(`drop type if exists "cqc_domain";`);
    this.addSql(`drop table if exists "ref_population_characteristic";`);
  }
}
