import { analyticsScope, suppressesFor, uniqueDimensions } from '../analytics/analytics-scope';
import { Dimension } from '../analytics/dimension';
import { applyDisclosure, type SuppressionReason } from '../analytics/disclosure';
import type { AnalyticsDeps, AnalyticsRequest } from '../analytics/workforce-analytics';
import { queryWorkforceMetrics } from '../analytics/workforce-metrics.query';
import { BadInput } from '../errors';
import { parsePeriod } from '../returns/period';
import { requireDimensions } from './planning-scope';
import { populationIn } from './population-interpolation';
import { queryPopulationSeries } from './population-projection.query';
import { queryWorkforceEstimate } from './workforce-estimate.query';
import type { WorkforceProjectionRow } from './workforce-projection-row.type';
import { ESTIMATE_DIMENSIONS, groupOf } from './workforce-planning';

export interface ProjectionRequest extends AnalyticsRequest {
  years: number[];
  ageBand?: string | null;
}

interface GroupTotals {
  keys: string[];
  labels: string[];
  basePosts: number;
  baseFilled: number;
  filledPosts: number;
  workplaces: number;
  aged55: number;
  ageKnown: number;
  popBase: number;
  byYear: Map<number, { posts: number; filled: number; population: number }>;
}

/**
 * Projection: per local authority, projected posts(year) = estimated posts × population(year) ÷ population(snapshot
 * year) of the age band (interpolated linearly between the file's years); wider groups sum their authorities.
 * Recruitment need(year) = turnover rate × projected filled posts(year) + additional posts ÷ (year − snapshot year).
 */
export async function workforceProjection({ db, config, viewer }: AnalyticsDeps, req: ProjectionRequest): Promise<WorkforceProjectionRow[]> {
  const dims = uniqueDimensions(req.groupBy);
  const scope = analyticsScope(req.period, req.filter, viewer);
  if (scope.periods.length !== 1) throw new BadInput('workforceProjection starts from one period; leave filter.periods out', { periods: scope.periods });
  requireDimensions('workforceProjection', dims, scope.filter, ESTIMATE_DIMENSIONS.filter((d) => d !== Dimension.PERIOD));
  const years = [...new Set(req.years)].sort((a, b) => a - b);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) throw new BadInput('years must list one or more whole years, e.g. [2030, 2035, 2040]', { years: req.years });
  const ageBand = (req.ageBand ?? '65+').replace(/\s+/g, '');
  const baseYear = parsePeriod(scope.periods[0]).startYear + 1;

  // per local authority first: each authority grows with its own population
  const laDims = [Dimension.LOCAL_AUTHORITY, ...dims.filter((d) => d !== Dimension.LOCAL_AUTHORITY)];
  const at = dims.map((d) => laDims.indexOf(d));
  const [perLa, metrics] = await Promise.all([queryWorkforceEstimate(db.pool, laDims, scope), queryWorkforceMetrics(db.pool, dims, scope)]);
  const series = await queryPopulationSeries(db.pool, [...new Set(perLa.map((r) => r.keys[0]))], ageBand);
  const turnover = new Map(metrics.map((m) => [JSON.stringify(m.keys), m.turnoverRate]));

  const groups = new Map<string, GroupTotals>();
  for (const r of perLa) {
    const area = { code: r.keys[0], label: r.labels[0] };
    const s = series.get(area.code);
    const popBase = populationIn(s, baseYear, area, ageBand);
    if (popBase <= 0) throw new BadInput(`The population projection for ${area.label} (${area.code}), age band ${ageBand}, is 0 in ${baseYear}: growth cannot be measured from it`, { areaCode: area.code });
    const keys = at.map((i) => r.keys[i]);
    const id = JSON.stringify(keys);
    const g = groups.get(id) ?? { keys, labels: at.map((i) => r.labels[i]), basePosts: 0, baseFilled: 0, filledPosts: 0, workplaces: 0, aged55: 0, ageKnown: 0, popBase: 0, byYear: new Map() };
    const posts = r.estimatedFilledPosts + r.estimatedVacancies;
    g.basePosts += posts;
    g.baseFilled += r.estimatedFilledPosts;
    g.filledPosts += r.filledPosts;
    g.workplaces += r.workplacesWithReturn;
    g.aged55 += r.estimatedAged55Plus;
    g.ageKnown += r.estimatedAgeKnown;
    g.popBase += popBase;
    for (const year of years) {
      const pop = populationIn(s, year, area, ageBand);
      const y = g.byYear.get(year) ?? { posts: 0, filled: 0, population: 0 };
      y.posts += (posts * pop) / popBase;
      y.filled += (r.estimatedFilledPosts * pop) / popBase;
      y.population += pop;
      g.byYear.set(year, y);
    }
    groups.set(id, g);
  }

  const cells = [...groups.values()].map((g) => ({ ...g, key: g.keys, staffRecords: g.filledPosts, suppressed: false, suppressionReason: null as SuppressionReason | null }));
  if (suppressesFor(viewer)) applyDisclosure(cells, config.disclosure);
  return cells.flatMap((g) => years.map((year): WorkforceProjectionRow => {
    const y = g.byYear.get(year)!;
    const rate = turnover.get(JSON.stringify(g.keys)) ?? null;
    const additional = y.posts - g.basePosts;
    const row: WorkforceProjectionRow = {
      group: groupOf(dims, g.keys, g.labels), year, ageBand,
      basePosts: g.basePosts, projectedPosts: y.posts, additionalPosts: additional, growth: g.basePosts > 0 ? y.posts / g.basePosts : null,
      populationBase: g.popBase, populationInYear: y.population, turnoverRate: rate,
      annualRecruitmentNeed: rate === null ? null : rate * y.filled + (year > baseYear ? additional / (year - baseYear) : 0),
      retirementRisk: g.aged55, retirementRiskShare: g.ageKnown > 0 ? g.aged55 / g.ageKnown : null,
      suppressed: g.suppressed ?? false, suppressionReason: g.suppressionReason ?? null,
    };
    if (!row.suppressed) return row;
    // population figures are public; everything drawn from the returns is withheld
    return { ...row, basePosts: null, projectedPosts: null, additionalPosts: null, growth: null, turnoverRate: null, annualRecruitmentNeed: null, retirementRisk: null, retirementRiskShare: null };
  }));
}
