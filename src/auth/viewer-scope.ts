import type { Viewer } from '../graphql/context';

/**
 * The viewer's scope as SQL conditions, spliced into the queries that read providers, workplaces, submissions and
 * person-level rows (knex `?` placeholders; put `params` where the condition goes). Scoping is part of the query:
 * rows outside it are never read, so nothing has to be filtered out afterwards.
 */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

const ALL: SqlCondition = { sql: 'true', params: [] };
const NONE: SqlCondition = { sql: 'false', params: [] };

/** A provider token sees its own provider only (none until its first return creates it). */
const ownProvider = (viewer: Viewer, providerIdColumn: string): SqlCondition =>
  viewer.providerId == null ? NONE : { sql: `${providerIdColumn} = ?`, params: [viewer.providerId] };

/** The workplace's latest period with a current return gave permission to share with local authorities (PERMLA = 1). */
const sharedWithLocalAuthorities = (workplaceIdColumn: string): string =>
  `(select lp.share_with_la from workplace_period lp join "return" lr on lr.id = lp.return_id and lr.state = 'CURRENT'
    where lp.workplace_id = ${workplaceIdColumn} order by lp.period desc limit 1) is true`;

/** Workplaces the viewer may see: admin all; a provider its own; analyst and bi those whose latest return shares with LAs. */
export function workplaceScope(viewer: Viewer, alias = 'w'): SqlCondition {
  switch (viewer.role) {
    case 'admin': return ALL;
    case 'provider': return ownProvider(viewer, `${alias}.provider_id`);
    default: return { sql: sharedWithLocalAuthorities(`${alias}.id`), params: [] };
  }
}

/** Workplace facts of one period (workplace_period rows): those of visible workplaces; for analyst and bi only periods that shared too. */
export function workplacePeriodScope(viewer: Viewer, alias = 'wp'): SqlCondition {
  switch (viewer.role) {
    case 'admin': return ALL;
    case 'provider': return viewer.providerId == null ? NONE
      : { sql: `${alias}.workplace_id in (select id from workplace where provider_id = ?)`, params: [viewer.providerId] };
    default: return { sql: `${alias}.share_with_la is true and ${sharedWithLocalAuthorities(`${alias}.workplace_id`)}`, params: [] };
  }
}

/** Providers the viewer may see: admin all; a provider itself; analyst and bi those with a workplace they may see. */
export function providerScope(viewer: Viewer, alias = 'p'): SqlCondition {
  switch (viewer.role) {
    case 'admin': return ALL;
    case 'provider': return ownProvider(viewer, `${alias}.id`);
    default: return { sql: `exists (select 1 from workplace sw where sw.provider_id = ${alias}.id and ${sharedWithLocalAuthorities('sw.id')})`, params: [] };
  }
}

/** Person-level rows (staff records, training, qualifications) by their workplace: admin all; a provider its own; analyst and bi none. */
export function personScope(viewer: Viewer, workplaceIdColumn: string): SqlCondition {
  switch (viewer.role) {
    case 'admin': return ALL;
    case 'provider': return viewer.providerId == null ? NONE
      : { sql: `${workplaceIdColumn} in (select id from workplace where provider_id = ?)`, params: [viewer.providerId] };
    default: return NONE;
  }
}

/** Submissions (returns) by their provider id: admin all; a provider its own; analyst and bi none. */
export function returnScope(viewer: Viewer, providerIdColumn: string): SqlCondition {
  switch (viewer.role) {
    case 'admin': return ALL;
    case 'provider': return ownProvider(viewer, providerIdColumn);
    default: return NONE;
  }
}

/** Validation reports by the provider key named on the upload (a rejected first upload has no provider row). */
export function reportScope(viewer: Viewer, providerKeyColumn: string): SqlCondition {
  switch (viewer.role) {
    case 'admin': return ALL;
    case 'provider': return viewer.providerKey ? { sql: `${providerKeyColumn} = ?`, params: [viewer.providerKey] } : NONE;
    default: return NONE;
  }
}

/** The same condition with PostgreSQL positional parameters ($n from `first`), for queries on the pg pool. */
export function positional(c: SqlCondition, first: number): { sql: string; params: unknown[] } {
  let n = first;
  return { sql: c.sql.replace(/\?/g, () => `$${n++}`), params: c.params };
}
