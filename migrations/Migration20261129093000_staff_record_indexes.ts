import { Migration } from '@mikro-orm/migrations';

/**
 * Analytics read rollups or scan the fact views by workplace period, so the single-column indexes on period, main job
 * role and contract are never used, and return_id is already the leading column of (return_id, worker_id): four fewer
 * indexes for every staff record an import writes.
 */
export class Migration20261129093000_staff_record_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "staff_record_period_index";`);
    this.addSql(`drop index if exists "staff_record_main_job_role_index";`);
    this.addSql(`drop index if exists "staff_record_contract_index";`);
    this.addSql(`drop index if exists "staff_record_return_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "staff_record_period_index" on "staff_record" ("period");`);
    this.addSql(`create index "staff_record_main_job_role_index" on "staff_record" ("main_job_role");`);
    this.addSql(`create index "staff_record_contract_index" on "staff_record" ("contract");`);
    this.addSql(`create index "staff_record_return_id_index" on "staff_record" ("return_id");`);
  }
}
