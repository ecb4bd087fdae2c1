import { analyticsScope, suppressesFor } from '../../analytics/analytics-scope';
import type { Characteristic } from '../../analytics/characteristic';
import { applyDisclosure, type DisclosureCell, primaryReason } from '../../analytics/disclosure';
import type { AnalyticsDeps } from '../../analytics/workforce-analytics';
import type { WorkforceFilter } from '../../analytics/workforce-filter.input';
import { BadInput, NotFound } from '../../errors';
import { queryRepresentation } from './representation.query';
import type { Representation } from './representation.type';
import { isRepresented, REPRESENTED } from './represented-characteristic';

export interface RepresentationRequest {
  period: string;
  characteristic: Characteristic;
  /** local authority (CSSR) code */
  area: string;
  filter?: WorkforceFilter | null;
}

/** Workforce share against population share per category, for one area; workforce cells under disclosure control. */
export async function representation({ db, config, viewer }: AnalyticsDeps, req: RepresentationRequest): Promise<Representation> {
  const { characteristic } = req;
  if (!isRepresented(characteristic)) throw new BadInput(`No population reference exists for ${characteristic}; use one of ${REPRESENTED.join(', ')}`, { characteristic });
  const area = String(req.area).trim();
  if (!/^\d+$/.test(area)) throw new BadInput(`area "${req.area}" is not a local authority (CSSR) code`, { area: req.area });
  const [la] = (await db.pool.query<{ label: string }>('select label from ref_local_authority where code = $1', [Number(area)])).rows;
  if (!la) throw new NotFound(`No local authority with CSSR code ${area}`, { area });
  const scope = analyticsScope(req.period, { ...req.filter, periods: undefined }, viewer);
  const counts = await queryRepresentation(db.pool, scope, characteristic, area);
  const cells = counts.map((c) => ({ ...c, key: [c.code], staffRecords: c.workforce } as typeof c & DisclosureCell));
  const t = config.disclosure;
  // an area too small to publish withholds every category; then each category on its own, with secondary suppression
  if (suppressesFor(viewer)) applyDisclosure(cells, t, (c) => primaryReason({ staffRecords: c.groupStaffRecords, workplaces: c.groupWorkplaces }, t) ?? primaryReason(c, t));
  const total = counts[0]?.groupStaffRecords ?? 0;
  const groupHidden = suppressesFor(viewer) && primaryReason({ staffRecords: total, workplaces: counts[0]?.groupWorkplaces ?? 0 }, t) !== null;
  return {
    period: scope.periods[0],
    characteristic,
    area: { code: area, label: la.label },
    workforceStaffRecords: groupHidden ? null : total,
    populationSource: counts.find((c) => c.source)?.source ?? null,
    rows: cells.map((c) => {
      const hide = c.suppressed ?? false;
      const workforceShare = hide || total === 0 ? null : c.workforce / total;
      const populationShare = c.population === null || !c.populationTotal ? null : c.population / c.populationTotal;
      return {
        category: { code: c.code, label: c.category },
        workforceCount: hide ? null : c.workforce,
        workforceShare,
        populationCount: c.population,
        populationShare,
        ratio: workforceShare === null || !populationShare ? null : workforceShare / populationShare,
        difference: workforceShare === null || populationShare === null ? null : workforceShare - populationShare,
        suppressed: hide,
        suppressionReason: c.suppressionReason ?? null,
      };
    }),
  };
}
