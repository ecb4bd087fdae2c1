import { type AnalyticsScope, scopeConditions, type SqlParams } from '../analytics/analytics-scope';
import { Dimension, dimensionColumns } from '../analytics/dimension';
import { filterDimension, type WorkforceFilter } from '../analytics/workforce-filter.input';
import { BadInput } from '../errors';
import { parsePeriod } from '../returns/period';

/** The dimensions the care directory knows for a location (it has no sector, employer type or job roles). */
export const LOCATION_DIMENSIONS: Dimension[] = [Dimension.REGION, Dimension.LOCAL_AUTHORITY, Dimension.MAIN_SERVICE, Dimension.SERVICE_GROUP, Dimension.PERIOD];

export const isLocationLevel = (dims: Dimension[]): boolean => dims.every((d) => LOCATION_DIMENSIONS.includes(d));

/** Refuse a groupBy or filter a planning question cannot answer, naming what it can take. */
export function requireDimensions(question: string, dims: Dimension[], filter: WorkforceFilter, allowed: Dimension[]): void {
  const bad = dims.filter((d) => !allowed.includes(d));
  const badFilters = (Object.entries(filterDimension) as [keyof WorkforceFilter, Dimension][])
    .filter(([field, d]) => (filter[field]?.length ?? 0) > 0 && !allowed.includes(d)).map(([field]) => field);
  if (bad.length || badFilters.length) {
    throw new BadInput(`${question} can be grouped and filtered only by ${allowed.join(', ')}; got ${[...bad, ...badFilters].join(', ')}`,
      { groupBy: bad, filter: badFilters });
  }
}

/** `periods(period, snapshot_date)`: the request's periods with their snapshot dates (31 March), as a SQL row set. */
export function periodsSql(scope: AnalyticsScope, p: SqlParams): string {
  const periods = scope.periods.map(parsePeriod);
  return `select * from unnest(${p.add(periods.map((x) => x.code))}::text[], ${p.add(periods.map((x) => x.snapshotDate))}::date[]) as t(period, snapshot_date)`;
}

/**
 * `(location_id, cqc_provider_id, contract_ref)`: each contract by what it names — a CQC location; a CQC provider ID; or
 * a hub provider, standing for the locations its workplaces name and the CQC provider IDs they give.
 */
export const CONTRACT_LINKS = `select cs.location_id, null::text as cqc_provider_id, cs.contract_ref from commissioned_service cs where cs.location_id is not null
  union select w.cqc_location_id, null, cs.contract_ref from commissioned_service cs join provider pr on pr.key = cs.provider_key
        join workplace w on w.provider_id = pr.id where w.cqc_location_id is not null
  union select null, cs.provider_key, cs.contract_ref from commissioned_service cs where cs.provider_key is not null
  union select null, wp.cqc_provider_id, cs.contract_ref from commissioned_service cs join provider pr on pr.key = cs.provider_key
        join "return" r on r.provider_id = pr.id join workplace_period wp on wp.return_id = r.id where wp.cqc_provider_id is not null`;

/** A location is commissioned when a contract names it or its provider (uncorrelated: PostgreSQL hashes each list once). */
export function commissionedLocationSql(l: string): string {
  return `(${l}.location_id in (select location_id from (${CONTRACT_LINKS}) k where location_id is not null)
    or ${l}.cqc_provider_id in (select cqc_provider_id from (${CONTRACT_LINKS}) k where cqc_provider_id is not null))`;
}

/** A returned workplace is commissioned when its CQC location is on the list, or its provider is (hub key or CQC provider ID). */
export function commissionedWorkplaceSql(f: string): string {
  return `(${f}.cqc_location_id in (select location_id from (${CONTRACT_LINKS}) k where location_id is not null)
    or ${f}.provider_id in (select pr.id from provider pr join commissioned_service cs on cs.provider_key = pr.key)
    or ${f}.workplace_period_id in (select wp.id from workplace_period wp join commissioned_service cs on cs.provider_key = wp.cqc_provider_id))`;
}

/** A provider's own locations: those its workplaces name, or that belong to a CQC provider ID its workplaces give. */
function ownLocationsSql(l: string, providerParam: string): string {
  return `(${l}.location_id in (select w.cqc_location_id from workplace w where w.provider_id = ${providerParam} and w.cqc_location_id is not null)
    or ${l}.cqc_provider_id in (select wp.cqc_provider_id from workplace_period wp join "return" r on r.id = wp.return_id
                                where r.provider_id = ${providerParam} and wp.cqc_provider_id is not null))`;
}

/**
 * `loc`: the registered adult social care locations of each requested period (the directory snapshot standing for the
 * period's snapshot date), with the standard dimension columns, narrowed by the filter, the commissioned list and the viewer.
 */
export function locationsSql(scope: AnalyticsScope, p: SqlParams, commissionedOnly: boolean): string {
  const conditions = scopeConditions({ ...scope, viewer: { ...scope.viewer, role: 'admin' } }, p, ['workplace'], 'l');
  if (scope.viewer.role === 'provider') conditions.push(scope.viewer.providerId == null ? 'false' : ownLocationsSql('l', p.add(scope.viewer.providerId)));
  if (commissionedOnly) conditions.push(commissionedLocationSql('l'));
  return `select * from (select pr.period, pr.snapshot_date, f.* from (${periodsSql(scope, p)}) pr
      join planning_location_fact f on f.snapshot_id = cqc_snapshot_for(pr.snapshot_date)) l
    where ${conditions.join(' and ')}`;
}

/** `wp`: returned workplaces of the periods, as the viewer may see them, narrowed by the filter and the commissioned list. */
export function workplacesSql(scope: AnalyticsScope, p: SqlParams, commissionedOnly: boolean): string {
  const conditions = scopeConditions(scope, p, ['workplace'], 'f');
  if (commissionedOnly) conditions.push(commissionedWorkplaceSql('f'));
  return `select f.* from wf_workplace_fact f where ${conditions.join(' and ')}`;
}

/**
 * `(period, cqc_location_id)` of the workplaces in CURRENT returns for the periods, whatever their own answers (a
 * location has returned whichever area the return places it in); a provider only its own. Coverage counts every
 * return (that a location returned is not workforce data); the estimate only those whose figures the viewer may see
 * (`visibleOnly`), so that what it grosses up is what it reads.
 */
export function returnedLocationsSql(scope: AnalyticsScope, p: SqlParams, opts: { visibleOnly?: boolean } = {}): string {
  if (opts.visibleOnly) {
    return `select distinct f.period, f.cqc_location_id from wf_workplace_fact f
      where f.cqc_location_id is not null and ${scopeConditions({ ...scope, filter: {} }, p, ['workplace'], 'f').join(' and ')}`;
  }
  const own = scope.viewer.role !== 'provider' ? '' : scope.viewer.providerId == null ? 'and false' : `and r.provider_id = ${p.add(scope.viewer.providerId)}`;
  return `select distinct wp.period, wp.cqc_location_id from workplace_period wp join "return" r on r.id = wp.return_id and r.state = 'CURRENT'
    where wp.cqc_location_id is not null and wp.period = any(${p.add(scope.periods)}::text[]) ${own}`;
}

/** The code and label columns of the dimensions, for relations that carry the standard column names. */
export const dimensionCode = (d: Dimension) => dimensionColumns[d].code.replace('::text', '');
