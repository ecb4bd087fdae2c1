import { compileColumn, type ColumnSpec } from './column-kinds';
import type { ImportRecord } from './copy-row';
import { columnIndex } from './file-layout';
import type { FileKind } from './message-catalogue';
import type { Finding } from './problem';
import { keysOnly, runRow, type RowEnv, type RowSpec } from './row-engine';
import { emptyTrainingRecord } from './training-record';
import { trainingColumns } from './training-columns';
import { emptyWorkerRecord } from './worker-record';
import { workerColumns } from './worker-columns';
import { emptyWorkplaceRecord } from './workplace-record';
import { workplaceColumns } from './workplace-columns';

/** Validates one row (canonical layout) into a record and its findings. */
export type RowValidator = (values: readonly string[], env: RowEnv, line: number) => { record: ImportRecord; findings: Finding[] };

function compile<R extends object>(kind: FileKind, columns: readonly ColumnSpec<R>[], onePerCode: boolean): RowSpec<R> {
  return { kind, onePerCode, steps: columns.map((c) => compileColumn(c, (name) => columnIndex(kind, name))) };
}

function build(kind: FileKind): RowValidator {
  switch (kind) {
    case 'workplace': {
      const spec = compile(kind, workplaceColumns(), true);
      return (values, env, line) => {
        const record = emptyWorkplaceRecord(line);
        return { record, findings: runRow(spec, values, env, record, (r) => keysOnly(r.status)) };
      };
    }
    case 'worker': {
      const spec = compile(kind, workerColumns(), true);
      return (values, env, line) => {
        const record = emptyWorkerRecord(line);
        return { record, findings: runRow(spec, values, env, record, (r) => keysOnly(r.status)) };
      };
    }
    case 'training': {
      // training rows have no STATUS and ASC-WDS does not de-duplicate their messages
      const spec = compile(kind, trainingColumns(), false);
      return (values, env, line) => {
        const record = emptyTrainingRecord(line);
        return { record, findings: runRow(spec, values, env, record, () => false) };
      };
    }
  }
}

const validators = new Map<FileKind, RowValidator>();

/** The compiled row validator of a kind of file, built once from its column table. */
export function rowValidator(kind: FileKind): RowValidator {
  let v = validators.get(kind);
  if (!v) {
    v = build(kind);
    validators.set(kind, v);
  }
  return v;
}
