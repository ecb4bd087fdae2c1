import { graphql } from '../api';

/** The analytics queries (src/analytics); rates are fractions 0..1, null when withheld or not computable. */
export type Dimension = 'REGION' | 'LOCAL_AUTHORITY' | 'PERIOD';
export type Characteristic = 'GENDER' | 'ETHNIC_GROUP' | 'AGE_BAND' | 'NATIONALITY_GROUP';
export type SuppressionReason = 'FEW_STAFF_RECORDS' | 'FEW_WORKPLACES' | 'SECONDARY';

export interface WorkforceFilter { periods?: string[]; regions?: string[]; localAuthorities?: string[] }
export interface GroupValue { dimension: string; code: string; label: string }

export interface MetricRow {
  group: GroupValue[];
  workplaces: number | null; staffRecords: number | null; directlyEmployed: number | null;
  leavers: number | null; starters: number | null; vacancies: number | null;
  turnoverRate: number | null; starterRate: number | null; vacancyRate: number | null;
  careCertificateCompletedRate: number | null;
  suppressed: boolean; suppressionReason: SuppressionReason | null;
}

export interface CompositionRow {
  group: GroupValue[]; category: { code: string; label: string };
  count: number | null; share: number | null; suppressed: boolean; suppressionReason: SuppressionReason | null;
}

export interface TrainingRow {
  group: GroupValue[]; staffRecords: number | null; inDate: number | null; expired: number | null; expiringSoon: number | null;
  inDateShare: number | null; qualifiedLevel2Share: number | null;
  careCertificate: { category: { code: string; label: string }; count: number | null; share: number | null; suppressed: boolean }[];
  suppressed: boolean; suppressionReason: SuppressionReason | null;
}

export interface AnalyticsArgs { period: string; groupBy: Dimension[]; filter: WorkforceFilter }

const GROUP = 'group { dimension code label }';

export const workforceMetrics = async (a: AnalyticsArgs) => (await graphql<{ workforceMetrics: MetricRow[] }>(
  `query Metrics($period: String!, $groupBy: [Dimension!]!, $filter: WorkforceFilter) { workforceMetrics(period: $period, groupBy: $groupBy, filter: $filter) {
    ${GROUP} workplaces staffRecords directlyEmployed leavers starters vacancies turnoverRate starterRate vacancyRate careCertificateCompletedRate suppressed suppressionReason } }`,
  { ...a })).workforceMetrics;

export const workforceComposition = async (a: AnalyticsArgs, characteristic: Characteristic) => (await graphql<{ workforceComposition: CompositionRow[] }>(
  `query Composition($period: String!, $groupBy: [Dimension!]!, $filter: WorkforceFilter, $characteristic: Characteristic!) {
    workforceComposition(period: $period, groupBy: $groupBy, filter: $filter, characteristic: $characteristic) {
    ${GROUP} category { code label } count share suppressed suppressionReason } }`,
  { ...a, characteristic })).workforceComposition;

export const trainingUptake = async (a: AnalyticsArgs) => (await graphql<{ trainingUptake: TrainingRow[] }>(
  `query Training($period: String!, $groupBy: [Dimension!]!, $filter: WorkforceFilter) { trainingUptake(period: $period, groupBy: $groupBy, filter: $filter) {
    ${GROUP} staffRecords inDate expired expiringSoon inDateShare qualifiedLevel2Share careCertificate { category { code label } count share suppressed } suppressed suppressionReason } }`,
  { ...a })).trainingUptake;

export interface Area { code: string; label: string; regionCode?: string }

export async function areas(): Promise<{ regions: Area[]; localAuthorities: Area[] }> {
  const data = await graphql<{ regions: { code: number; label: string }[]; localAuthorities: { code: number; label: string; regionCode: number; status: string }[] }>(
    '{ regions { code label } localAuthorities { code label regionCode status } }');
  return {
    regions: data.regions.map((r) => ({ code: String(r.code), label: r.label })),
    localAuthorities: data.localAuthorities.filter((l) => l.status !== 'abolished').map((l) => ({ code: String(l.code), label: l.label, regionCode: String(l.regionCode) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
}

/** The CSV export URL with the same arguments as the query (src/analytics/export.http.ts). */
export function exportUrl(what: 'workforce-metrics' | 'workforce-composition' | 'training-uptake', a: AnalyticsArgs, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ period: a.period });
  if (a.groupBy.length) q.set('groupBy', a.groupBy.join(','));
  for (const [k, v] of Object.entries(a.filter)) if (Array.isArray(v) && v.length) q.set(k, v.join(','));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return `/api/export/${what}.csv?${q}`;
}
