import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { referenceDataDir } from '../paths';

export type CsvRow = Record<string, string>;

const cache = new Map<string, CsvRow[]>();

/** A small reference CSV (header row, all values strings), parsed once per process. */
export function readCsv(path: string): CsvRow[] {
  let rows = cache.get(path);
  if (!rows) {
    const parsed = Papa.parse<CsvRow>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    rows = parsed.data;
    cache.set(path, rows);
  }
  return rows;
}

/** A code list from src/reference/data by file name, e.g. referenceCsv('job_roles.csv'). */
export function referenceCsv(file: string): CsvRow[] {
  return readCsv(join(referenceDataDir, file));
}

export const bool = (v: string | undefined): boolean => v?.trim().toLowerCase() === 'true';
export const intOrNull = (v: string | undefined): number | null => (v === undefined || v.trim() === '' ? null : Number(v));
