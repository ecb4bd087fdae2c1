import type pg from 'pg';
import { type AnalyticsScope, SqlParams } from '../analytics/analytics-scope';
import type { CoverageGap } from './coverage-gap.type';
import { commissionedLocationSql, contractMatchSql, locationsSql, returnedLocationsSql } from './planning-scope';

export interface GapPage {
  rows: CoverageGap[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * Gaps = locations registered in the snapshot standing for the period (narrowed like coverage) whose CQC location ID is
 * on no workplace of a current return for the period; ordered by location ID, `after` the given ID, `first` of them.
 */
export async function queryCoverageGaps(pool: pg.Pool, scope: AnalyticsScope, commissionedOnly: boolean, page: { first: number; after: string | null }): Promise<GapPage> {
  const p = new SqlParams();
  const sql = `with loc as materialized (${locationsSql(scope, p, commissionedOnly)}),
    returned as materialized (${returnedLocationsSql(scope, p)}),
    gaps as (select l.* from loc l where not exists (select 1 from returned r where r.period = l.period and r.cqc_location_id = l.location_id))
    select c.total, g.* from (select count(*)::int as total from gaps) c
    left join lateral (
      select g.location_id, g.name, g.postcode, g.local_authority_code, g.local_authority_label, g.region_label, g.provider_name, g.cqc_provider_id,
        g.service_types, g.service_group_label, g.as_of::text as as_of,
        (select max(f.period) from wf_workplace_fact f where f.cqc_location_id = g.location_id and f.period < g.period) as last_period,
        ${commissionedLocationSql('g')} as commissioned,
        coalesce((select array_agg(distinct cs.contract_ref order by cs.contract_ref) from commissioned_service cs where ${contractMatchSql('g')}), '{}') as contracts
      from gaps g where g.location_id > ${p.add(page.after ?? '')}
      order by g.location_id limit ${p.add(page.first + 1)}) g on true
    order by g.location_id`;
  const { rows: all } = await pool.query(sql, p.values);
  const totalCount: number = all[0]?.total ?? 0;
  const rows = all.filter((r) => r.location_id !== null);
  return {
    rows: rows.slice(0, page.first).map((r) => ({
      locationId: r.location_id, name: r.name, postcode: r.postcode, localAuthorityCode: r.local_authority_code, localAuthorityLabel: r.local_authority_label,
      regionLabel: r.region_label, providerName: r.provider_name, cqcProviderId: r.cqc_provider_id, serviceTypes: r.service_types,
      serviceGroupLabel: r.service_group_label, lastReturnedPeriod: r.last_period, commissioned: r.commissioned, contractRefs: r.contracts, directoryAsOf: r.as_of,
    })),
    totalCount,
    hasNextPage: rows.length > page.first,
  };
}
