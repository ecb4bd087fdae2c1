import { createReadStream } from 'node:fs';
import { Router } from 'express';
import { reportCsv } from '../../importers/ascwds/report';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { BadInput } from '../errors';
import { readMultipart } from '../http/multipart';
import { loadStoredReport } from './stored-report';
import { submitReturn } from './submit-return';

const truthy = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes', 'on'].includes(v.toLowerCase());

/** Excel opens UTF-8 CSV correctly only with a byte-order mark. */
export const CSV_BOM = '\uFEFF';

/** POST /api/returns (multipart: provider, period, dryRun, files) and the report downloads: the HTTP door to submitReturn. */
export function returnsRoutes(db: Database, config: HubConfig): Router {
  const router = Router();

  router.post('/api/returns', async (req, res) => {
    const upload = await readMultipart(req, { maxBytes: config.limits.uploadBytes });
    try {
      const { provider, period, dryRun, providerName } = upload.fields;
      if (!provider || !period) throw new BadInput('Fields "provider" and "period" are required (e.g. provider=acme, period=2024-25)');
      if (upload.files.length === 0) throw new BadInput('No files: attach the workplace and staff files (and optionally the training file)');
      const report = await submitReturn(db, config, {
        providerKey: provider,
        providerName,
        period,
        dryRun: truthy(dryRun),
        submittedBy: 'http',
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

  router.get('/api/returns/:id/report.csv', async (req, res) => {
    const report = await loadStoredReport(db, reportId(req.params.id));
    res.type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${report.providerKey}-${report.period}-report-${report.reportId}.csv"`);
    res.send(CSV_BOM + reportCsv(report));
  });

  router.get('/api/returns/:id/report', async (req, res) => {
    res.json(await loadStoredReport(db, reportId(req.params.id)));
  });

  return router;
}
