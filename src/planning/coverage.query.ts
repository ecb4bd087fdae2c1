import type pg from 'pg';
import { type AnalyticsScope, groupColumns, SqlParams, groupOfRow } from '../analytics/analytics-scope';
import type { Dimension } from '../analytics/dimension';
import { locationsSql, returnedLocationsSql, workplacesSql } from './planning-scope';

export interface CoverageSums {
  keys: string[];
  labels: string[];
  directoryAsOf: string | null;
  locations: number;
  locationsWithReturn: number;
  coverageRate: number | null;
  workplacesWithReturn: number;
  workplacesNotInDirectory: number;
  staffRecords: number;
  staffCountMatchShare: number | null;
}

/**
 * Per group, in one statement:
 * locations = registered adult social care locations in the directory snapshot standing for the period's snapshot date;
 * locationsWithReturn = those whose CQC location ID is on a workplace of a CURRENT return for the period;
 * coverageRate = locationsWithReturn ÷ locations;
 * workplacesWithReturn = workplaces in CURRENT returns for the period (registered with CQC or not), grouped by their own return's answers;
 * workplacesNotInDirectory = those whose CQC location ID is blank or not a registered adult social care location;
 * staffCountMatchShare = workplaces whose staff records equal their declared total staff ÷ workplacesWithReturn.
 */
export async function queryCoverage(pool: pg.Pool, dims: Dimension[], scope: AnalyticsScope, commissionedOnly: boolean): Promise<CoverageSums[]> {
  const p = new SqlParams();
  const keys = dims.map((_, i) => `k${i}`);
  const gl = groupColumns(dims, 'l');
  const gw = groupColumns(dims, 'w');
  const on = keys.length ? keys.map((k) => `a.${k} = b.${k}`).join(' and ') : 'true';
  const pick = (c: string) => `coalesce(a.${c}, b.${c})`;
  const sql = `with loc as materialized (${locationsSql(scope, p, commissionedOnly)}),
    wp as materialized (${workplacesSql(scope, p, commissionedOnly)}),
    returned as materialized (${returnedLocationsSql(scope, p)}),
    a as (select ${gl.select} count(*)::int as locations,
            count(*) filter (where (l.period, l.location_id) in (select period, cqc_location_id from returned))::int as with_return,
            string_agg(distinct l.as_of::text, ', ') as as_of
          from loc l ${gl.groupBy}),
    b as (select ${gw.select} count(distinct w.workplace_id)::int as workplaces,
            count(distinct w.workplace_id) filter (where not exists (select 1 from cqc_directory_location d where d.snapshot_id = cqc_snapshot_for(w.snapshot_date) and d.location_id = w.cqc_location_id))::int as not_in_directory,
            coalesce(sum(w.staff_records), 0)::int as staff_records,
            (count(*) filter (where w.staff_count_matches))::float8 / nullif(count(*), 0) as match_share
          from wp w ${gw.groupBy})
    select ${keys.map((k, i) => `${pick(k)} as ${k}, ${pick(`l${i}`)} as l${i}, `).join('')}
      a.as_of, coalesce(a.locations, 0) as locations, coalesce(a.with_return, 0) as with_return,
      a.with_return::float8 / nullif(a.locations, 0) as coverage_rate,
      coalesce(b.workplaces, 0) as workplaces, coalesce(b.not_in_directory, 0) as not_in_directory, coalesce(b.staff_records, 0) as staff_records, b.match_share
    from a full join b on ${on}
    order by ${keys.length ? keys.map((k) => pick(k)).join(', ') : '1'}`;
  const { rows } = await pool.query(sql, p.values);
  return rows.map((r) => ({
    ...groupOfRow(r, keys),
    directoryAsOf: r.as_of,
    locations: r.locations,
    locationsWithReturn: r.with_return,
    coverageRate: r.coverage_rate,
    workplacesWithReturn: r.workplaces,
    workplacesNotInDirectory: r.not_in_directory,
    staffRecords: r.staff_records,
    staffCountMatchShare: r.match_share,
  }));
}
