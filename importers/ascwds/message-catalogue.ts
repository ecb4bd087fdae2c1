import { join } from 'node:path';
import { ascwdsSpecDir } from '../../src/paths';
import { readTable } from './read-table';

export type FileKind = 'workplace' | 'worker' | 'training';
/** `any` marks the hub's own file-level messages, which apply to every kind of file. */
export type MessageFile = FileKind | 'any';
export type Severity = 'error' | 'warning';

/** One message of bulk_upload_validation_messages.csv (ASC-WDS) or hub_messages.csv (the hub's own codes). */
export interface MessageDef {
  readonly file: MessageFile;
  readonly severity: Severity;
  readonly code: number;
  readonly type: string;
  readonly column: string;
  readonly message: string;
  readonly when: string;
  readonly source: 'ascwds' | 'hub';
}

let catalogue: readonly MessageDef[] | undefined;

function load(): readonly MessageDef[] {
  if (catalogue) return catalogue;
  const from = (name: string, source: MessageDef['source']): MessageDef[] =>
    readTable(join(ascwdsSpecDir, name))
      // the CSV documents the uncoded QUALACH04+ messages with severity "(none)"; they have no code to report under
      .filter((r) => r.code !== '' && (r.severity === 'error' || r.severity === 'warning'))
      .map((r) => Object.freeze({
        file: r.file as MessageFile,
        severity: r.severity as Severity,
        code: Number(r.code),
        type: r.type,
        column: r.column,
        message: r.message,
        when: r.when,
        source,
      }));
  catalogue = Object.freeze([...from('bulk_upload_validation_messages.csv', 'ascwds'), ...from('hub_messages.csv', 'hub')]);
  return catalogue;
}

/** Every message, optionally for one file. */
export function messages(file?: MessageFile): readonly MessageDef[] {
  return file ? load().filter((m) => m.file === file) : load();
}

/**
 * The message identified by (file, code, type) and, where ASC-WDS reuses that triple for several texts,
 * a fragment of the wanted text. Unknown or ambiguous look-ups are programming faults and throw at load time.
 */
export function message(file: MessageFile, code: number, type: string, textFragment?: string): MessageDef {
  const candidates = load().filter((m) => m.file === file && m.code === code && m.type === type
    && (textFragment === undefined || m.message.includes(textFragment)));
  if (candidates.length !== 1) {
    throw new RangeError(`message(${file}, ${code}, ${type}, ${textFragment ?? ''}) matches ${candidates.length} messages`);
  }
  return candidates[0];
}

const PLACEHOLDER = /<[^<>]+>/g;

/** Fills the `<…>` placeholders of a message text, in order; placeholders without a value are kept as written. */
export function fillMessage(def: MessageDef, values: readonly (string | number)[] = []): string {
  if (values.length === 0) return def.message;
  let i = 0;
  return def.message.replace(PLACEHOLDER, (p) => (i < values.length ? String(values[i++]) : p));
}

/** Shorthand for one file's messages: `const msg = messagesOf('worker'); msg(1060, 'WORKER_NINUMBER_ERROR')`. */
export function messagesOf(file: MessageFile): (code: number, type: string, textFragment?: string) => MessageDef {
  return (code, type, textFragment) => message(file, code, type, textFragment);
}
