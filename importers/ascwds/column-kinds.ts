import type { MessageDef } from './message-catalogue';
import { finding, NO_FINDINGS, type Finding } from './problem';
import { decimal, halves, integer, round2, twoDecimals, wholeNumber } from './parse-values';
import { result, type CompiledStep, type RowInput, type StepResult } from './row-engine';

/**
 * The few rule kinds a column can have. Which column gets which kind, code list and message is data:
 * see workplace-columns.ts, worker-columns.ts and training-columns.ts.
 */

/** A test on a field decided earlier in the row. `orNull` lets a blank or invalid field pass. */
export interface Condition<R> {
  readonly field: keyof R;
  readonly in?: ReadonlySet<unknown>;
  readonly notIn?: ReadonlySet<unknown>;
  readonly orNull?: boolean;
}

export function holds<R>(conds: readonly Condition<R>[], rec: Readonly<R>): boolean {
  for (const c of conds) {
    const v = rec[c.field] as unknown;
    if (v === null || v === undefined) {
      if (c.orNull || (c.notIn && !c.in)) continue;
      return false;
    }
    if (c.in && !c.in.has(v)) return false;
    if (c.notIn && c.notIn.has(v)) return false;
  }
  return true;
}

interface Common<R> {
  readonly column: string;
  readonly field: keyof R;
  readonly always?: boolean;
  /** Blank and required (or expected: the message's severity says which). */
  readonly blank?: MessageDef;
  /** Blank is only reported when these hold. */
  readonly expectedWhen?: readonly Condition<R>[];
  /** A value is only kept when every gate holds; the first gate that fails is reported and the field is null. */
  readonly gates?: readonly Gate<R>[];
}

/** "Only when …, otherwise ignored with this message." */
export interface Gate<R> {
  readonly when: readonly Condition<R>[];
  readonly ignored: MessageDef;
}

export interface TextColumn<R> extends Common<R> {
  readonly kind: 'text';
  /** Longest accepted length. */
  readonly maxLength: number;
  readonly tooLong: MessageDef;
}

export interface CodeColumn<R> extends Common<R> {
  readonly kind: 'code';
  readonly codes: ReadonlySet<number>;
  readonly bad: MessageDef;
  /** Not a whole number (defaults to `bad`). */
  readonly notNumber?: MessageDef;
  /** Codes in range but with no mapping (ESTTYPE 2, 4, 5). */
  readonly unmapped?: { readonly codes: ReadonlySet<number>; readonly msg: MessageDef };
  /** The message has a `<code>` placeholder to fill with the value. */
  readonly fillValue?: boolean;
}

export interface ChoiceColumn<R> extends Common<R> {
  readonly kind: 'choice';
  /** Lower-cased file text → stored value. */
  readonly choices: ReadonlyMap<string, unknown>;
  readonly bad: MessageDef;
}

export interface NumberColumn<R> extends Common<R> {
  readonly kind: 'number';
  readonly format: 'whole' | 'integer' | 'halves' | 'decimal' | 'twoDecimals';
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
  readonly bad: MessageDef;
  /** Out of range (defaults to `bad`). */
  readonly outOfRange?: MessageDef;
  /** A value meaning "don't know" (999): the field is null and `dontKnowField` true. */
  readonly dontKnow?: { readonly value: number; readonly field: keyof R };
  readonly round2?: boolean;
}

export interface PatternColumn<R> extends Common<R> {
  readonly kind: 'pattern';
  readonly pattern: RegExp;
  readonly bad: MessageDef;
  /** Longest accepted length, checked before the pattern. */
  readonly maxLength?: number;
  readonly tooLong?: MessageDef;
  /** Applied before matching, and the stored form (e.g. upper-case postcode). */
  readonly normalise?: (text: string) => string;
}

export interface RuleColumn<R> {
  readonly kind: 'rule';
  readonly name: string;
  readonly always?: boolean;
  readonly rule: (input: RowInput<R>) => StepResult<R>;
}

