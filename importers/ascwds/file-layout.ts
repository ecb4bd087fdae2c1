import { join } from 'node:path';
import { ascwdsSpecDir } from '../../src/paths';
import type { FileKind } from './message-catalogue';
import { readTable } from './read-table';

/** Staff files may insert these right after UNIQUEWORKERID, in this order. */
export const OPTIONAL_WORKER_COLUMNS = ['CHGUNIQUEWRKID', 'TRANSFERSTAFFRECORD'] as const;
export const MAX_QUALIFICATION_PAIRS = 99;
export const BASE_QUALIFICATION_PAIRS = 3;

const COLUMN_TABLES: Record<FileKind, string> = {
  workplace: 'bulk_upload_workplace_columns.csv',
  worker: 'bulk_upload_worker_columns.csv',
  training: 'bulk_upload_training_columns.csv',
};

export const FILE_KINDS: readonly FileKind[] = ['workplace', 'worker', 'training'];

export function qualificationColumn(n: number): string {
  return `QUALACH${String(n).padStart(2, '0')}`;
}

const headers = new Map<FileKind, readonly string[]>();

/** The current header of a file, from the spec's column table (rows with a plain numeric position). */
export function currentHeader(kind: FileKind): readonly string[] {
  let h = headers.get(kind);
  if (!h) {
    h = Object.freeze(readTable(join(ascwdsSpecDir, COLUMN_TABLES[kind]))
      .filter((r) => /^\d+$/.test(r.position))
      .map((r) => r.column));
    headers.set(kind, h);
  }
  return h;
}

const layouts = new Map<FileKind, { names: readonly string[]; index: ReadonlyMap<string, number> }>();

/**
 * The canonical column order rows are mapped onto: the current header, plus for staff files the optional
 * CHGUNIQUEWRKID and TRANSFERSTAFFRECORD and every QUALACH04..99 pair, so rule tables can use fixed indexes.
 */
export function canonicalLayout(kind: FileKind): { names: readonly string[]; index: ReadonlyMap<string, number> } {
  let layout = layouts.get(kind);
  if (!layout) {
    const names = [...currentHeader(kind)];
    if (kind === 'worker') {
      names.push(...OPTIONAL_WORKER_COLUMNS);
      for (let n = BASE_QUALIFICATION_PAIRS + 1; n <= MAX_QUALIFICATION_PAIRS; n++) {
        names.push(qualificationColumn(n), `${qualificationColumn(n)}NOTES`);
      }
    }
    layout = { names: Object.freeze(names), index: new Map(names.map((n, i) => [n, i])) };
    layouts.set(kind, layout);
  }
  return layout;
}

/** Index of a column in the canonical layout; unknown names are programming faults. */
export function columnIndex(kind: FileKind, column: string): number {
  const i = canonicalLayout(kind).index.get(column);
  if (i === undefined) throw new RangeError(`${kind} has no column ${column}`);
  return i;
}

export interface HistoricFormat {
  kind: FileKind;
  fromDate: string;
  columns: readonly string[];
  current: boolean;
  notes: string;
}

/** Every header version since 2019 (bulk_upload_header_history.csv), newest first. */
export function headerHistory(): readonly HistoricFormat[] {
  return readTable(join(ascwdsSpecDir, 'bulk_upload_header_history.csv'))
    .map((r) => ({
      kind: r.file as FileKind,
      fromDate: r.from_date,
      columns: r.header.split(','),
      current: r.notes.startsWith('CURRENT'),
      notes: r.notes,
    }))
    .sort((a, b) => b.fromDate.localeCompare(a.fromDate));
}

export interface LegacyColumnPolicy { action: 'drop' | 'rename'; currentColumn: string; note: string }

/** What to do with each column that only older formats have (hub_legacy_columns.csv). */
export function legacyColumnPolicy(kind: FileKind): ReadonlyMap<string, LegacyColumnPolicy> {
  return new Map(readTable(join(ascwdsSpecDir, 'hub_legacy_columns.csv'))
    .filter((r) => r.file === kind)
    .map((r) => [r.column, { action: r.action as 'drop' | 'rename', currentColumn: r.current_column, note: r.note }]));
}

/** Older formats the hub refuses rather than maps, with the reason (hub_legacy_formats.csv). */
export function refusedFormat(kind: FileKind, fromDate: string): string | null {
  const row = readTable(join(ascwdsSpecDir, 'hub_legacy_formats.csv'))
    .find((r) => r.file === kind && r.from_date === fromDate && r.action === 'refuse');
  return row ? row.reason : null;
}
