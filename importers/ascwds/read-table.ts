import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ConfigInvalid } from '../../src/errors';

/** One row of a small reference table, keyed by its header names. */
export type TableRow = Readonly<Record<string, string>>;

const cache = new Map<string, readonly TableRow[]>();

/** Reads a small CSV table (spec or code list) once and caches it; a broken table is a deployment fault, not user input. */
export function readTable(path: string): readonly TableRow[] {
  const cached = cache.get(path);
  if (cached) return cached;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) {
    throw new ConfigInvalid(`Reference table ${path} cannot be read: ${parsed.errors[0].message}`, { path });
  }
  const rows = Object.freeze(parsed.data.map((r) => Object.freeze(r)));
  cache.set(path, rows);
  return rows;
}
