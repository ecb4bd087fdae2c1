import { type AnalyticsScope, usesLevel } from './analytics-scope';
import { Dimension } from './dimension';
import { filterDimension } from './workforce-filter.input';

/**
 * Which rollup rows answer a request (migrations/Migration20261129092000_analytics_rollups.ts): variant 0 has no
 * staff-level split, 1 job role, 2 job-role group, 3 contract; null means the fact views answer (provider callers,
 * whose scope is one provider, and splits the rollups do not keep).
 */
export function rollupVariant(dims: Dimension[], scope: AnalyticsScope): { staff: number; flow: number | null; composition: number | null } | null {
  if (scope.viewer.role === 'provider') return null;
  const needs = (d: Dimension) => dims.includes(d) || Object.entries(filterDimension).some(([f, fd]) => fd === d && (scope.filter[f as keyof typeof scope.filter]?.length ?? 0) > 0);
  if (NOT_IN_ROLLUPS.some(needs)) return null;
  const role = needs(Dimension.JOB_ROLE);
  const group = needs(Dimension.JOB_ROLE_GROUP);
  const contract = usesLevel(dims, scope.filter, 'contract');
  if (contract && (role || group)) return null;
  const staff = role ? 1 : group ? 2 : contract ? 3 : 0;
  const flow = contract ? null : role ? 1 : group ? 2 : 0;
  const composition = role || group || contract ? null : 0;
  return { staff, flow, composition };
}

/** Workplace-level dimensions the rollup key leaves out (it keeps local authority, region, service group and sector). */
const NOT_IN_ROLLUPS = [Dimension.MAIN_SERVICE, Dimension.EMPLOYER_TYPE];
