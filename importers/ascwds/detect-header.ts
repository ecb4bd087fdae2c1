import {
  BASE_QUALIFICATION_PAIRS, FILE_KINDS, MAX_QUALIFICATION_PAIRS, OPTIONAL_WORKER_COLUMNS,
  canonicalLayout, currentHeader, headerHistory, legacyColumnPolicy, qualificationColumn, refusedFormat,
  type HistoricFormat,
} from './file-layout';
import { diagnoseHeader } from './header-diagnosis';
import { message, type FileKind } from './message-catalogue';
import { finding, toProblem, type Problem } from './problem';

/** A header the importer can read: which file it is, which format, and how its fields map onto the current layout. */
export interface DetectedHeader {
  recognised: true;
  kind: FileKind;
  /** `current`, or the from_date of the older format in bulk_upload_header_history.csv. */
  format: string;
  columns: readonly string[];
  /** Fields a data row must have: the header's, counting trailing blank header cells. */
  fieldCount: number;
  /** For each canonical column (file-layout.ts), the index of its field in a row, or -1 when the file lacks it. */
  sourceIndex: Int32Array;
  /** Staff files: QUALACHnn pairs present (3 to 99). */
  qualificationPairs: number;
  hasChgUniqueWorkerId: boolean;
  hasTransferStaffRecord: boolean;
  droppedColumns: readonly string[];
  /** One warning per dropped column of an older format. */
  warnings: readonly Problem[];
}

export interface UnrecognisedHeader {
  recognised: false;
  /** The kind the header most resembles, when it resembles one. */
  kind: FileKind | null;
  problem: Problem;
}

export type HeaderDetection = DetectedHeader | UnrecognisedHeader;

/** Header cell names: BOM, quotes and surrounding spaces removed; trailing blank cells dropped but counted. */
export function splitHeaderLine(headerLine: string): { names: string[]; fieldCount: number } {
  const line = headerLine.replace(/^\uFEFF/, '').split('\n', 1)[0].replace(/\r$/, '');
  const cells = line.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
  const fieldCount = cells.length;
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return { names: cells, fieldCount };
}

interface WorkerParts { base: string[]; chg: boolean; transfer: boolean; pairs: number }

/** Takes the optional inserts after UNIQUEWORKERID and the QUALACH04+ pairs off a staff header. */
function workerParts(cols: readonly string[]): WorkerParts {
  const base = [...cols];
  const chg = base[2] === OPTIONAL_WORKER_COLUMNS[0];
  if (chg) base.splice(2, 1);
  const transfer = base[2] === OPTIONAL_WORKER_COLUMNS[1];
  if (transfer) base.splice(2, 1);
  let pairs = BASE_QUALIFICATION_PAIRS;
  const last = base.lastIndexOf(`${qualificationColumn(BASE_QUALIFICATION_PAIRS)}NOTES`);
  if (last >= 0) {
    let i = last + 1;
    while (pairs < MAX_QUALIFICATION_PAIRS) {
      const next = qualificationColumn(pairs + 1);
      if (base[i] !== next || base[i + 1] !== `${next}NOTES`) break;
      pairs++;
      i += 2;
    }
    base.splice(last + 1, i - last - 1);
  }
  return { base, chg, transfer, pairs };
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}

/** The format a header is written in: current first, then the older formats, preferring one that matches with its optional columns as written. */
function matchFormat(kind: FileKind, names: readonly string[]): { format: HistoricFormat | 'current'; parts: WorkerParts } | null {
  const parts: WorkerParts = kind === 'worker' ? workerParts(names) : { base: [...names], chg: false, transfer: false, pairs: 0 };
  if (sameColumns(parts.base, currentHeader(kind))) return { format: 'current', parts };
  const older = headerHistory().filter((h) => h.kind === kind && !h.current);
  const exact = older.find((h) => sameColumns(workerLess(kind, h.columns), parts.base) && h.columns.includes(OPTIONAL_WORKER_COLUMNS[0]) === parts.chg);
  const loose = exact ?? older.find((h) => sameColumns(workerLess(kind, h.columns), parts.base));
  return loose ? { format: loose, parts } : null;
}

function workerLess(kind: FileKind, columns: readonly string[]): readonly string[] {
  return kind === 'worker' ? workerParts(columns).base : columns;
}

function mapColumns(kind: FileKind, names: readonly string[], fileName: string, fromDate: string | null) {
  const layout = canonicalLayout(kind);
  const policy = legacyColumnPolicy(kind);
  const sourceIndex = new Int32Array(layout.names.length).fill(-1);
  const dropped: string[] = [];
  names.forEach((name, i) => {
    const rule = policy.get(name);
    const target = layout.index.get(rule?.action === 'rename' ? rule.currentColumn : name);
    if (target === undefined) dropped.push(name);
    else sourceIndex[target] = i;
  });
  const msg = message('any', 9002, 'LEGACY_COLUMN_DROPPED_WARNING');
  const warnings = dropped.map((c) => toProblem(
    finding(msg, '', [fileName, kindLabel(kind), fromDate ?? 'current', c, c], c),
    { file: fileName, kind, line: 1 },
  ));
  return { sourceIndex, dropped, warnings };
}

export function kindLabel(kind: FileKind): string {
  return kind === 'worker' ? 'staff' : kind;
}

/** Recognises a file by its first line (file names do not matter), in the current format or any older one. */
export function detectHeader(headerLine: string, fileName: string): HeaderDetection {
  const { names, fieldCount } = splitHeaderLine(headerLine);
  for (const kind of FILE_KINDS) {
    const match = matchFormat(kind, names);
    if (!match) continue;
    const fromDate = match.format === 'current' ? null : match.format.fromDate;
    const reason = fromDate ? refusedFormat(kind, fromDate) : null;
    if (reason !== null && fromDate !== null) {
      const msg = message('any', 9001, 'HEADER_FORMAT_REFUSED_ERROR');
      return {
        recognised: false,
        kind,
        problem: toProblem(finding(msg, '', [fileName, kindLabel(kind), fromDate, reason], ''), { file: fileName, kind, line: 1 }),
      };
    }
    const mapped = mapColumns(kind, names, fileName, fromDate);
    return {
      recognised: true,
      kind,
      format: fromDate ?? 'current',
      columns: names,
      fieldCount: Math.max(fieldCount, names.length),
      sourceIndex: mapped.sourceIndex,
      qualificationPairs: kind === 'worker' ? match.parts.pairs : 0,
      hasChgUniqueWorkerId: match.parts.chg,
      hasTransferStaffRecord: match.parts.transfer,
      droppedColumns: mapped.dropped,
      warnings: mapped.warnings,
    };
  }
  const diagnosis = diagnoseHeader(names);
  const msg = message('any', 9000, 'HEADER_UNKNOWN_ERROR');
  return {
    recognised: false,
    kind: diagnosis.kind,
    problem: toProblem(finding(msg, names.join(',').slice(0, 200), [fileName, diagnosis.details], ''), { file: fileName, kind: diagnosis.kind, line: 1 }),
  };
}
