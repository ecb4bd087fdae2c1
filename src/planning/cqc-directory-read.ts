import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import { ValidationFailed } from '../errors';
import { headerKey } from '../reference/reference-csv-stream';

/** The directory columns the hub reads, each found by name (any of the spellings CQC has used), never by position. */
export const DIRECTORY_COLUMNS = {
  name: ['name'],
  address: ['address'],
  postcode: ['postcode'],
  serviceTypes: ['service_types'],
  latestCheck: ['date_of_latest_check'],
  specialisms: ['specialisms_services'],
  providerName: ['provider_name'],
  localAuthority: ['local_authority'],
  region: ['region'],
  locationUrl: ['location_url'],
  locationId: ['cqc_location_for_office_use_only', 'cqc_location_id_for_office_use_only', 'cqc_location_id', 'location_id'],
  providerId: ['cqc_provider_id_for_office_use_only', 'cqc_provider_id', 'provider_id'],
} as const;

export type DirectoryField = keyof typeof DIRECTORY_COLUMNS;
/** Without these a row cannot be placed or linked to returns; named as CQC's file names them. */
const REQUIRED: Partial<Record<DirectoryField, string>> = {
  name: 'Name', postcode: 'Postcode', serviceTypes: 'Service types', localAuthority: 'Local Authority', locationId: 'CQC Location (for office use only)',
};
/** Title lines searched for the header row. */
const MAX_TITLE_LINES = 20;

export interface DirectoryRow {
  /** record number in the file (1 = first line), as a person opening it in a spreadsheet counts rows */
  line: number;
  cells: Record<DirectoryField, string>;
}

export interface DirectoryFile {
  /** date stated on a title line ("This data was produced on 16 September 2026"), ISO; null when none */
  statedDate: string | null;
  headerLine: number;
  rows: DirectoryRow[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = (y: number, m: number, d: number): string | null => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d ? dt.toISOString().slice(0, 10) : null;
};

/** A date written as "16 September 2026", "16/Sep/2026", "16/09/2026" or "2026-09-16" (time of day ignored), ISO; null when none. */
export function parseDirectoryDate(text: string): string | null {
  let m = /(\d{1,2})[\s/-]+([A-Za-z]{3,9})[\s/-]+(\d{4})/.exec(text);
  if (m && MONTHS.includes(m[2].slice(0, 3).toLowerCase())) return iso(Number(m[3]), MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, Number(m[1]));
  m = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** Which column holds each field, or the fields missing; null when the row is not a header at all. */
function mapHeader(cells: string[]): { at: Record<DirectoryField, number>; missing: DirectoryField[] } {
  const keys = cells.map(headerKey);
  const at = {} as Record<DirectoryField, number>;
  const missing: DirectoryField[] = [];
  for (const [field, names] of Object.entries(DIRECTORY_COLUMNS) as [DirectoryField, readonly string[]][]) {
    const i = keys.findIndex((k) => names.includes(k));
    at[field] = i;
    if (i < 0 && REQUIRED[field]) missing.push(field);
  }
  return { at, missing };
}

/**
 * Read a CQC care directory CSV: title lines (one may state the data's date), then the header row, found by its
 * column names, then one location per row (quoted fields may hold commas and line breaks).
 */
export function readDirectory(input: Readable, fileName: string): Promise<DirectoryFile> {
  return new Promise((resolve, reject) => {
    let line = 0;
    let statedDate: string | null = null;
    let header: { at: Record<DirectoryField, number>; line: number } | null = null;
    let bestMissing: DirectoryField[] | null = null;
    const rows: DirectoryRow[] = [];
    Papa.parse<string[]>(input as unknown as File, {
      skipEmptyLines: false,
      step: ({ data }, parser) => {
        line++;
        if (!header) {
          const mapped = mapHeader(data);
          if (mapped.missing.length === 0) {
            header = { at: mapped.at, line };
            return;
          }
          if (mapped.missing.length < Object.keys(REQUIRED).length && (!bestMissing || mapped.missing.length < bestMissing.length)) bestMissing = mapped.missing;
          statedDate ??= parseDirectoryDate(data.join(' '));
          if (line >= MAX_TITLE_LINES) parser.abort();
          return;
        }
        if (data.every((c) => c.trim() === '')) return;
        const cells = {} as Record<DirectoryField, string>;
        for (const field of Object.keys(DIRECTORY_COLUMNS) as DirectoryField[]) cells[field] = (header.at[field] >= 0 ? data[header.at[field]] ?? '' : '').trim();
        rows.push({ line, cells });
      },
      complete: () => {
        if (!header) {
          const detail = bestMissing ? `the nearest row lacks ${bestMissing.map((f) => `"${REQUIRED[f]}"`).join(', ')}` : `no row in the first ${MAX_TITLE_LINES} lines names them`;
          reject(new ValidationFailed(`${fileName}: no CQC directory header row found (it needs the columns ${Object.values(REQUIRED).map((c) => `"${c}"`).join(', ')}; ${detail}); nothing was imported`,
            { file: fileName, problems: [{ line: 0, message: 'header row not found' }] }));
          return;
        }
        resolve({ statedDate, headerLine: (header as { line: number }).line, rows });
      },
      error: (err: Error) => reject(err),
    });
  });
}
