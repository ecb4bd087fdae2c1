import DataLoader from 'dataloader';
import type { Pool } from 'pg';
import type { GraphQLContext } from '../../graphql/context';
import { WDF_STAFF_RULES } from './wdf-rules';

export interface WdfStaffCheck {
  uniqueWorkerRef: string;
  eligible: boolean;
  missingFields: string[];
}

/** Each staff record's missing WDF fields, for many workplace periods in one statement. */
async function loadChecks(pool: Pool, workplacePeriodIds: readonly number[]): Promise<WdfStaffCheck[][]> {
  const missing = WDF_STAFF_RULES.map((r) => `case when ${r.missing} then '${r.field}' end`).join(', ');
  const { rows } = await pool.query<{ workplace_period_id: number; unique_worker_ref: string; missing: string[] }>(
    `select s.workplace_period_id, s.unique_worker_ref, array_remove(array[${missing}], null) as missing
     from staff_record s where s.workplace_period_id = any($1::int[]) order by s.unique_worker_ref`, [[...workplacePeriodIds]]);
  const by = new Map<number, WdfStaffCheck[]>();
  for (const r of rows) {
    const list = by.get(r.workplace_period_id) ?? [];
    list.push({ uniqueWorkerRef: r.unique_worker_ref, eligible: r.missing.length === 0, missingFields: r.missing });
    by.set(r.workplace_period_id, list);
  }
  return workplacePeriodIds.map((id) => by.get(id) ?? []);
}

const perRequest = new WeakMap<GraphQLContext, DataLoader<number, WdfStaffCheck[]>>();

/** The request's loader (one per GraphQL request, so no N+1 and nothing shared between requests). */
export function wdfStaffChecksLoader(ctx: GraphQLContext): DataLoader<number, WdfStaffCheck[]> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    loader = new DataLoader((ids: readonly number[]) => loadChecks(ctx.db.pool, ids));
    perRequest.set(ctx, loader);
  }
  return loader;
}
