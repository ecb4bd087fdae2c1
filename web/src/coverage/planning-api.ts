import { graphql } from '../api';
import type { GroupValue, SuppressionReason, WorkforceFilter } from '../dashboard/analytics-api';

/** The planning queries (src/planning, docs/planning.md); rates are fractions 0..1. */
export interface CoverageRow {
  group: GroupValue[]; directoryAsOf: string | null; locations: number; locationsWithReturn: number; coverageRate: number | null;
  workplacesWithReturn: number; workplacesNotInDirectory: number; staffRecords: number | null; suppressed: boolean; suppressionReason: SuppressionReason | null;
}

export interface CoverageGap {
  locationId: string; name: string; postcode: string | null; localAuthorityLabel: string; providerName: string | null;
  serviceTypes: string[]; lastReturnedPeriod: string | null; commissioned: boolean;
}

export interface GapPage { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: CoverageGap }[] }

export interface ProjectionRow {
  group: GroupValue[]; year: number; basePosts: number | null; projectedPosts: number | null; additionalPosts: number | null;
  annualRecruitmentNeed: number | null; retirementRisk: number | null; suppressed: boolean; suppressionReason: SuppressionReason | null;
}

export interface PlanningArgs { period: string; filter: WorkforceFilter; commissionedOnly: boolean }

const GROUP = 'group { dimension code label }';

export const returnCoverage = async (a: PlanningArgs) => (await graphql<{ returnCoverage: CoverageRow[] }>(
  `query Coverage($period: String!, $filter: WorkforceFilter, $commissionedOnly: Boolean!) {
    returnCoverage(period: $period, groupBy: [LOCAL_AUTHORITY], filter: $filter, commissionedOnly: $commissionedOnly) {
    ${GROUP} directoryAsOf locations locationsWithReturn coverageRate workplacesWithReturn workplacesNotInDirectory staffRecords suppressed suppressionReason } }`,
  { ...a })).returnCoverage;

export const coverageGaps = async (a: PlanningArgs, after: string | null, first = 50) => (await graphql<{ coverageGaps: GapPage }>(
  `query Gaps($period: String!, $filter: WorkforceFilter, $commissionedOnly: Boolean!, $first: Int, $after: String) {
    coverageGaps(period: $period, filter: $filter, commissionedOnly: $commissionedOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { locationId name postcode localAuthorityLabel providerName serviceTypes lastReturnedPeriod commissioned } } } }`,
  { ...a, first, after })).coverageGaps;

export const workforceProjection = async (a: PlanningArgs, years: number[]) => (await graphql<{ workforceProjection: ProjectionRow[] }>(
  `query Projection($period: String!, $filter: WorkforceFilter, $years: [Int!]!) {
    workforceProjection(period: $period, years: $years, filter: $filter) {
    ${GROUP} year basePosts projectedPosts additionalPosts annualRecruitmentNeed retirementRisk suppressed suppressionReason } }`,
  { period: a.period, filter: a.filter, years })).workforceProjection;

/** The CSV export with the same arguments (src/planning/planning-export.http.ts). */
export function planningExportUrl(what: 'return-coverage' | 'coverage-gaps' | 'workforce-projection', a: PlanningArgs, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ period: a.period });
  for (const [k, v] of Object.entries(a.filter)) if (Array.isArray(v) && v.length) q.set(k, v.join(','));
  if (a.commissionedOnly && what !== 'workforce-projection') q.set('commissionedOnly', 'true');
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return `/api/export/${what}.csv?${q}`;
}

/** The years a projection shows: the period's snapshot year, then every five years for fifteen years. */
export function projectionYears(period: string): number[] {
  const base = Number(period.slice(0, 4)) + 1;
  return [base, base + 5, base + 10, base + 15];
}
