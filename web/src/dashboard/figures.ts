import type { SuppressionReason } from './analytics-api';

/**
 * Withheld cells say why instead of showing zero. The hub's default thresholds (WFHUB_MIN_STAFF_RECORDS 10,
 * WFHUB_MIN_WORKPLACES 3) are named; a secondary suppression only says it is withheld.
 */
export function withheld(reason: SuppressionReason | null | undefined): string {
  if (reason === 'FEW_WORKPLACES') return 'withheld (fewer than 3 workplaces)';
  if (reason === 'SECONDARY') return 'withheld';
  return 'fewer than 10';
}

export const percent = (x: number | null | undefined) => (x === null || x === undefined ? 'not available' : `${(x * 100).toFixed(1)}%`);
export const count = (x: number | null | undefined) => (x === null || x === undefined ? 'not available' : x.toLocaleString('en-GB'));

/** A rate for a table cell: the reason when withheld, "not available" when it cannot be computed. */
export const rateCell = (row: { suppressed: boolean; suppressionReason?: SuppressionReason | null }, x: number | null) => (row.suppressed ? withheld(row.suppressionReason) : percent(x));
export const countCell = (row: { suppressed: boolean; suppressionReason?: SuppressionReason | null }, x: number | null) => (row.suppressed ? withheld(row.suppressionReason) : count(x));

/** A value for a chart: percentage points, or null (a gap) when withheld or not computable. */
export const chartValue = (row: { suppressed: boolean }, x: number | null) => (row.suppressed || x === null ? null : Math.round(x * 1000) / 10);

export const groupLabel = (g: { label: string }[], whole = 'England') => (g.length ? g.map((v) => v.label).join(' · ') : whole);
