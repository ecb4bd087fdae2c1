import type { Readable } from 'node:stream';
import type Papa from 'papaparse';
import { BadInput } from '../../src/errors';
import type { ReturnPeriod } from '../../src/returns/period';
import type { ImportRecord } from './copy-row';
import { parseCsvChunks } from './csv-chunks';
import { detectHeader, type DetectedHeader } from './detect-header';
import { canonicalLayout } from './file-layout';
import { message, type FileKind } from './message-catalogue';
import { finding, toProblem, type Problem } from './problem';
import type { RowEnv } from './row-engine';
import { rowValidator } from './row-validators';
import { rowShapeProblem } from './row-shape';
import { Utf8TextStream } from './utf8-text-stream';
import type { TrainingRecord } from './training-record';
import type { WorkerRecord } from './worker-record';
import type { WorkplaceRecord } from './workplace-record';

export interface RowContext {
  period: ReturnPeriod;
  /** YYYY-MM-DD: "today" for age and future-date checks. */
  today: string;
  /** Keyed hash of a normalised NI number (upper case, no spaces); the only form in which it leaves the importer. */
  pseudonymise(normalisedNi: string): string;
}

export interface RecordBatch {
  kind: FileKind;
  records: (WorkplaceRecord | WorkerRecord | TrainingRecord)[];
  /** Row problems of these records' rows (and of rejected rows); file-level problems are in FileResult.fileProblems. */
  problems: Problem[];
}

export interface FileResult {
  fileName: string;
  kind: FileKind | null;
  /** `current`, or the from_date of the older format; null when the header was not recognised. */
  format: string | null;
  sha256: string;
  bytes: number;
  /** Records emitted (one per data row that could be read). */
  records: number;
  /** Data rows that could not be read (quote or field-count problems) and have no record. */
  rejectedRows: number;
  errors: number;
  warnings: number;
  /** Header, encoding and empty-file problems (line 1 or 0); never sent in a batch. */
  fileProblems: Problem[];
  droppedColumns: string[];
  qualificationPairs: number;
  hasChgUniqueWorkerId: boolean;
  hasTransferStaffRecord: boolean;
}

/** Records per batch; a few thousand keeps COPY efficient and memory small. */
export const BATCH_RECORDS = 5000;
const BATCH_PROBLEMS = 20000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads, recognises and validates one bulk-upload file, handing records and row problems to `onBatch` as it goes. */
export async function validateFile(input: Readable, fileName: string, ctx: RowContext, onBatch: (b: RecordBatch) => Promise<void>): Promise<FileResult> {
  if (!ISO_DAY.test(ctx.today)) throw new BadInput(`today must be YYYY-MM-DD, not "${ctx.today}"`, { today: ctx.today });
  const text = new Utf8TextStream();
  const done = new Promise<void>((resolve, reject) => { input.once('error', reject); text.once('end', resolve); });
  done.catch(() => undefined); // awaited below; the parse rejects first with the same error
  input.once('error', (e) => text.destroy(e));
  input.pipe(text);

  const fileProblems: Problem[] = [];
  let header: DetectedHeader | null = null;
  let headerSeen = false;
  let kind: FileKind | null = null;
  let validate: ReturnType<typeof rowValidator> | null = null;
  let env: RowEnv | null = null;
  let values: string[] = [];
  let line = 1;
  let records: ImportRecord[] = [];
  let problems: Problem[] = [];
  const counts = { records: 0, rejected: 0, errors: 0, warnings: 0 };
  const count = (p: Problem) => { if (p.severity === 'error') counts.errors++; else counts.warnings++; };

  const flush = async () => {
    if (kind === null || (records.length === 0 && problems.length === 0)) return;
    const batch: RecordBatch = { kind, records, problems };
    records = [];
    problems = [];
    await onBatch(batch);
  };

  /** Handles rows from `start`; pauses (returns a promise) whenever a batch is full, so a batch never waits on a whole chunk. */
  const handleRows = (rows: string[][], rowErrors: Map<number, Papa.ParseError>, start: number): Promise<void> | void => {
    for (let r = start; r < rows.length; r++) {
      const row = rows[r];
      if (!headerSeen) {
        if (isBlank(row)) continue;
        headerSeen = true;
        const detected = detectHeader(row.join(','), fileName);
        if (!detected.recognised) {
          fileProblems.push(detected.problem);
          continue;
        }
        header = detected;
        kind = detected.kind;
        fileProblems.push(...detected.warnings);
        validate = rowValidator(kind);
        values = new Array<string>(canonicalLayout(kind).names.length).fill('');
        env = { period: ctx.period, today: ctx.today, todayYear: Number(ctx.today.slice(0, 4)), pseudonymise: ctx.pseudonymise, qualificationPairs: detected.qualificationPairs };
        continue;
      }
      if (header === null || validate === null || env === null || isBlank(row)) continue;
      line++;
      const shape = rowShapeProblem(row, header.fieldCount, rowErrors.get(r));
      if (shape !== null) {
        const p = toProblem(finding(message('any', shape.code, shape.type), '', shape.fill, ''), { file: fileName, kind, line, localRef: row[0]?.trim() || undefined });
        problems.push(p);
        count(p);
        counts.rejected++;
      } else {
        const src = header.sourceIndex;
        for (let i = 0; i < src.length; i++) if (src[i] >= 0) values[i] = row[src[i]].trim();
        const { record, findings } = validate(values, env, line);
        records.push(record);
        counts.records++;
        if (findings.length > 0) {
          const refs = record as { localRef: string | null; workerRef?: string | null };
          const place = { file: fileName, kind, line, localRef: refs.localRef ?? undefined, workerRef: refs.workerRef ?? undefined };
          for (const f of findings) { const p = toProblem(f, place); problems.push(p); count(p); }
        }
      }
      if (records.length >= BATCH_RECORDS || problems.length >= BATCH_PROBLEMS) return flush().then(() => handleRows(rows, rowErrors, r + 1));
    }
  };

  await parseCsvChunks(text, ({ rows, errors }) => {
    const rowErrors = new Map(errors.filter((e) => e.row !== undefined).map((e) => [e.row as number, e]));
    return handleRows(rows, rowErrors, 0);
  });
  await done;
  await flush();

  if (text.nulAtLine !== null) fileProblems.push(fileProblem(9012, 'NOT_TEXT_ERROR', [fileName, text.nulAtLine], fileName, kind, 0));
  else if (text.invalidAtLine !== null) fileProblems.push(fileProblem(9010, 'ENCODING_ERROR', [fileName, text.invalidAtLine], fileName, kind, 0));
  if (!text.sawContent) fileProblems.push(fileProblem(9011, 'EMPTY_FILE_ERROR', [fileName], fileName, kind, 0));
  fileProblems.forEach(count);
  const h = header as DetectedHeader | null;
  return {
    fileName,
    kind,
    format: h?.format ?? null,
    sha256: text.sha256(),
    bytes: text.bytes,
    records: counts.records,
    rejectedRows: counts.rejected,
    errors: counts.errors,
    warnings: counts.warnings,
    fileProblems,
    droppedColumns: [...(h?.droppedColumns ?? [])],
    qualificationPairs: h?.qualificationPairs ?? 0,
    hasChgUniqueWorkerId: h?.hasChgUniqueWorkerId ?? false,
    hasTransferStaffRecord: h?.hasTransferStaffRecord ?? false,
  };
}

function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

function fileProblem(code: number, type: string, fill: (string | number)[], file: string, kind: FileKind | null, line: number): Problem {
  return toProblem(finding(message('any', code, type), '', fill, ''), { file, kind, line });
}
