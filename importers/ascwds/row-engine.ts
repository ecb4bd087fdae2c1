import type { ReturnPeriod } from '../../src/returns/period';
import type { FileKind } from './message-catalogue';
import { NO_FINDINGS, type Finding } from './problem';

/** What every row rule may read besides the row: the day of validation and the file's header facts. */
export interface RowEnv {
  readonly period: ReturnPeriod;
  /** YYYY-MM-DD; ages and "in the future" are measured against it. */
  readonly today: string;
  readonly todayYear: number;
  readonly pseudonymise: (normalisedNi: string) => string;
  /** Staff files: how many QUALACHnn pairs the header has. */
  readonly qualificationPairs: number;
}

export interface RowInput<R> {
  /** Trimmed cell values in the canonical layout of file-layout.ts ('' when blank or absent from the format). */
  readonly values: readonly string[];
  /** The fields decided by earlier steps. */
  readonly rec: Readonly<R>;
  readonly env: RowEnv;
}

export interface StepResult<R> {
  /** Several fields at once (rule columns). */
  readonly set: Partial<R> | null;
  /** One field (simple columns): cheaper than a `set` object on every row. */
  readonly field?: keyof R;
  readonly value?: unknown;
  readonly findings: readonly Finding[];
}

/** A pure rule over one row: reads the row and earlier fields, returns fields and findings; never throws. */
export type Step<R> = (input: RowInput<R>) => StepResult<R>;

export interface CompiledStep<R> {
  readonly run: Step<R>;
  /** Runs (and reports) whatever the STATUS: keys, STATUS, ESTNAME/DISPLAYID. */
  readonly always: boolean;
  readonly name: string;
}

export interface RowSpec<R> {
  readonly kind: FileKind;
  readonly steps: readonly CompiledStep<R>[];
  /** ASC-WDS keeps only the first message of each code on a workplace or staff row. */
  readonly onePerCode: boolean;
}

export function result<R>(set: Partial<R> | null, findings: readonly Finding[] = NO_FINDINGS): StepResult<R> {
  return { set, findings };
}

const SKIP_STATUSES = new Set(['UNCHECKED', 'NOCHANGE', 'DELETE']);

/** True when only the key columns are checked: ASC-WDS skips column checks for these statuses. */
export function keysOnly(status: string | null): boolean {
  return status !== null && SKIP_STATUSES.has(status);
}

/**
 * Runs every step on a row in table order. Rows that only get key checks still carry their values,
 * parsed quietly, so that cross-file rules (e.g. DAYSSICK unchanged on NOCHANGE) can see them.
 */
export function runRow<R extends object>(spec: RowSpec<R>, values: readonly string[], env: RowEnv, rec: R, quiet: (rec: R) => boolean): Finding[] {
  const found: Finding[] = [];
  for (const step of spec.steps) {
    const out = step.run({ values, rec, env });
    if (out.field !== undefined) (rec as Record<keyof R, unknown>)[out.field] = out.value;
    else if (out.set !== null) for (const k in out.set) (rec as Record<string, unknown>)[k] = (out.set as Record<string, unknown>)[k];
    if (out.findings.length > 0 && (step.always || !quiet(rec))) for (const f of out.findings) found.push(f);
  }
  return spec.onePerCode ? firstPerCode(found) : found;
}

function firstPerCode(found: Finding[]): Finding[] {
  if (found.length < 2) return found;
  const seen = new Set<number>();
  return found.filter((f) => !seen.has(f.msg.code) && seen.add(f.msg.code) !== undefined);
}
