import type pg from 'pg';
import { type AnalyticsScope, SqlParams } from '../analytics/analytics-scope';
import type { CoverageGap } from './coverage-gap.type';
import { CONTRACT_LINKS, locationsSql, returnedLocationsSql } from './planning-scope';

export interface GapPage {
  rows: CoverageGap[];
  totalCount: number;
  hasNextPage: boolean;
}

/**
 * Gaps = locations registered in the snapshot standing for the period (narrowed like coverage) whose CQC location ID is
 * on no workplace of a current return for the period; ordered by location ID, `after` the given ID, `first` of them.
 * lastReturnedPeriod = the latest earlier period with a current return naming the location; contracts = the council's
 * contracts matching the location (by ID or provider), set-based for the whole page.
 */
export async function queryCoverageGaps(pool: pg.Pool, scope: AnalyticsScope, commissionedOnly: boolean, page: { first: number; after: string | null }): Promise<GapPage> {
  const p = new SqlParams();
  const sql = `with loc as materialized (${locationsSql(scope, p, commissionedOnly)}),
    returned as materialized (${returnedLocationsSql(scope, p)}),
    gaps as materialized (select l.* from loc l where not exists (select 1 from returned r where r.period = l.period and r.cqc_location_id = l.location_id)),
    total as (select count(*)::int as total from gaps),
    page as materialized (select * from gaps where location_id > ${p.add(page.after ?? '')} order by location_id limit ${p.add(page.first + 1)}),
    last_period as (select f.cqc_location_id, max(f.period) as period from wf_workplace_fact f join page g on g.location_id = f.cqc_location_id and f.period < g.period group by 1),
    links as materialized (${CONTRACT_LINKS}),
    contracts as (select location_id, array_agg(distinct contract_ref order by contract_ref) as refs from (
        select g.location_id, k.contract_ref from page g join links k on k.location_id = g.location_id
        union all select g.location_id, k.contract_ref from page g join links k on k.cqc_provider_id = g.cqc_provider_id) m group by 1)
    select t.total, g.location_id, g.name, g.postcode, g.local_authority_code, g.local_authority_label, g.region_label, g.provider_name, g.cqc_provider_id,
      g.service_types, g.service_group_label, g.as_of::text as as_of, lp.period as last_period, c.refs is not null as commissioned, coalesce(c.refs, '{}') as contracts
    from total t left join (page g left join last_period lp on lp.cqc_location_id = g.location_id left join contracts c on c.location_id = g.location_id) on true
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
