import type pg from 'pg';
import { LEFT_OUT_REASONS, type LeftOutReason } from './cqc-service-types';
import type { CqcDirectorySnapshot } from './cqc-directory-snapshot.type';

/** Every directory snapshot held, newest first, with what its import kept, left out and could not place. */
export async function queryDirectorySnapshots(pool: pg.Pool): Promise<CqcDirectorySnapshot[]> {
  const { rows } = await pool.query(`select as_of::text, source_file, imported_at, rows_read, locations, left_out, by_postcode, by_name, unknown_area, deregistered
    from cqc_directory_snapshot order by as_of desc`);
  return rows.map((r) => ({
    asOf: r.as_of, sourceFile: r.source_file, importedAt: new Date(r.imported_at).toISOString(), rowsRead: r.rows_read, locations: r.locations,
    leftOut: Object.entries(r.left_out as Record<string, number>).map(([reason, n]) => ({ reason, rows: n, why: LEFT_OUT_REASONS[reason as LeftOutReason] ?? reason })),
    byPostcode: r.by_postcode, byName: r.by_name, unknownArea: r.unknown_area, deregistered: r.deregistered,
  }));
}
