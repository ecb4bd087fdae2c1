import type { PoolClient } from 'pg';
import type { Problem } from '../../importers/ascwds/problem';
import { CopyWriter } from '../db/copy';
import type { ReportOutcome } from './return-report.entity';
import type { ReturnFileInfo, ValidationStatus } from './return.entity';

export interface StoredReport {
  providerKey: string;
  period: string;
  status: ValidationStatus;
  outcome: ReportOutcome;
  returnId: number | null;
  submittedBy: string | null;
  files: ReturnFileInfo[];
  errors: number;
  warnings: number;
  summary: Record<string, unknown>;
}

const PROBLEM_COLUMNS = ['report_id', 'file', 'kind', 'line', 'column', 'value', 'code', 'type', 'severity', 'message', 'local_ref', 'worker_ref'];

/** Keep a report and its problems (COPY: a broken national file can have hundreds of thousands). */
export async function storeReport(client: PoolClient, report: StoredReport, problems: readonly Problem[]): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO return_report (provider_key, period, status, outcome, return_id, submitted_by, files, errors, warnings, summary)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [report.providerKey, report.period, report.status, report.outcome, report.returnId, report.submittedBy,
      JSON.stringify(report.files), report.errors, report.warnings, JSON.stringify(report.summary)],
  );
  const id = rows[0].id;
  const copy = new CopyWriter(client, 'return_problem', PROBLEM_COLUMNS);
  for (let i = 0; i < problems.length; i += 5000) {
    await copy.write(problems.slice(i, i + 5000).map((p) =>
      [id, p.file, p.kind, p.line, p.column, p.value, p.code, p.type, p.severity, p.message, p.localRef ?? null, p.workerRef ?? null]));
  }
  await copy.end();
  return id;
}
