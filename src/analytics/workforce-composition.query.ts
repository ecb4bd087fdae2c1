import type pg from 'pg';
import { type AnalyticsScope, groupColumns, scopeConditions, SqlParams, where } from './analytics-scope';
import { type Characteristic, characteristicSql } from './characteristic';
import type { Dimension } from './dimension';

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

/** Staff records per group × category (grouping sets give the group totals in the same pass); share = count ÷ group total. */
export async function queryWorkforceComposition(pool: pg.Pool, dims: Dimension[], characteristic: Characteristic, scope: AnalyticsScope): Promise<CompositionCounts[]> {
  const p = new SqlParams();
  const cat = characteristicSql[characteristic];
  const g = groupColumns(dims, 's');
  const dimCols = g.groupBy.replace(/^group by /, '');
  const sets = `grouping sets ((${[dimCols, cat.code, cat.label].filter(Boolean).join(', ')}), (${dimCols}))`;
  const keys = dims.map((_, i) => `k${i}`);
  const sql = `with cells as (
      select ${g.select} ${cat.code} as category_code, ${cat.label} as category_label, grouping(${cat.code}) = 1 as is_total,
             count(*)::int as n, count(distinct s.workplace_id)::int as workplaces
      from wf_staff_fact s ${cat.join} ${where(scopeConditions(scope, p, ['workplace', 'role', 'contract'], 's'))}
      group by ${sets})
    select c.*, t.n as group_n, t.workplaces as group_workplaces
    from cells c join cells t on t.is_total ${keys.map((k) => `and t.${k} = c.${k}`).join(' ')}
    where not c.is_total
    order by ${[...keys, 'c.category_code'].map((k) => (k.startsWith('c.') ? k : `c.${k}`)).join(', ')}`;
  const { rows } = await pool.query(sql, p.values);
  return rows.map((r) => ({
    keys: keys.map((k) => String(r[k])),
    labels: keys.map((_, i) => String(r[`l${i}`])),
    categoryCode: r.category_code,
    categoryLabel: r.category_label,
    count: r.n,
    workplaces: r.workplaces,
    groupStaffRecords: r.group_n,
    groupWorkplaces: r.group_workplaces,
  }));
}
