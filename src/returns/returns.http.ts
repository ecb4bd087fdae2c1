import { createReadStream } from 'node:fs';
import { type Request, Router } from 'express';
import { reportCsv } from '../../importers/ascwds/report';
import { CSV_BOM } from '../analytics/csv-export';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { AuditAction, recordAudit } from '../auth/audit';
import { SUBMITTER_ROLES } from '../auth/role';
import { checkSubmission, submitReturnAs } from '../auth/submission-access';
import { reportScope } from '../auth/viewer-scope';
import { BadInput, Forbidden } from '../errors';
import { viewerOf } from '../http/viewer';
import { readMultipart } from '../http/multipart';
import { loadStoredReport } from './stored-report';

const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());

/** Excel opens UTF-8 CSV correctly only with a byte-order mark. */

/** POST /api/returns (multipart: provider, period, dryRun, files) and the report downloads: the HTTP door to submitReturn. Admins, or a provider token for its own provider. */
export function returnsRoutes(db: Database, config: HubConfig): Router {
  const router = Router();

  router.post('/api/returns', async (req, res) => {
    const viewer = viewerOf(req);
    // analyst and bi are refused before the body is read; a provider's key is checked once the fields are in
    if (!SUBMITTER_ROLES.includes(viewer.role)) await checkSubmission(db, viewer, {});
    const upload = await readMultipart(req, { maxBytes: config.limits.uploadBytes });
    try {
      const { provider, period, dryRun, providerName } = upload.fields;
      if (!provider || !period) throw new BadInput('Fields "provider" and "period" are required (e.g. provider=acme, period=2024-25)');
      if (upload.files.length === 0) throw new BadInput('No files: attach the workplace and staff files (and optionally the training file)');
      const report = await submitReturnAs(db, config, viewer, {
        providerKey: provider,
        providerName,
        period,
        dryRun: truthy(dryRun),
        files: upload.files.map((f) => ({ name: f.name, open: () => createReadStream(f.path) })),
      });
      res.status(report.accepted || report.outcome === 'VALIDATED' ? 200 : 422).json(report);
    } finally {
      await upload.cleanup();
    }
  });

  const reportId = (raw: string) => {
    const id = Number(raw);
    if (!Number.isInteger(id) || id <= 0) throw new BadInput(`"${raw}" is not a report id`);
    return id;
  };

  /** A report the viewer may read (admin any; a provider those uploaded under its key; another provider's is NotFound), audited. */
  const readableReport = async (req: Request, format: 'json' | 'csv') => {
    const viewer = viewerOf(req);
    if (!SUBMITTER_ROLES.includes(viewer.role)) throw new Forbidden(`${viewer.role === 'analyst' ? 'An' : 'A'} ${viewer.role} token cannot download validation reports (they hold person-level values)`, { role: viewer.role });
    const report = await loadStoredReport(db, reportId(String(req.params.id)), reportScope(viewer, 'provider_key'));
    await recordAudit(db, viewer, AuditAction.REPORT_DOWNLOADED, { providerKey: report.providerKey, period: report.period, outcome: report.outcome, reportId: report.reportId, format });
    return report;
  };

  router.get('/api/returns/:id/report.csv', async (req, res) => {
    const report = await readableReport(req, 'csv');
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${report.providerKey}-${report.period}-report-${report.reportId}.csv"`);
    res.send(CSV_BOM + reportCsv(report));
  });

  router.get('/api/returns/:id/report', async (req, res) => {
    res.json(await readableReport(req, 'json'));
  });

  return router;
}
