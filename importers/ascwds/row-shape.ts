import type Papa from 'papaparse';

export interface ShapeProblem { code: number; type: string; fill: (string | number)[] }

/** Why a parsed row cannot be validated (quotes, too few or too many fields), or null. Extra blank trailing fields are accepted. */
export function rowShapeProblem(row: readonly string[], fieldCount: number, error: Papa.ParseError | undefined): ShapeProblem | null {
  if (error?.code === 'MissingQuotes') return { code: 9020, type: 'QUOTE_NOT_CLOSED_ERROR', fill: [] };
  if (error?.code === 'InvalidQuotes') return { code: 9021, type: 'QUOTE_MALFORMED_ERROR', fill: [] };
  if (row.length < fieldCount) return { code: 9022, type: 'ROW_TOO_SHORT_ERROR', fill: [row.length, fieldCount] };
  if (row.length > fieldCount) {
    for (let i = fieldCount; i < row.length; i++) {
      if (row[i].trim() !== '') return { code: 9023, type: 'ROW_TOO_LONG_ERROR', fill: [row.length, fieldCount] };
    }
  }
  return null;
}
