import { positional, type SqlCondition } from '../auth/viewer-scope';
import type { Database } from '../db/database';
import { NotFound } from '../errors';
import type { Problem } from '../../importers/ascwds/problem';
import { buildReport, type ImportReport } from '../../importers/ascwds/report';
import type { ReturnFileInfo } from './return.entity';

export interface StoredReportView extends ImportReport {
  reportId: number;
  providerKey: string;
  period: string;
  outcome: string;
  returnId: number | null;
  receivedAt: Date;
}

/** A kept report with its problems, rebuilt into the same report shape an upload answers with; `scope` (the viewer's, over provider_key) is part of the query. */
export async function loadStoredReport(db: Database, reportId: number, scope: SqlCondition = { sql: 'true', params: [] }): Promise<StoredReportView> {
  const scoped = positional(scope, 2);
  const { rows } = await db.pool.query(
    `SELECT id, provider_key, period, status, outcome, return_id, received_at, files, errors, warnings FROM return_report WHERE id = $1 AND (${scoped.sql})`,
    [reportId, ...scoped.params]);
  const r = rows[0];
  if (!r) throw new NotFound(`No report ${reportId}`, { reportId });
  const problems = (await db.pool.query(
    `SELECT file, kind, line, "column", value, code, type, severity, message, local_ref, worker_ref FROM return_problem WHERE report_id = $1 ORDER BY id`, [reportId],
  )).rows.map((p): Problem => ({
    file: p.file, kind: p.kind, line: p.line, column: p.column, value: p.value, code: p.code, type: p.type, severity: p.severity,
    message: p.message, ...(p.local_ref ? { localRef: p.local_ref } : {}), ...(p.worker_ref ? { workerRef: p.worker_ref } : {}),
  }));
  const files = r.files as ReturnFileInfo[];
  const rebuilt = buildReport(files.map((f) => ({ fileName: f.name, kind: f.kind, format: f.format, sha256: f.sha256, bytes: f.bytes, records: f.records,
    rejectedRows: 0, errors: f.errors, warnings: f.warnings, fileProblems: [], droppedColumns: [], qualificationPairs: 0, hasChgUniqueWorkerId: false, hasTransferStaffRecord: false })), problems);
  return { ...rebuilt, status: r.status, errors: r.errors, warnings: r.warnings, reportId: r.id, providerKey: r.provider_key, period: r.period,
    outcome: r.outcome, returnId: r.return_id, receivedAt: r.received_at };
}
