import type { PoolClient } from 'pg';
import { CopyWriter, type CopyValue } from '../../../src/db/copy';
import type { FieldDescriptor, PgType } from '../field-descriptor';
import type { FileKind } from '../message-catalogue';
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

function value(v: unknown, pg: PgType): CopyValue {
  if (v === null || v === undefined) return null;
  if (pg === 'jsonb') return JSON.stringify(v);
  if (pg === 'int[]') return `{${(v as number[]).join(',')}}`;
  return v as CopyValue;
}

/** COPY rows of one file kind into its staging table; one open COPY per file, as a connection runs one at a time. */
export class StagingWriter {
  private copy: CopyWriter | null = null;
  private kind: FileKind | null = null;

  constructor(private readonly client: PoolClient, private readonly fileName: string) {}

  async write(kind: FileKind, records: readonly AnyRecord[]): Promise<void> {
    if (!this.copy) {
      this.kind = kind;
      const { table, fields } = STAGING[kind];
      this.copy = new CopyWriter(this.client, table, [...fields.map((f) => snake(f.name)), 'file']);
    }
    const fields = STAGING[this.kind!].fields;
    await this.copy.write(records.map((r) => [...fields.map((f) => value((r as any)[f.name], f.pg)), this.fileName]));
  }

  async end(): Promise<number> {
    return this.copy ? this.copy.end() : 0;
  }
}
