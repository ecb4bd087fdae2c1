import type { FieldDescriptor, PgType } from './field-descriptor';
import type { FileKind } from './message-catalogue';
import { trainingFields, type TrainingRecord } from './training-record';
import { workerFields, type WorkerRecord } from './worker-record';
import { workplaceFields, type WorkplaceRecord } from './workplace-record';

export type ImportRecord = WorkplaceRecord | WorkerRecord | TrainingRecord;

/** Field descriptors per kind, in COPY column order. */
export const fieldDescriptors: {
  readonly workplace: readonly FieldDescriptor<WorkplaceRecord>[];
  readonly worker: readonly FieldDescriptor<WorkerRecord>[];
  readonly training: readonly FieldDescriptor<TrainingRecord>[];
} = { workplace: workplaceFields, worker: workerFields, training: trainingFields };

function cell(value: unknown, pg: PgType): string | null {
  if (value === null || value === undefined) return null;
  switch (pg) {
    case 'boolean': return value ? 't' : 'f';
    case 'int[]': return `{${(value as number[]).join(',')}}`;
    case 'jsonb': return JSON.stringify(value);
    default: return String(value);
  }
}

/** A record as COPY cells in descriptor order (null = SQL NULL; the caller escapes for the COPY format). */
export function toCopyRow(record: ImportRecord): (string | null)[] {
  const fields = fieldDescriptors[record.kind] as readonly FieldDescriptor<ImportRecord>[];
  const row = new Array<string | null>(fields.length);
  const values = record as unknown as Record<string, unknown>;
  for (let i = 0; i < fields.length; i++) row[i] = cell(values[fields[i].name], fields[i].pg);
  return row;
}

export function descriptorsFor(kind: FileKind): readonly FieldDescriptor<ImportRecord>[] {
  return fieldDescriptors[kind] as readonly FieldDescriptor<ImportRecord>[];
}
