import { Router, type Request } from 'express';
import { analyticsRequestOf } from '../analytics/export.http';
import { type CsvValue, groupCells, groupFields, sendCsv } from '../analytics/csv-export';
import type { AnalyticsRequest } from '../analytics/workforce-analytics';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { BadInput } from '../errors';
import { viewerOf } from '../http/viewer';
import { coverageGaps, returnCoverage, workforceEstimate } from './workforce-planning';
import { workforceProjection } from './workforce-projection';

const COVERAGE_FIELDS = ['directoryAsOf', 'locations', 'locationsWithReturn', 'coverageRate', 'workplacesWithReturn', 'workplacesNotInDirectory', 'staffRecords', 'staffCountMatchShare'] as const;
const GAP_FIELDS = ['locationId', 'name', 'postcode', 'localAuthorityCode', 'localAuthorityLabel', 'regionLabel', 'providerName', 'cqcProviderId', 'serviceGroupLabel', 'lastReturnedPeriod', 'commissioned', 'directoryAsOf'] as const;
const ESTIMATE_FIELDS = ['locations', 'locationsWithReturn', 'coverageRate', 'locationsNotEstimated', 'workplacesWithReturn', 'filledPosts', 'vacancies', 'posts',
  'estimatedFilledPosts', 'estimatedVacancies', 'estimatedPosts', 'grossingFactor'] as const;
const PROJECTION_FIELDS = ['year', 'ageBand', 'basePosts', 'projectedPosts', 'additionalPosts', 'growth', 'populationBase', 'populationInYear', 'turnoverRate',
  'annualRecruitmentNeed', 'retirementRisk', 'retirementRiskShare'] as const;

const flag = (v: unknown) => v === 'true' || v === '1';

function yearsOf(req: Request): number[] {
  const years = String(req.query.years ?? '').split(',').map((y) => y.trim()).filter(Boolean).map(Number);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) throw new BadInput('years is required: whole years separated by commas, e.g. ?years=2030,2035', { years: req.query.years });
  return years;
}

/** CSV exports of coverage, gaps, the whole-area estimate and the projection: same arguments, access rules and figures as GraphQL; `onExport` (e.g. the audit log) hears each download, as for the analytics exports. */
export function planningExportRoutes(db: Database, config: HubConfig, onExport: (req: Request, what: string, args: AnalyticsRequest) => Promise<void> = async () => undefined): Router {
  const router = Router();
  const deps = (req: Request) => ({ db, config, viewer: viewerOf(req) });

  router.get('/api/export/return-coverage.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const rows = await returnCoverage(deps(req), { ...args, commissionedOnly: flag(req.query.commissionedOnly) });
    await onExport(req, 'return-coverage', args);
    sendCsv(res, `return-coverage-${args.period}.csv`, [...groupFields(args.groupBy), ...COVERAGE_FIELDS, 'suppressed', 'suppressionReason'],
      rows.map((r) => [...groupCells(r.group), ...COVERAGE_FIELDS.map((f) => r[f] as CsvValue), r.suppressed, r.suppressionReason]));
  });

  router.get('/api/export/coverage-gaps.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const page = await coverageGaps(deps(req), { ...args, commissionedOnly: flag(req.query.commissionedOnly), all: true });
    await onExport(req, 'coverage-gaps', args);
    sendCsv(res, `coverage-gaps-${args.period}.csv`, [...GAP_FIELDS, 'serviceTypes', 'contractRefs'],
      page.edges.map(({ node }) => [...GAP_FIELDS.map((f) => node[f] as CsvValue), node.serviceTypes.join('|'), node.contractRefs.join('|')]));
  });

  router.get('/api/export/workforce-estimate.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const rows = await workforceEstimate(deps(req), args);
    await onExport(req, 'workforce-estimate', args);
    sendCsv(res, `workforce-estimate-${args.period}.csv`, [...groupFields(args.groupBy), ...ESTIMATE_FIELDS, 'suppressed', 'suppressionReason'],
      rows.map((r) => [...groupCells(r.group), ...ESTIMATE_FIELDS.map((f) => r[f] as CsvValue), r.suppressed, r.suppressionReason]));
  });

  router.get('/api/export/workforce-projection.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const ageBand = typeof req.query.ageBand === 'string' && req.query.ageBand ? req.query.ageBand : '65+';
    const rows = await workforceProjection(deps(req), { ...args, years: yearsOf(req), ageBand });
    await onExport(req, 'workforce-projection', args);
    sendCsv(res, `workforce-projection-${args.period}.csv`, [...groupFields(args.groupBy), ...PROJECTION_FIELDS, 'suppressed', 'suppressionReason'],
      rows.map((r) => [...groupCells(r.group), ...PROJECTION_FIELDS.map((f) => r[f] as CsvValue), r.suppressed, r.suppressionReason]));
  });

  return router;
}
