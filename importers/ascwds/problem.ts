import { fillMessage, type FileKind, type MessageDef, type Severity } from './message-catalogue';

/** One reported problem, shaped like an ASC-WDS report line. Never carries an NI number in clear. */
export interface Problem {
  file: string;
  kind: FileKind | null;
  /** 1 = header, 0 = whole file, 2 = first data row. */
  line: number;
  column: string;
  value: string;
  code: number;
  type: string;
  severity: Severity;
  message: string;
  localRef?: string;
  workerRef?: string;
}

/** What a rule returns: the message, where, and the values to fill into its placeholders. */
export interface Finding {
  readonly msg: MessageDef;
  readonly value: string;
  /** Defaults to the message's own column (e.g. `ALLJOBROLES/VACANCIES`). */
  readonly column?: string;
  readonly fill?: readonly (string | number)[];
}

export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

export function finding(msg: MessageDef, value: string, fill?: readonly (string | number)[], column?: string): Finding {
  return { msg, value, fill, column };
}

const NI_SHAPED = /[A-Za-z]{2}\s*\d{2}\s*\d{2}\s*\d{2}\s*[A-Za-z]?/g;

/** `JR975628C` → `JR****28C`: keeps enough to find the cell, not enough to identify anyone. */
export function maskNi(value: string): string {
  const compact = value.replace(/\s+/g, '');
  if (compact.length <= 5) return '*'.repeat(compact.length);
  return compact.slice(0, 2) + '*'.repeat(compact.length - 5) + compact.slice(-3);
}

/** Masks anything NI-shaped in a reported value, whatever column it was found in (a shifted row can put one anywhere). */
export function maskNiShaped(value: string): string {
  return value.length < 8 ? value : value.replace(NI_SHAPED, maskNi);
}

export interface ProblemPlace {
  file: string;
  kind: FileKind | null;
  line: number;
  localRef?: string;
  workerRef?: string;
}

export function toProblem(f: Finding, at: ProblemPlace): Problem {
  const column = f.column ?? f.msg.column;
  const value = column === 'NINUMBER' ? maskNi(f.value) : maskNiShaped(f.value);
  const p: Problem = {
    file: at.file,
    kind: at.kind,
    line: at.line,
    column,
    value,
    code: f.msg.code,
    type: f.msg.type,
    severity: f.msg.severity,
    message: fillMessage(f.msg, f.fill),
  };
  if (at.localRef !== undefined) p.localRef = at.localRef;
  if (at.workerRef !== undefined) p.workerRef = at.workerRef;
  return p;
}
