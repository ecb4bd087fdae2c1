import type { Viewer } from '../graphql/context';
import type { SqlParams } from '../analytics/analytics-scope';

/** Roles that may see figures for a named workplace (a provider only its own). */
export const WORKPLACE_LEVEL_ROLES: readonly Viewer['role'][] = ['admin', 'analyst', 'bi', 'provider'];

/** Roles that may ask the commissioning queries at all; what each sees is scoped in the SQL. */
export const COMMISSIONING_ROLES: Viewer['role'][] = ['admin', 'analyst', 'bi', 'provider'];

/**
 * Which workplaces a viewer may see listed by name, as SQL over a wf_workplace_fact alias: a provider its own (whatever
 * it chose to share); everyone else only workplaces whose return for the period allowed sharing with local authorities
 * (PERMLA = 1) and whose latest current return still does (a withdrawn permission hides earlier periods too).
 */
export function listableWorkplaces(viewer: Viewer, params: SqlParams, alias: string): string {
  if (!WORKPLACE_LEVEL_ROLES.includes(viewer.role)) return 'false';
  if (viewer.role === 'provider') return viewer.providerId == null ? 'false' : `${alias}.provider_id = ${params.add(viewer.providerId)}`;
  return `${alias}.share_with_la is true and (select lp.share_with_la from workplace_period lp join "return" lr on lr.id = lp.return_id and lr.state = 'CURRENT'
    where lp.workplace_id = ${alias}.workplace_id order by lp.period desc limit 1) is true`;
}
