import { analyticsScope, suppressesFor, uniqueDimensions } from '../analytics/analytics-scope';
import { Dimension } from '../analytics/dimension';
import { applyDisclosure, type SuppressionReason } from '../analytics/disclosure';
import type { GroupValue } from '../analytics/group.type';
import type { AnalyticsDeps, AnalyticsRequest } from '../analytics/workforce-analytics';
import { BadInput, Forbidden } from '../errors';
import { pageSize, type Page } from '../graphql/connection';
import type { CoverageGap } from './coverage-gap.type';
import { queryCoverageGaps } from './coverage-gaps.query';
import type { CoverageRow } from './coverage-row.type';
import { queryCoverage } from './coverage.query';
import { LOCATION_DIMENSIONS, requireDimensions } from './planning-scope';
import type { WorkforceEstimateRow } from './workforce-estimate-row.type';
import { queryWorkforceEstimate } from './workforce-estimate.query';

export interface PlanningRequest extends AnalyticsRequest {
  commissionedOnly?: boolean | null;
}

export const groupOf = (dims: Dimension[], keys: string[], labels: string[]): GroupValue[] =>
  dims.map((dimension, i) => ({ dimension, code: keys[i], label: labels[i] }));

/** Dimensions the estimate can split by: where, what service, who employs, which role (vacancies are not declared by contract). */
export const ESTIMATE_DIMENSIONS = Object.values(Dimension).filter((d) => d !== Dimension.CONTRACT);

/** Registered locations with and without a return, and what the returns hold, per group. */
export async function returnCoverage({ db, config, viewer }: AnalyticsDeps, req: PlanningRequest): Promise<CoverageRow[]> {
  const dims = uniqueDimensions(req.groupBy);
  const scope = analyticsScope(req.period, req.filter, viewer);
  requireDimensions('returnCoverage', dims, scope.filter, LOCATION_DIMENSIONS);
  const sums = await queryCoverage(db.pool, dims, scope, req.commissionedOnly ?? false);
  const cells = sums.map((s) => ({ ...s, key: s.keys, workplaces: s.workplacesWithReturn, suppressed: false, suppressionReason: null as SuppressionReason | null }));
  if (suppressesFor(viewer)) applyDisclosure(cells, config.disclosure);
  return cells.map((c) => ({
    group: groupOf(dims, c.keys, c.labels), directoryAsOf: c.directoryAsOf,
    // directory facts are public: never withheld
    locations: c.locations, locationsWithReturn: c.locationsWithReturn, coverageRate: c.coverageRate,
    workplacesWithReturn: c.workplacesWithReturn, workplacesNotInDirectory: c.workplacesNotInDirectory,
    staffRecords: c.suppressed ? null : c.staffRecords, staffCountMatchShare: c.suppressed ? null : c.staffCountMatchShare,
    suppressed: c.suppressed ?? false, suppressionReason: c.suppressionReason ?? null,
  }));
}

const GAP_CURSOR = /^loc:(.+)$/;
const gapCursor = (locationId: string) => Buffer.from(`loc:${locationId}`).toString('base64url');

/** Registered locations with no return for the period: analysts and admins see all, a provider its own, BI tools none. */
export async function coverageGaps({ db, config, viewer }: AnalyticsDeps, req: PlanningRequest & { first?: number | null; after?: string | null; all?: boolean }): Promise<Page<CoverageGap>> {
  if (viewer.role === 'bi') throw new Forbidden('The list of locations without a return is for analysts, admins and (their own) providers, not BI tools', { role: viewer.role });
  const scope = analyticsScope(req.period, req.filter, viewer);
  if (scope.periods.length !== 1) throw new BadInput('coverageGaps answers for one period; leave filter.periods out', { periods: scope.periods });
  requireDimensions('coverageGaps', [], scope.filter, LOCATION_DIMENSIONS);
  // the CSV door takes every gap at once; GraphQL pages within the configured limit
  const first = req.all ? 1_000_000 : pageSize(req.first, config.limits.maxPageSize);
  let after: string | null = null;
  if (req.after) {
    const m = GAP_CURSOR.exec(Buffer.from(req.after, 'base64url').toString());
    if (!m) throw new BadInput(`"${req.after}" is not a cursor this API issued`, { argument: 'after' });
    after = m[1];
  }
  const page = await queryCoverageGaps(db.pool, scope, req.commissionedOnly ?? false, { first, after });
  const edges = page.rows.map((node) => ({ cursor: gapCursor(node.locationId), node }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: page.totalCount };
}

/** Filled posts, vacancies and posts in returned workplaces, grossed up to every registered location, per group. */
export async function workforceEstimate({ db, config, viewer }: AnalyticsDeps, req: AnalyticsRequest): Promise<WorkforceEstimateRow[]> {
  const dims = uniqueDimensions(req.groupBy);
  const scope = analyticsScope(req.period, req.filter, viewer);
  requireDimensions('workforceEstimate', dims, scope.filter, ESTIMATE_DIMENSIONS);
  const sums = await queryWorkforceEstimate(db.pool, dims, scope);
  const cells = sums.map((s) => ({ ...s, key: s.keys, staffRecords: s.filledPosts, workplaces: s.workplacesWithReturn, suppressed: false, suppressionReason: null as SuppressionReason | null }));
  if (suppressesFor(viewer)) applyDisclosure(cells, config.disclosure);
  return cells.map((c) => {
    const posts = c.filledPosts + c.vacancies;
    const estimatedPosts = c.estimatedFilledPosts + c.estimatedVacancies;
    const coverageRate = c.locations ? (c.locationsWithReturn ?? 0) / c.locations : null;
    const withheld = c.suppressed ?? false;
    const figure = <T>(v: T): T | null => (withheld ? null : v);
    return {
      group: groupOf(dims, c.keys, c.labels),
      locations: c.locations, locationsWithReturn: c.locationsWithReturn, coverageRate, locationsNotEstimated: c.locationsNotEstimated,
      workplacesWithReturn: figure(c.workplacesWithReturn), filledPosts: figure(c.filledPosts), vacancies: figure(c.vacancies), posts: figure(posts),
      estimatedFilledPosts: figure(c.estimatedFilledPosts), estimatedVacancies: figure(c.estimatedVacancies), estimatedPosts: figure(estimatedPosts),
      grossingFactor: figure(posts > 0 ? estimatedPosts / posts : null),
      suppressed: withheld, suppressionReason: c.suppressionReason ?? null,
    };
  });
}
