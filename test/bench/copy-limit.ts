import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { withClient } from './bench-database';

/** The first line of a CSV file: its column names. */
function headerOf(path: string): string[] {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8').split(/\r?\n/, 1)[0].split(',');
  } finally {
    closeSync(fd);
  }
}

/**
 * The limit: PostgreSQL's own COPY of the same CSV files, streamed from this process into plain tables of text
 * columns on one connection (no parsing, validation or normalisation by anyone but PostgreSQL). Milliseconds.
 */
export async function timeRawCopy(url: string, files: readonly string[]): Promise<number> {
  return withClient(url, async (c) => {
    await c.query('create schema if not exists bench_raw');
    const tables = files.map((f, i) => ({ file: f, table: `bench_raw.file_${i}`, columns: headerOf(f) }));
    for (const t of tables) {
      await c.query(`drop table if exists ${t.table}`);
      await c.query(`create table ${t.table} (${t.columns.map((col) => `"${col.toLowerCase()}" text`).join(', ')})`);
    }
    const started = process.hrtime.bigint();
    for (const t of tables) {
      await pipeline(createReadStream(t.file, { highWaterMark: 1 << 20 }), c.query(copyFrom(`copy ${t.table} from stdin with (format csv, header true)`)));
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    await c.query('drop schema bench_raw cascade');
    return ms;
  });
}
