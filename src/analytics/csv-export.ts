import type { Response } from 'express';
import Papa from 'papaparse';
import { neutraliseCell } from '../../importers/ascwds/report';
import type { Dimension } from './dimension';
import type { GroupValue } from './group.type';

/** Excel needs the byte-order mark to read UTF-8. */
export const CSV_BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

/** Column names for the grouping: `<dimension>_code`, `<dimension>_label` for each dimension, in lower case. */
export function groupFields(dims: readonly Dimension[] | null | undefined): string[] {
  return (dims ?? []).flatMap((d) => [`${d.toLowerCase()}_code`, `${d.toLowerCase()}_label`]);
}

export function groupCells(group: GroupValue[]): CsvValue[] {
  return group.flatMap((g) => [g.code, g.label]);
}

/** A CSV download: BOM, one header row, CRLF, withheld values empty, text cells that a spreadsheet would run as a formula neutralised. */
export function sendCsv(res: Response, fileName: string, fields: string[], rows: CsvValue[][]): void {
  const data = rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : typeof v === 'string' ? neutraliseCell(v) : String(v))));
  res.type('text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.send(CSV_BOM + Papa.unparse({ fields, data }, { newline: '\r\n' }));
}
