import { Router, type Request } from 'express';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { BadInput } from '../errors';
import { viewerOf } from '../http/viewer';
import { Characteristic } from './characteristic';
import { type CsvValue, groupCells, groupFields, sendCsv } from './csv-export';
import { Dimension } from './dimension';
import { type AnalyticsRequest, trainingUptake, workforceComposition, workforceMetrics } from './workforce-analytics';
import { filterDimension, type WorkforceFilter } from './workforce-filter.input';

/** A query-string value as a list: repeated parameters and comma-separated values both work. */
function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

function oneOf<T extends string>(name: string, value: string, allowed: Record<string, T>): T {
  if (!Object.values(allowed).includes(value as T)) throw new BadInput(`${name} must be one of ${Object.values(allowed).join(', ')}; got "${value}"`, { [name]: value });
  return value as T;
}

/** The GraphQL arguments, from query parameters of the same names (period, groupBy, and each WorkforceFilter field). */
export function analyticsRequestOf(req: Request): AnalyticsRequest {
  const period = typeof req.query.period === 'string' ? req.query.period : '';
  if (!period) throw new BadInput('period is required, e.g. ?period=2024-25');
  const filter: WorkforceFilter = {};
  for (const field of ['periods', ...Object.keys(filterDimension)] as (keyof WorkforceFilter)[]) {
    const codes = list(req.query[field]);
    if (codes.length) filter[field] = codes;
  }
  return { period, groupBy: list(req.query.groupBy).map((d) => oneOf('groupBy', d, Dimension)), filter };
}

const METRIC_FIELDS = ['workplaces', 'staffRecords', 'directlyEmployed', 'leavers', 'starters', 'vacancies', 'turnoverRate', 'starterRate',
  'vacancyRate', 'stabilityRate', 'agencyShare', 'bankShare', 'zeroHoursShare', 'medianHourlyPay', 'meanSicknessDays', 'careCertificateCompletedRate'] as const;
const TRAINING_FIELDS = ['workplaces', 'staffRecords', 'inDate', 'expired', 'expiringSoon', 'completedInPeriod', 'inDateShare', 'qualifiedLevel2Share'] as const;

/** CSV exports of the analytics queries: same arguments, same disclosure control, same figures as GraphQL. */
export function exportRoutes(db: Database, config: HubConfig, onExport: (req: Request, what: string, args: AnalyticsRequest) => Promise<void> = async () => undefined): Router {
  const router = Router();
  const deps = (req: Request) => ({ db, config, viewer: viewerOf(req) });

  router.get('/api/export/workforce-metrics.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const rows = await workforceMetrics(deps(req), args);
    await onExport(req, 'workforce-metrics', args);
    sendCsv(res, `workforce-metrics-${args.period}.csv`, [...groupFields(args.groupBy), ...METRIC_FIELDS, 'suppressed', 'suppressionReason'],
      rows.map((r) => [...groupCells(r.group), ...METRIC_FIELDS.map((f) => r[f] as CsvValue), r.suppressed, r.suppressionReason]));
  });

  router.get('/api/export/workforce-composition.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const characteristic = oneOf('characteristic', String(req.query.characteristic ?? ''), Characteristic);
    const rows = await workforceComposition(deps(req), { ...args, characteristic });
    await onExport(req, 'workforce-composition', args);
    sendCsv(res, `workforce-composition-${characteristic.toLowerCase()}-${args.period}.csv`,
      [...groupFields(args.groupBy), 'category_code', 'category_label', 'count', 'share', 'suppressed', 'suppressionReason'],
      rows.map((r) => [...groupCells(r.group), r.category.code, r.category.label, r.count, r.share, r.suppressed, r.suppressionReason]));
  });

  router.get('/api/export/training-uptake.csv', async (req, res) => {
    const args = analyticsRequestOf(req);
    const category = req.query.category === undefined ? null : Number(req.query.category);
    if (category !== null && !Number.isInteger(category)) throw new BadInput('category must be a training category code', { category: req.query.category });
    const rows = await trainingUptake(deps(req), { ...args, category });
    await onExport(req, 'training-uptake', args);
    const certificateCodes = rows[0]?.careCertificate.map((c) => c.category) ?? [];
    sendCsv(res, `training-uptake-${args.period}.csv`,
      [...groupFields(args.groupBy), ...TRAINING_FIELDS, ...certificateCodes.map((c) => `careCertificate ${c.label}`), 'suppressed', 'suppressionReason'],
      rows.map((r) => [...groupCells(r.group), ...TRAINING_FIELDS.map((f) => r[f] as CsvValue), ...r.careCertificate.map((c) => c.count), r.suppressed, r.suppressionReason]));
  });

  return router;
}
