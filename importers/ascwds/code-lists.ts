import { join } from 'node:path';
import { ascwdsSpecDir, referenceDataDir } from '../../src/paths';
import { readTable, type TableRow } from './read-table';

/** A code list keyed by its bulk-upload code (the first column of every file in src/reference/data). */
export type CodeList = ReadonlyMap<number, TableRow>;

const lists = new Map<string, CodeList>();

/** Loads `src/reference/data/<name>.csv` once. */
export function codeList(name: string): CodeList {
  let list = lists.get(name);
  if (!list) {
    const rows = readTable(join(referenceDataDir, `${name}.csv`));
    const key = Object.keys(rows[0] ?? {})[0];
    list = new Map(rows.map((r) => [Number(r[key]), r] as const));
    lists.set(name, list);
  }
  return list;
}

/** The codes of a list that pass a filter on the row, e.g. job roles whose status is current. */
export function codesWhere(name: string, keep: (row: TableRow) => boolean): ReadonlySet<number> {
  const out = new Set<number>();
  for (const [code, row] of codeList(name)) if (keep(row)) out.add(code);
  return out;
}

/** Codes whose boolean column is "true", e.g. flag('main_services', 'can_do_dha'). */
export function flagged(name: string, column: string): ReadonlySet<number> {
  return codesWhere(name, (r) => r[column] === 'true');
}

/** The small fixed code sets of bulk_upload_simple_codes.csv, for one file and column (values as written in the file). */
export function simpleCodes(file: string, column: string): readonly string[] {
  const rows = readTable(join(ascwdsSpecDir, 'bulk_upload_simple_codes.csv'));
  const codes = rows.filter((r) => r.file === file && r.column === column).map((r) => r.code);
  if (codes.length === 0) throw new RangeError(`no simple codes for ${file}.${column}`);
  return codes;
}

/** Numeric simple codes as a set, leaving out the blank "not answered" entry. */
export function simpleCodeSet(file: string, column: string): ReadonlySet<number> {
  return new Set(simpleCodes(file, column).filter((c) => /^\d+$/.test(c)).map(Number));
}