export type ColumnSpec<R> = TextColumn<R> | CodeColumn<R> | ChoiceColumn<R> | NumberColumn<R> | PatternColumn<R> | RuleColumn<R>;

type Parsed = { value: unknown; extra?: Record<string, unknown>; problem?: MessageDef; fill?: boolean };

const NUMBER_FORMATS = { whole: wholeNumber, integer, halves, decimal, twoDecimals } as const;

function parseCode<R>(spec: CodeColumn<R>, text: string): Parsed {
  const n = wholeNumber(text);
  if (n === null) return { value: null, problem: spec.notNumber ?? spec.bad, fill: spec.fillValue };
  if (spec.unmapped?.codes.has(n)) return { value: null, problem: spec.unmapped.msg, fill: true };
  if (!spec.codes.has(n)) return { value: null, problem: spec.bad, fill: spec.fillValue };
  return { value: n };
}

function parseNumber<R>(spec: NumberColumn<R>, text: string): Parsed {
  const n = NUMBER_FORMATS[spec.format](text);
  if (n === null) return { value: null, problem: spec.bad };
  if (spec.dontKnow && n === spec.dontKnow.value) return { value: null, extra: { [spec.dontKnow.field]: true } };
  const low = spec.minExclusive ? n <= spec.min : n < spec.min;
  if (low || n > spec.max) return { value: null, problem: spec.outOfRange ?? spec.bad };
  return { value: spec.round2 ? round2(n) : n };
}

function parse<R>(spec: Exclude<ColumnSpec<R>, RuleColumn<R>>, text: string): Parsed {
  switch (spec.kind) {
    case 'text': return text.length > spec.maxLength ? { value: null, problem: spec.tooLong } : { value: text };
    case 'code': return parseCode(spec, text);
    case 'choice': {
      const v = spec.choices.get(text.toLowerCase());
      return v === undefined ? { value: null, problem: spec.bad } : { value: v };
    }
    case 'number': return parseNumber(spec, text);
    case 'pattern': {
      if (spec.maxLength !== undefined && text.length > spec.maxLength) return { value: null, problem: spec.tooLong ?? spec.bad };
      const v = spec.normalise ? spec.normalise(text) : text;
      return spec.pattern.test(v) ? { value: v } : { value: null, problem: spec.bad };
    }
  }
}

/** Turns one row of a column table into a step. */
export function compileColumn<R>(spec: ColumnSpec<R>, index: (column: string) => number): CompiledStep<R> {
  if (spec.kind === 'rule') return { run: spec.rule, always: spec.always ?? false, name: spec.name };
  const at = index(spec.column);
  const field = spec.field;
  const dontKnowField = spec.kind === 'number' ? spec.dontKnow?.field : undefined;
  const clearedSet = (dontKnowField ? { [field]: null, [dontKnowField]: false } : { [field]: null }) as Partial<R>;
  const run = ({ values, rec }: RowInput<R>): StepResult<R> => {
    const text = values[at];
    if (text === '') {
      const report = spec.blank && (!spec.expectedWhen || holds(spec.expectedWhen, rec));
      return result(clearedSet, report && spec.blank ? [finding(spec.blank, '')] : NO_FINDINGS);
    }
    if (spec.gates) {
      for (const gate of spec.gates) {
        if (!holds(gate.when, rec)) return result(clearedSet, [finding(gate.ignored, text)]);
      }
    }
    const p = parse(spec, text);
    const findings: readonly Finding[] = p.problem ? [finding(p.problem, text, p.fill ? [text] : undefined)] : NO_FINDINGS;
    if (!dontKnowField) return { set: null, field, value: p.value, findings };
    return result({ [field]: p.value, [dontKnowField]: false, ...p.extra } as Partial<R>, findings);
  };
  return { run, always: spec.always ?? false, name: spec.column };
}
