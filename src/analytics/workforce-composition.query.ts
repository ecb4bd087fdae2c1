import type pg from 'pg';
import { type AnalyticsScope, groupColumns, scopeConditions, SqlParams, where, groupOfRow } from './analytics-scope';
import { type Characteristic, characteristicSql } from './characteristic';
import type { Dimension } from './dimension';
import { rollupVariant } from './rollup-variant';

export interface CompositionCounts {
  keys: string[];
  labels: string[];
  categoryCode: string;
  categoryLabel: string;
  count: number;
  workplaces: number;
  groupStaffRecords: number;
  groupWorkplaces: number;
}

/** The same counts summed from rollup_composition (cells) and rollup_staff (group totals) rows of one variant. */
function rollupCompositionSql(dims: Dimension[], characteristic: Characteristic, scope: AnalyticsScope, p: SqlParams, variant: number): string {
  const g = groupColumns(dims);
  const keys = dims.map((_, i) => `k${i}`);
  return `with cells as materialized (
      select ${g.select} category_code, category_label, sum(count)::int as n, sum(workplaces)::int as workplaces
      from rollup_composition ${where([`variant = ${variant}`, `characteristic = ${p.add(characteristic)}`, ...scopeConditions(scope, p, ['workplace', 'role', 'contract'])])}
      ${g.groupBy ? `${g.groupBy}, category_code, category_label` : 'group by category_code, category_label'}),
    totals as materialized (
      select ${g.select} sum(staff_records)::int as group_n, sum(workplaces)::int as group_workplaces
      from rollup_staff ${where(['variant = 0', ...scopeConditions(scope, p, ['workplace', 'role', 'contract'])])} ${g.groupBy})
    select c.*, t.group_n, t.group_workplaces from cells c join totals t on true ${keys.map((k) => `and t.${k} = c.${k}`).join(' ')}
    order by ${[...keys.map((k) => `c.${k}`), 'c.category_code'].join(', ')}`;
}

/** Staff records per group × category (grouping sets give the group totals in the same pass); share = count ÷ group total. */
export async function queryWorkforceComposition(pool: pg.Pool, dims: Dimension[], characteristic: Characteristic, scope: AnalyticsScope, factsOnly = false): Promise<CompositionCounts[]> {
  const p = new SqlParams();
  const variant = factsOnly ? null : rollupVariant(dims, scope)?.composition ?? null;
  const cat = characteristicSql[characteristic];
  const g = groupColumns(dims, 's');
  const dimCols = g.groupBy.replace(/^group by /, '');
  const sets = `grouping sets ((${[dimCols, 's.category_code', 's.category_label'].filter(Boolean).join(', ')}), (${dimCols}))`;
  const keys = dims.map((_, i) => `k${i}`);
  const sql = variant !== null ? rollupCompositionSql(dims, characteristic, scope, p, variant) : `with cells as (
      select ${g.select} s.category_code, s.category_label, grouping(s.category_code) = 1 as is_total,
             count(*)::int as n, count(distinct s.workplace_id)::int as workplaces
      -- categories first, so a characteristic that is also a grouping (JOB_ROLE_GROUP, CONTRACT) stays a separate column
      from (select s.*, ${cat.code} as category_code, ${cat.label} as category_label
            from wf_staff_fact s ${cat.join} ${where(scopeConditions(scope, p, ['workplace', 'role', 'contract'], 's'))}) s
      group by ${sets})
    select c.*, t.n as group_n, t.workplaces as group_workplaces
    from cells c join cells t on t.is_total ${keys.map((k) => `and t.${k} = c.${k}`).join(' ')}
    where not c.is_total
    order by ${[...keys, 'c.category_code'].map((k) => (k.startsWith('c.') ? k : `c.${k}`)).join(', ')}`;
  const { rows } = await pool.query(sql, p.values);
  return rows.map((r) => ({
    ...groupOfRow(r, keys),
    categoryCode: r.category_code,
    categoryLabel: r.category_label,
    count: r.n,
    workplaces: r.workplaces,
    groupStaffRecords: r.group_n,
    groupWorkplaces: r.group_workplaces,
  }));
}
