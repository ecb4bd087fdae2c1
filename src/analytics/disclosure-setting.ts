import type pg from 'pg';
import type { DisclosureThresholds } from './disclosure';

/** Copies the configured thresholds to disclosure_setting, which the BI views in the `analytics` schema read. */
export async function syncDisclosureSetting(pool: pg.Pool, t: DisclosureThresholds): Promise<void> {
  await pool.query('update disclosure_setting set min_staff_records = $1, min_workplaces = $2 where id = 1', [t.minStaffRecords, t.minWorkplaces]);
}
