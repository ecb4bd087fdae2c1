import { once } from 'node:events';
import type { PoolClient } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import type { FieldDescriptor, PgType } from '../field-descriptor';
import type { FileKind } from '../message-catalogue';
import { compileStagingLine } from './staging-line';
import { trainingFields, type TrainingRecord } from '../training-record';
import { workerFields, type WorkerRecord } from '../worker-record';
import { workplaceFields, type WorkplaceRecord } from '../workplace-record';

export type AnyRecord = WorkplaceRecord | WorkerRecord | TrainingRecord;

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const PG: Record<PgType, string> = { int: 'int', numeric: 'numeric', text: 'text', date: 'date', boolean: 'boolean', 'int[]': 'int[]', jsonb: 'jsonb' };

/** A staging table per file kind, its columns generated from the record's field descriptors. */
export const STAGING: Record<FileKind, { table: string; fields: readonly FieldDescriptor<any>[] }> = {
  workplace: { table: 'stg_workplace', fields: workplaceFields },
  worker: { table: 'stg_worker', fields: workerFields },
  training: { table: 'stg_training', fields: trainingFields },
};

export const column = snake;

/** Temporary tables living as long as the import's transaction. */
export async function createStagingTables(client: PoolClient): Promise<void> {
  for (const { table, fields } of Object.values(STAGING)) {
    const cols = fields.map((f) => `"${snake(f.name)}" ${PG[f.pg]}`).join(', ');
    await client.query(`CREATE TEMP TABLE ${table} (${cols}, file text) ON COMMIT DROP`);
  }
}

/**
 * Once every file is staged: the indexes the cross-file checks and the write join on, and fresh planner statistics
 * (autovacuum never analyses temporary tables; without them the per-workplace checks become nested scans).
 */
export async function indexStagingTables(client: PoolClient): Promise<void> {
  await client.query('CREATE INDEX ON stg_workplace (local_key)');
  await client.query('CREATE INDEX ON stg_worker (local_key, worker_key)');
  await client.query('CREATE INDEX ON stg_worker (line)');
  await client.query('CREATE INDEX ON stg_training (local_key, worker_key)');
  await client.query('ANALYZE stg_workplace, stg_worker, stg_training');
}

/** COPY rows of one file kind into its staging table (text format, one generated line writer per kind); one open COPY per file. */
export class StagingWriter {
  private stream: CopyStreamQuery | null = null;
  private done: Promise<void> | null = null;
  private line: ((r: AnyRecord) => string) | null = null;
  rows = 0;

  constructor(private readonly client: PoolClient, private readonly fileName: string) {}

  async write(kind: FileKind, records: readonly AnyRecord[]): Promise<void> {
    if (!this.stream) {
      const { table, fields } = STAGING[kind];
      this.line = compileStagingLine(fields as readonly FieldDescriptor<AnyRecord>[], this.fileName);
      this.stream = this.client.query(copyFrom(`COPY ${table} (${[...fields.map((f) => `"${snake(f.name)}"`), 'file'].join(', ')}) FROM STDIN`));
      const stream = this.stream;
      this.done = new Promise((resolve, reject) => { stream.on('finish', resolve); stream.on('error', reject); });
      this.done.catch(() => undefined); // surfaced by write() and end()
    }
    if (records.length === 0) return;
    let chunk = '';
    for (let i = 0; i < records.length; i++) chunk += this.line!(records[i]);
    this.rows += records.length;
    if (!this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  async end(): Promise<number> {
    if (!this.stream) return 0;
    this.stream.end();
    await this.done;
    return this.rows;
  }
}
