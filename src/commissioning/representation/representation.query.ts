import type { Pool } from 'pg';
import { type AnalyticsScope, scopeConditions, SqlParams } from '../../analytics/analytics-scope';
import { characteristicSql } from '../../analytics/characteristic';
import { type RepresentedCharacteristic, representedSql } from './represented-characteristic';

export interface RepresentationCounts {
  category: string;
  code: string;
  /** staff records in the category (known answers only), and the workplaces they work at */
  workforce: number;
  workplaces: number;
  /** all staff records with a known answer in the area, and their workplaces */
  groupStaffRecords: number;
  groupWorkplaces: number;
  population: number | null;
  populationTotal: number | null;
  source: string | null;
}

/**
 * Representation of a characteristic in an area = per category, workforce share (staff records in the category ÷ staff
 * records with a known answer, at workplaces in the area) beside population share (residents in the category ÷ residents
 * counted, from ref_population_characteristic); "don't know" and unanswered are left out of both.
 */
export async function queryRepresentation(pool: Pool, scope: AnalyticsScope, characteristic: RepresentedCharacteristic, area: string): Promise<RepresentationCounts[]> {
  const params = new SqlParams();
  const c = characteristicSql[characteristic];
  const r = representedSql[characteristic];
  const conditions = [...scopeConditions(scope, params, ['workplace', 'role', 'contract'], 's'), `s.local_authority_code = ${params.add(area)}`, `(${r.known}) is true`];
  const areaCode = params.add(Number(area));
  const ch = params.add(characteristic);
  const sql = `
    with s as (select s.workplace_id, ${c.label} as category from wf_staff_fact s ${c.join} where ${conditions.join(' and ')}),
    w as (select category, count(*)::int as n, count(distinct workplace_id)::int as wps from s group by category),
    g as (select count(*)::int as n, count(distinct workplace_id)::int as wps from s),
    p as (select category, count::float8 as count, source from ref_population_characteristic where area_code = ${areaCode} and characteristic = ${ch}),
    k as (${r.categories})
    select k.category, k.code, coalesce(w.n, 0) as workforce, coalesce(w.wps, 0) as workplaces, g.n as "groupStaffRecords", g.wps as "groupWorkplaces",
      p.count as population, (select sum(count) from p) as "populationTotal", (select string_agg(distinct source, '; ') from p) as source
    from k cross join g left join w on w.category = k.category left join p on p.category = k.category
    order by k.sort`;
  return (await pool.query<RepresentationCounts>(sql, params.values)).rows;
}
