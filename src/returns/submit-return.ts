import { createHash, createHmac } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { runCrossFileChecks } from '../../importers/ascwds/cross-file/run-cross-file-checks';
import { fillMessage, message, type FileKind } from '../../importers/ascwds/message-catalogue';
import { validateFile, type FileResult } from '../../importers/ascwds/parse-file';
import type { Problem } from '../../importers/ascwds/problem';
import { buildReport, type ImportReport as ValidationReport } from '../../importers/ascwds/report';
import { createStagingTables, indexStagingTables, StagingWriter } from '../../importers/ascwds/write/staging';
import { writeReturn } from '../../importers/ascwds/write/write-return';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { BadInput } from '../errors';
import { parsePeriod } from './period';
import { storeReport } from './report-store';
import { ReportOutcome } from './return-report.entity';
import { type ReturnFileInfo, ValidationStatus } from './return.entity';

/** One uploaded file; open() may be called more than once (it is hashed before it is read). */
export interface ReturnFileInput {
  name: string;
  open(): Readable;
}

export interface SubmitRequest {
  providerKey: string;
  /** Name for a provider the hub does not know yet (defaults to its key). */
  providerName?: string;
  period: string;
  files: ReturnFileInput[];
  dryRun?: boolean;
  submittedBy?: string | null;
  /** YYYY-MM-DD used as "today" by date rules; defaults to the real date. */
  today?: string;
  /** Rows read so far, for progress bars. */
  onProgress?: (rows: number, file: string) => void;
}

/** The validation report (files, problems by line, counts per message) plus what became of the submission. */
export interface SubmissionReport extends ValidationReport {
  reportId: number;
  returnId: number | null;
  outcome: ReportOutcome;
  accepted: boolean;
  provider: { key: string; created: boolean };
  period: string;
  dryRun: boolean;
  counts: { workplaces: number; staffRecords: number; trainingRecords: number };
  notInPeriod: { workplaces: { localRef: string; reason: string }[]; staff: { localRef: string; workerRef: string; reason: string }[] };
  supersedesReturnId: number | null;
  /** All problems found; `problems` lists the first MAX_LISTED_PROBLEMS of them. */
  problemsTotal: number;
}

/** Problems kept and reported in full; beyond this they are only counted (a wholly broken national file would have millions). */
export const MAX_LISTED_PROBLEMS = 100_000;
const PROVIDER_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function sha256(input: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    input.on('data', (c) => hash.update(c));
    input.on('end', () => resolve(hash.digest('hex')));
    input.on('error', reject);
  });
}

/** The keyed HMAC an NI number becomes; the only form in which it is ever stored. */
export function pseudonymiser(key: Buffer): (ni: string) => string {
  return (ni) => createHmac('sha256', key).update(ni).digest('hex');
}

/** A return needs one workplace file and one staff file; training is optional. */
function fileSetProblems(results: FileResult[]): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['workplace', 'worker', 'training'] as FileKind[]) {
    const files = results.filter((r) => r.kind === kind);
    if (files.length > 1) {
      const msg = message('any', 9031, 'FILE_KIND_REPEATED_ERROR');
      problems.push({ file: files[1].fileName, kind, line: 0, column: '', value: '', code: msg.code, type: msg.type, severity: msg.severity,
        message: fillMessage(msg, [files.map((f) => f.fileName).join(', '), kind]) });
    }
    const unreadable = results.some((r) => r.kind === null);
    if (files.length === 0 && kind !== 'training' && !unreadable) {
      const msg = message('any', 9030, 'FILE_MISSING_ERROR');
      problems.push({ file: '', kind, line: 0, column: '', value: '', code: msg.code, type: msg.type, severity: msg.severity,
        message: fillMessage(msg, [kind === 'worker' ? 'staff' : kind]) });
    }
  }
  return problems;
}

/**
 * Validate a provider's files for a period and, unless it is a dry run or any error was found, write them as the
 * provider's CURRENT return for the period: all in one transaction, submissions for one provider one at a time.
 */
