import { BadInput } from '../errors';
import type { Viewer } from '../graphql/context';
import { parsePeriod } from '../returns/period';
import { Dimension, dimensionColumns, type DimensionLevel } from './dimension';
import { filterDimension, type WorkforceFilter } from './workforce-filter.input';

/** Positional parameters of one SQL statement ($1, $2, …). */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** What one analytics request covers: which periods, which slice, who asks. */
export interface AnalyticsScope {
  periods: string[];
  filter: WorkforceFilter;
  viewer: Viewer;
}

/** The request's periods: `filter.periods` when given (a trend), otherwise the `period` argument; each checked. */
export function analyticsScope(period: string, filter: WorkforceFilter | undefined | null, viewer: Viewer): AnalyticsScope {
  const f = filter ?? {};
  const periods = f.periods?.length ? f.periods : [period];
  for (const p of periods) parsePeriod(p);
  return { periods: [...new Set(periods)], filter: f, viewer };
}

/** Provider callers see only their own provider's figures, unsuppressed; analysts and BI tools see everyone's, suppressed. */
export function suppressesFor(viewer: Viewer): boolean {
  return viewer.role === 'analyst' || viewer.role === 'bi';
}

export function uniqueDimensions(groupBy: Dimension[] | undefined | null): Dimension[] {
  const dims = [...new Set(groupBy ?? [])];
  if (dims.length > 4) throw new BadInput('groupBy takes at most 4 dimensions', { groupBy: dims });
  return dims;
}

/** Does the request split or narrow by the staff record's role or contract (facts the workplace does not have)? */
export function usesLevel(dims: Dimension[], filter: WorkforceFilter, level: DimensionLevel): boolean {
  if (dims.some((d) => dimensionColumns[d].level === level)) return true;
  return Object.entries(filterDimension).some(([field, d]) => dimensionColumns[d].level === level && (filter[field as keyof WorkforceFilter]?.length ?? 0) > 0);
}

/**
 * WHERE conditions over a fact relation that carries the standard column names (wf_workplace_fact, wf_staff_fact, or a
 * derived row set): the periods, the viewer's provider scope (in the SQL, never filtered afterwards) and the filter for
 * the dimension levels given.
 */
export function scopeConditions(scope: AnalyticsScope, params: SqlParams, levels: DimensionLevel[], alias = ''): string[] {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const out: string[] = [];
  if (levels.includes('workplace')) {
    out.push(`${col('period')} = any(${params.add(scope.periods)}::text[])`);
    if (scope.viewer.role === 'provider') out.push(scope.viewer.providerId == null ? 'false' : `${col('provider_id')} = ${params.add(scope.viewer.providerId)}`);
  }
  for (const [field, dim] of Object.entries(filterDimension)) {
    const codes = scope.filter[field as keyof WorkforceFilter];
    const { code, level } = dimensionColumns[dim];
    if (!codes?.length || !levels.includes(level)) continue;
    out.push(`${col(code.replace('::text', ''))}::text = any(${params.add(codes.map(String))}::text[])`);
  }
  return out;
}

export const where = (conditions: string[]) => (conditions.length ? `where ${conditions.join(' and ')}` : '');

/** `select` list and `group by` list for the dimensions, as k0/l0, k1/l1 … (code and label of each). */
export function groupColumns(dims: Dimension[], alias = ''): { select: string; groupBy: string; keys: string[] } {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const select = dims.map((d, i) => `${col(dimensionColumns[d].code)} as k${i}, ${col(dimensionColumns[d].label)} as l${i}`);
  const groupBy = dims.flatMap((d) => [col(dimensionColumns[d].code), col(dimensionColumns[d].label)]);
  return { select: select.map((s) => `${s}, `).join(''), groupBy: groupBy.length ? `group by ${groupBy.join(', ')}` : '', keys: dims.map((_, i) => `k${i}`) };
}

/** The group of one result row: the k0…/l0… columns that groupColumns selected, as codes and labels. */
export function groupOfRow(row: Record<string, unknown>, keys: string[]): { keys: string[]; labels: string[] } {
  return { keys: keys.map((k) => String(row[k])), labels: keys.map((_, i) => String(row[`l${i}`])) };
}
