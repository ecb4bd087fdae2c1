import Papa from 'papaparse';
import type { FileKind, Severity } from './message-catalogue';
import type { FileResult } from './parse-file';
import { maskNiShaped, type Problem } from './problem';

export type UploadStatus = 'FAILED' | 'WARNINGS' | 'PASSED';

export interface ReportFile {
  name: string;
  kind: FileKind | null;
  format: string | null;
  records: number;
  errors: number;
  warnings: number;
  sha256: string;
  bytes: number;
}

/** How often one message occurred in one file (ASC-WDS groups its report the same way). */
export interface MessageCount {
  file: string;
  kind: FileKind | null;
  code: number;
  type: string;
  severity: Severity;
  /** The first occurrence's text (texts with placeholders differ between rows). */
  message: string;
  count: number;
}

export interface ImportReport {
  status: UploadStatus;
  errors: number;
  warnings: number;
  files: ReportFile[];
  /** Sorted by file (in the order of the results), then line. */
  problems: Problem[];
  summary: MessageCount[];
}

/** FAILED if any error, else WARNINGS if any warning, else PASSED (as ASC-WDS). */
export function uploadStatus(problems: readonly Problem[]): UploadStatus {
  if (problems.some((p) => p.severity === 'error')) return 'FAILED';
  return problems.length > 0 ? 'WARNINGS' : 'PASSED';
}

/** The report of an upload from its files' results and all of its problems (row, file-level and cross-file). */
export function buildReport(results: readonly FileResult[], problems: readonly Problem[]): ImportReport {
  const order = new Map(results.map((r, i) => [r.fileName, i]));
  const rank = (p: Problem) => order.get(p.file) ?? results.length;
  const sorted = problems
    .map((p) => ({ ...p, value: maskNiShaped(p.value) }))
    .sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line);
  const files = results.map((r): ReportFile => {
    const own = sorted.filter((p) => p.file === r.fileName);
    return {
      name: r.fileName, kind: r.kind, format: r.format, records: r.records, sha256: r.sha256, bytes: r.bytes,
      errors: own.filter((p) => p.severity === 'error').length,
      warnings: own.filter((p) => p.severity === 'warning').length,
    };
  });
  const errors = sorted.filter((p) => p.severity === 'error').length;
  return { status: uploadStatus(sorted), errors, warnings: sorted.length - errors, files, problems: sorted, summary: summarise(sorted) };
}

function summarise(problems: readonly Problem[]): MessageCount[] {
  const groups = new Map<string, MessageCount>();
  for (const p of problems) {
    const key = `${p.file}\u0000${p.code}\u0000${p.type}\u0000${p.severity}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { file: p.file, kind: p.kind, code: p.code, type: p.type, severity: p.severity, message: p.message, count: 1 });
  }
  return [...groups.values()];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export const REPORT_CSV_COLUMNS = ['Type', 'File', 'Workplace reference', 'Staff reference', 'Column', 'Line', 'Code', 'Message', 'Value'] as const;

/** The error report as CSV, one line per problem, like ASC-WDS's report sheets. */
export function reportCsv(report: ImportReport): string {
  const rows = report.problems.map((p) => [
    p.severity === 'error' ? 'ERROR' : 'WARNING',
    neutraliseCell(p.file),
    neutraliseCell(p.localRef ?? ''),
    neutraliseCell(p.workerRef ?? ''),
    neutraliseCell(p.column),
    String(p.line),
    String(p.code),
    neutraliseCell(p.message),
    neutraliseCell(p.value),
  ]);
  return Papa.unparse({ fields: [...REPORT_CSV_COLUMNS], data: rows }, { newline: '\r\n' });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A short human summary: status, counts per file, then each message with how often it occurred. */
export function reportText(report: ImportReport): string {
  const lines = [`Bulk upload validation: ${report.status} (${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')})`, '', 'Files:'];
  for (const f of report.files) {
    const what = f.kind === null ? 'not recognised' : `${f.kind === 'worker' ? 'staff' : f.kind}, ${f.format === 'current' ? 'current format' : `format of ${f.format}`}`;
    lines.push(`  ${f.name} (${what}): ${plural(f.records, 'record')}, ${plural(f.errors, 'error')}, ${plural(f.warnings, 'warning')}`);
  }
  for (const [severity, title] of [['error', 'Errors (the upload is rejected until they are fixed)'], ['warning', 'Warnings (accepted, but data is incomplete or inconsistent)']] as const) {
    const groups = report.summary.filter((s) => s.severity === severity);
    if (groups.length === 0) continue;
    lines.push('', `${title}:`);
    for (const g of groups) lines.push(`  ${g.file} ${g.code} ${g.type} ×${g.count}: ${g.message}`);
  }
  return `${lines.join('\n')}\n`;
}