export async function submitReturn(db: Database, config: HubConfig, req: SubmitRequest): Promise<SubmissionReport> {
  const period = parsePeriod(req.period);
  const providerKey = req.providerKey?.trim() ?? '';
  if (!PROVIDER_KEY.test(providerKey)) {
    throw new BadInput(`Provider key "${providerKey}" must be 1-64 letters, digits, dot, dash or underscore, starting with a letter or digit`, { provider: providerKey });
  }
  if (req.files.length === 0 || req.files.length > 3) {
    throw new BadInput(`A return is 2 or 3 files (workplace, staff and optional training); got ${req.files.length}`, { files: req.files.length });
  }
  const dryRun = req.dryRun ?? false;
  const today = req.today ?? new Date().toISOString().slice(0, 10);
  const shas = await Promise.all(req.files.map((f) => sha256(f.open())));
  const checksum = createHash('sha256').update([...shas].sort().join('\n')).digest('hex');

  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL statement_timeout = 0');
    // sorts and hashes over a whole file (staging joins, id-ordered inserts) stay in memory instead of spilling to disk
    await client.query(`SET LOCAL work_mem = '64MB'`);
    if (!dryRun) await client.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`wfhub:return:${providerKey}`]);
    const existing = await client.query<{ id: number }>('SELECT id FROM provider WHERE key = $1', [providerKey]);
    const providerId = existing.rows[0]?.id ?? null;

    if (!dryRun && providerId !== null) {
      const same = await client.query<{ id: number; report_id: number }>(
        `SELECT id, report_id FROM "return" WHERE provider_id = $1 AND period = $2 AND state = 'CURRENT' AND checksum = $3`, [providerId, period.code, checksum]);
      if (same.rows[0]) return await alreadyReceived(client, providerKey, period.code, same.rows[0].id, same.rows[0].report_id);
    }

    await createStagingTables(client);
    const pseudonymise = pseudonymiser(config.pseudonymKey);
    const results: FileResult[] = [];
    const problems: Problem[] = [];
    let problemsTotal = 0;
    let errors = 0;
    const keep = (ps: readonly Problem[]) => {
      problemsTotal += ps.length;
      for (const p of ps) {
        if (p.severity === 'error') errors++;
        if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
      }
    };
    let rowsRead = 0;
    for (const file of req.files) {
      const writer = new StagingWriter(client, file.name);
      const result = await validateFile(file.open(), file.name, { period, today, pseudonymise }, async (batch) => {
        keep(batch.problems);
        await writer.write(batch.kind, batch.records);
        rowsRead += batch.records.length;
        req.onProgress?.(rowsRead, file.name);
      });
      await writer.end();
      keep(result.fileProblems);
      results.push(result);
    }
    await indexStagingTables(client);
    const setProblems = fileSetProblems(results);
    keep(setProblems);
    const fileOf = Object.fromEntries(results.filter((r) => r.kind).map((r) => [r.kind!, r.fileName]));
    const readable = results.every((r) => r.kind !== null) && setProblems.length === 0;
    if (readable) keep(await runCrossFileChecks(client, providerId, period.code, fileOf));

    const validation = { ...buildReport(results, problems), errors, warnings: problemsTotal - errors };
    const status = validation.status as ValidationStatus;
    const files: ReturnFileInfo[] = validation.files;
    const summary = validation.summary;
    const base = { providerKey, period: period.code, status, submittedBy: req.submittedBy ?? null, files, errors, warnings: validation.warnings };
    const counted = countRecords(results);

    if (errors > 0 || dryRun) {
      await client.query('ROLLBACK');
      const outcome = errors > 0 ? ReportOutcome.REJECTED : ReportOutcome.VALIDATED;
      const reportId = await inTransaction(client, () =>
        storeReport(client, { ...base, outcome, returnId: null, summary: { byCode: summary, problemsTotal } }, validation.problems));
      return { ...validation, reportId, returnId: null, outcome, accepted: false, provider: { key: providerKey, created: false }, period: period.code, dryRun,
        counts: counted, notInPeriod: { workplaces: [], staff: [] }, supersedesReturnId: null, problemsTotal };
    }

    const created = await client.query<{ id: number }>(
      `INSERT INTO provider (key, name) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING id`, [providerKey, req.providerName?.trim() || providerKey]);
    const newProviderId = providerId ?? created.rows[0].id;
    const reportId = await storeReport(client, { ...base, outcome: ReportOutcome.ACCEPTED, returnId: null, summary: { byCode: summary, problemsTotal } }, validation.problems);
    const written = await writeReturn(client, { providerId: newProviderId, period, reportId, checksum, files, status, submittedBy: req.submittedBy ?? null });
    await client.query(`UPDATE return_report SET return_id = $1, summary = summary || $2 WHERE id = $3`,
      [written.returnId, JSON.stringify({ notInPeriod: written.notInPeriod, providerCreated: providerId === null }), reportId]);
    await client.query('COMMIT');
    return { ...validation, reportId, returnId: written.returnId, outcome: ReportOutcome.ACCEPTED, accepted: true,
      provider: { key: providerKey, created: providerId === null }, period: period.code, dryRun,
      counts: { workplaces: written.workplaces, staffRecords: written.staffRecords, trainingRecords: written.trainingRecords },
      notInPeriod: written.notInPeriod, supersedesReturnId: written.supersedesId, problemsTotal };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

function countRecords(results: FileResult[]): SubmissionReport['counts'] {
  const of = (k: FileKind) => results.filter((r) => r.kind === k).reduce((n, r) => n + r.records, 0);
  return { workplaces: of('workplace'), staffRecords: of('worker'), trainingRecords: of('training') };
}

async function inTransaction<T>(client: PoolClient, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  const out = await fn();
  await client.query('COMMIT');
  return out;
}

async function alreadyReceived(client: PoolClient, providerKey: string, period: string, returnId: number, reportId: number): Promise<SubmissionReport> {
  await client.query('ROLLBACK');
  const { rows } = await client.query(`SELECT r.status, r.files, r.workplaces, r.staff_records, r.training_records, rr.errors, rr.warnings, rr.summary
     FROM "return" r JOIN return_report rr ON rr.id = r.report_id WHERE r.id = $1`, [returnId]);
  const r = rows[0];
  return { reportId, returnId, outcome: ReportOutcome.ALREADY_RECEIVED, status: r.status, accepted: true, provider: { key: providerKey, created: false },
    period, dryRun: false, files: r.files, counts: { workplaces: r.workplaces, staffRecords: r.staff_records, trainingRecords: r.training_records },
    errors: r.errors, warnings: r.warnings, summary: r.summary.byCode ?? [], notInPeriod: { workplaces: [], staff: [] }, supersedesReturnId: null,
    problems: [], problemsTotal: r.errors + r.warnings };
}
