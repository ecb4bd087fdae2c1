import { type AnalyticsScope, usesLevel } from './analytics-scope';
import { Dimension } from './dimension';
import { filterDimension } from './workforce-filter.input';

/**
 * Which rollup rows answer a request (migrations/Migration20261129092000_analytics_rollups.ts): variant 0 has no
 * staff-level split, 1 job role, 2 job-role group, 3 contract, 4 role × contract, 5 group × contract. Provider callers
 * read the fact views instead, because their scope is one provider and rollups are kept across providers.
 */
export function rollupVariant(dims: Dimension[], scope: AnalyticsScope): { staff: number; flow: number | null; composition: number | null } | null {
  if (scope.viewer.role === 'provider') return null;
  const needs = (d: Dimension) => dims.includes(d) || Object.entries(filterDimension).some(([f, fd]) => fd === d && (scope.filter[f as keyof typeof scope.filter]?.length ?? 0) > 0);
  const role = needs(Dimension.JOB_ROLE);
  const group = needs(Dimension.JOB_ROLE_GROUP);
  const contract = usesLevel(dims, scope.filter, 'contract');
  const staff = role ? (contract ? 4 : 1) : group ? (contract ? 5 : 2) : contract ? 3 : 0;
  const flow = contract ? null : role ? 1 : group ? 2 : 0;
  const composition = role || (group && contract) ? null : group ? 2 : contract ? 3 : 0;
  return { staff, flow, composition };
}
