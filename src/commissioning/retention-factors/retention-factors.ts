import { analyticsScope, scopeConditions, SqlParams, suppressesFor, where } from '../../analytics/analytics-scope';
import { applyDisclosure, type DisclosureCell } from '../../analytics/disclosure';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import type { WorkforceFilter } from '../../analytics/workforce-filter.input';
import { parsePeriod, previousPeriod } from '../../returns/period';
import { nationalLivingWageFor, RETENTION_FACTORS } from './retention-factor-rules';
import { queryRetentionFactors, type RetentionCell } from './retention-factors.query';
import type { RetentionFactors } from './retention-factors.type';

export interface RetentionRequest {
  period: string;
  filter?: WorkforceFilter | null;
}

const figures = (c: RetentionCell & DisclosureCell) => {
  const hide = c.suppressed ?? false;
  return {
    careWorkers: hide ? null : c.careWorkers,
    leavers: hide ? null : c.leavers,
    turnoverRate: hide || c.careWorkers === 0 ? null : c.leavers / c.careWorkers,
    suppressed: hide,
    suppressionReason: c.suppressionReason ?? null,
  };
};

/** Turnover of care workers from the previous period's snapshot to this one, by how many of the five factors applied and by each factor. */
export async function retentionFactors({ db, config, viewer }: AnalyticsDeps, req: RetentionRequest): Promise<RetentionFactors> {
  const current = parsePeriod(req.period);
  const previous = previousPeriod(current);
  const nlw = nationalLivingWageFor(previous);
  const scope = analyticsScope(previous.code, { ...req.filter, periods: undefined }, viewer);
  const [cells, compared] = await Promise.all([
    queryRetentionFactors(db.pool, scope, current.code, nlw.hourlyRate),
    providersCompared(db, scope, current.code),
  ]);
  const toCell = (c: RetentionCell, key: string[]) => ({ ...c, key, staffRecords: c.careWorkers } as RetentionCell & DisclosureCell);
  const byCount = cells.filter((c) => c.factor === null).map((c) => toCell(c, [String(c.factorsApplying)]));
  const byFactor = RETENTION_FACTORS.map((f) => [true, false].map((applies) => {
    const found = cells.find((c) => c.factor === f.factor && c.applies === applies);
    return toCell(found ?? { factor: f.factor, applies, factorsApplying: null, careWorkers: 0, leavers: 0, workplaces: 0 }, [String(applies)]);
  }));
  if (suppressesFor(viewer)) {
    applyDisclosure(byCount, config.disclosure);
    for (const pair of byFactor) applyDisclosure(pair, config.disclosure);
  }
  return {
    period: current.code,
    previousPeriod: previous.code,
    nationalLivingWage: nlw.hourlyRate,
    nationalLivingWageSource: nlw.source,
    providersCompared: compared,
    byFactorsApplying: byCount.sort((a, b) => a.factorsApplying! - b.factorsApplying!).map((c) => ({ factorsApplying: c.factorsApplying!, ...figures(c) })),
    byFactor: byFactor.flatMap((pair, i) => pair.map((c) => ({ factor: RETENTION_FACTORS[i].factor, definition: RETENTION_FACTORS[i].definition, applies: c.applies!, ...figures(c) }))),
  };
}

/** Providers in scope with a CURRENT return in both periods. */
async function providersCompared(db: AnalyticsDeps['db'], previous: ReturnType<typeof analyticsScope>, current: string): Promise<number> {
  const params = new SqlParams();
  const conditions = scopeConditions(previous, params, ['workplace'], 'f');
  const cur = params.add(current);
  const sql = `select count(distinct f.provider_id)::int as n from wf_workplace_fact f ${where(conditions)}
    ${conditions.length ? 'and' : 'where'} exists (select 1 from "return" r where r.provider_id = f.provider_id and r.period = ${cur} and r.state = 'CURRENT')`;
  return (await db.pool.query<{ n: number }>(sql, params.values)).rows[0].n;
}
