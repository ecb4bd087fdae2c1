import type pg from 'pg';
import type { PopulationSeries } from './population-interpolation';

/** The projection series of one age band for the given local authorities (CSSR codes as text), keyed by code. */
export async function queryPopulationSeries(pool: pg.Pool, areaCodes: string[], ageBand: string): Promise<Map<string, PopulationSeries>> {
  const { rows } = await pool.query<{ code: string; label: string; year: number; count: string }>(
    `select p.area_code::text as code, la.label, p.year, p.count from ref_population_projection p join ref_local_authority la on la.code = p.area_code
     where p.area_code::text = any($1::text[]) and p.age_band = $2 order by p.area_code, p.year`, [areaCodes, ageBand.replace(/\s+/g, '')]);
  const out = new Map<string, PopulationSeries>();
  for (const r of rows) {
    const s = out.get(r.code) ?? { areaCode: r.code, areaLabel: r.label, ageBand, points: [] };
    s.points.push({ year: r.year, count: Number(r.count) });
    out.set(r.code, s);
  }
  return out;
}
