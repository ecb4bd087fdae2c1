import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | undefined;

/** One CSV line for COPY … (FORMAT csv): null is an unquoted empty field, every other value is quoted. */
export function csvLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i) line += ',';
    if (v === null || v === undefined) continue;
    const s = typeof v === 'string' ? v : String(v);
    line += s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`;
  }
  return line + '\n';
}

/** A COPY FROM STDIN into table(columns) on the client's open transaction; write batches, then end(). */
export class CopyWriter {
  private readonly stream;
  private readonly done: Promise<void>;
  rows = 0;

  constructor(client: PoolClient, table: string, columns: readonly string[]) {
    this.stream = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN WITH (FORMAT csv)`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
    this.done.catch(() => undefined); // surfaced by end()
  }

  /** Write rows, waiting when PostgreSQL asks us to (backpressure). */
  async write(rows: readonly (readonly CopyValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    let chunk = '';
    for (const row of rows) chunk += csvLine(row);
    this.rows += rows.length;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  async end(): Promise<number> {
    this.stream.end();
    await this.done;
    return this.rows;
  }
}
