import type { Viewer } from '../graphql/context';
import type { SqlParams } from '../analytics/analytics-scope';

/** Roles that may see figures for a named workplace (a provider only its own). */
export const WORKPLACE_LEVEL_ROLES: readonly Viewer['role'][] = ['admin', 'analyst', 'bi', 'provider'];

/**
 * Which workplaces a viewer may see listed by name, as SQL over a wf_workplace_fact alias: a provider its own (whatever
 * it chose to share); everyone else only workplaces whose return allowed sharing with local authorities (PERMLA = 1).
 */
export function listableWorkplaces(viewer: Viewer, params: SqlParams, alias: string): string {
  if (!WORKPLACE_LEVEL_ROLES.includes(viewer.role)) return 'false';
  if (viewer.role === 'provider') return viewer.providerId == null ? 'false' : `${alias}.provider_id = ${params.add(viewer.providerId)}`;
  return `${alias}.share_with_la is true`;
}
