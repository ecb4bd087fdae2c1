import type { HubConfig } from '../config';
import { loadCareCertificateLabels } from './care-certificate-labels';
import type { Database } from '../db/database';
import type { Viewer } from '../graphql/context';
import { analyticsScope, suppressesFor, uniqueDimensions } from './analytics-scope';
import type { Characteristic } from './characteristic';
import type { CompositionRow } from './composition-row.type';
import type { Dimension } from './dimension';
import { applyDisclosure, type DisclosureCell, primaryReason } from './disclosure';
import type { GroupValue } from './group.type';
import type { CareCertificateCount, TrainingUptakeRow } from './training-uptake-row.type';
import { queryTrainingUptake } from './training-uptake.query';
import { queryWorkforceComposition } from './workforce-composition.query';
import type { WorkforceFilter } from './workforce-filter.input';
import type { WorkforceMetricRow } from './workforce-metric-row.type';
import { type MetricOptions, queryWorkforceMetrics } from './workforce-metrics.query';

/** What every analytics question takes, whichever door it comes through (GraphQL, CSV export). */
export interface AnalyticsRequest {
  period: string;
  groupBy?: Dimension[] | null;
  filter?: WorkforceFilter | null;
}

export interface AnalyticsDeps {
  db: Database;
  config: HubConfig;
  viewer: Viewer;
}

const groupOf = (dims: Dimension[], keys: string[], labels: string[]): GroupValue[] =>
  dims.map((dimension, i) => ({ dimension, code: keys[i], label: labels[i] }));

/** Nulls every figure of a withheld row, keeping its group and reason. */
function withhold<T extends object>(row: T, keep: (keyof T)[]): T {
  const out = { ...row };
  for (const k of Object.keys(out) as (keyof T)[]) if (!keep.includes(k) && typeof out[k] !== 'boolean') (out[k] as unknown) = null;
  return out;
}

/** Turnover, vacancies, stability, agency use, pay, sickness and Care Certificate completion per group. */
export async function workforceMetrics({ db, config, viewer }: AnalyticsDeps, req: AnalyticsRequest, options: MetricOptions = { medianPay: true }): Promise<WorkforceMetricRow[]> {
  const dims = uniqueDimensions(req.groupBy);
  const scope = analyticsScope(req.period, req.filter, viewer);
  const sums = await queryWorkforceMetrics(db.pool, dims, scope, options);
  const cells = sums.map((s) => ({ ...s, key: s.keys, suppressed: false, suppressionReason: null } as typeof s & DisclosureCell));
  if (suppressesFor(viewer)) applyDisclosure(cells, config.disclosure);
  return cells.map((c) => {
    const row: WorkforceMetricRow = {
      group: groupOf(dims, c.keys, c.labels),
      workplaces: c.workplaces, staffRecords: c.staffRecords, directlyEmployed: c.directlyEmployed,
      leavers: c.leavers, starters: c.starters, vacancies: c.vacancies,
      turnoverRate: c.turnoverRate, starterRate: c.starterRate, vacancyRate: c.vacancyRate, stabilityRate: c.stabilityRate,
      agencyShare: c.agencyShare, bankShare: c.bankShare, zeroHoursShare: c.zeroHoursShare, medianHourlyPay: c.medianHourlyPay,
      meanSicknessDays: c.meanSicknessDays, careCertificateCompletedRate: c.careCertificateCompletedRate,
      suppressed: c.suppressed ?? false, suppressionReason: c.suppressionReason ?? null,
    };
    return row.suppressed ? withhold(row, ['group', 'suppressionReason']) : row;
  });
}

/** Staff records per category of a characteristic, per group, with the category's share of the group. */
export async function workforceComposition({ db, config, viewer }: AnalyticsDeps, req: AnalyticsRequest & { characteristic: Characteristic }): Promise<CompositionRow[]> {
  const dims = uniqueDimensions(req.groupBy);
  const scope = analyticsScope(req.period, req.filter, viewer);
  const counts = await queryWorkforceComposition(db.pool, dims, req.characteristic, scope);
  const cells = counts.map((c) => ({ ...c, key: [...c.keys, c.categoryCode], staffRecords: c.count } as typeof c & DisclosureCell));
  if (suppressesFor(viewer)) {
    // a group too small to publish withholds every category in it; then each category on its own
    const t = config.disclosure;
    applyDisclosure(cells, t, (c) => primaryReason({ staffRecords: c.groupStaffRecords, workplaces: c.groupWorkplaces }, t) ?? primaryReason(c, t));
  }
  return cells.map((c) => ({
    group: groupOf(dims, c.keys, c.labels),
    category: { code: c.categoryCode, label: c.categoryLabel },
    count: c.suppressed ? null : c.count,
    share: c.suppressed ? null : c.count / c.groupStaffRecords,
    suppressed: c.suppressed ?? false,
    suppressionReason: c.suppressionReason ?? null,
  }));
}

/** Training in date, expired and expiring at the snapshot, Care Certificate answers and level 2 qualification, per group. */
export async function trainingUptake({ db, config, viewer }: AnalyticsDeps, req: AnalyticsRequest & { category?: number | null }): Promise<TrainingUptakeRow[]> {
  const dims = uniqueDimensions(req.groupBy);
  const scope = analyticsScope(req.period, req.filter, viewer);
  const [sums, labels] = await Promise.all([queryTrainingUptake(db.pool, dims, scope, req.category ?? null), loadCareCertificateLabels(db.pool)]);
  const suppress = suppressesFor(viewer);
  const t = config.disclosure;
  const rows = sums.map((s) => ({ ...s, key: s.keys } as typeof s & DisclosureCell));
  if (suppress) applyDisclosure(rows, t);
  return rows.map((r) => {
    const answered = Object.values(r.careCertificate).reduce((a, b) => a + b, 0);
    const certificate = Object.entries(r.careCertificate).map(([code, count]) => ({
      key: [code], staffRecords: count, workplaces: r.workplaces, category: { code, label: labels.get(code) ?? 'Not answered' }, count,
    } as DisclosureCell & { category: { code: string; label: string }; count: number }));
    // each answer is a cell of its own; a withheld answer takes another with it, so shares cannot give it away
    if (suppress) applyDisclosure(certificate, t, (c) => (r.suppressed ? r.suppressionReason! : primaryReason(c, t)));
    const careCertificate: CareCertificateCount[] = certificate.map((c) => ({
      category: c.category, count: c.suppressed ? null : c.count, share: c.suppressed || answered === 0 ? null : c.count / answered, suppressed: c.suppressed ?? false,
    }));
    const row: TrainingUptakeRow = {
      group: groupOf(dims, r.keys, r.labels), workplaces: r.workplaces, staffRecords: r.staffRecords, inDate: r.inDate, expired: r.expired,
      expiringSoon: r.expiringSoon, completedInPeriod: r.completedInPeriod, inDateShare: r.staffRecords ? r.inDate / r.staffRecords : null,
      careCertificate, qualifiedLevel2Share: r.qualifiedLevel2Share, suppressed: r.suppressed ?? false, suppressionReason: r.suppressionReason ?? null,
    };
    return row.suppressed ? { ...withhold(row, ['group', 'suppressionReason', 'careCertificate']), careCertificate } : row;
  });
}
