import type { ColumnSpec } from './column-kinds';
import { codeList, simpleCodeSet } from './code-lists';
import { columnIndex } from './file-layout';
import { message } from './message-catalogue';
import { referenceRule } from './rules/reference.rule';
import { trainingDatesRule } from './rules/training-dates.rule';
import type { TrainingRecord } from './training-record';

const msg = (code: number, type: string, text?: string) => message('training', code, type, text);
const at = (column: string) => columnIndex('training', column);
const codes = (list: string) => new Set(codeList(list).keys());
const simple = (column: string) => simpleCodeSet('training', column);

/** Training file: column → rule kind, code list and message. Evaluated in this order. */
export function trainingColumns(): readonly ColumnSpec<TrainingRecord>[] {
  return [
    referenceRule<TrainingRecord>({
      column: 'LOCALESTID', index: at('LOCALESTID'), refField: 'localRef', keyField: 'localKey', maxLength: 50,
      blank: msg(1000, 'LOCALESTID_ERROR', 'not been supplied'), tooLong: msg(1000, 'LOCALESTID_ERROR', 'longer than'),
    }),
    referenceRule<TrainingRecord>({
      column: 'UNIQUEWORKERID', index: at('UNIQUEWORKERID'), refField: 'workerRef', keyField: 'workerKey', maxLength: 50,
      blank: msg(1010, 'UNIQUE_WORKER_ID_ERROR', 'not been supplied'), tooLong: msg(1010, 'UNIQUE_WORKER_ID_ERROR', 'longer than'),
    }),
    { kind: 'code', column: 'CATEGORY', field: 'category', codes: codes('training_categories'), bad: msg(1050, 'CATEGORY_ERROR'), blank: msg(1050, 'CATEGORY_ERROR') },
    { kind: 'text', column: 'TRAININGNAME', field: 'trainingName', maxLength: 120, tooLong: msg(1040, 'TRAININGNAME_ERROR') },
    { kind: 'code', column: 'ACCREDITED', field: 'accredited', codes: simple('ACCREDITED'), bad: msg(1060, 'ACCREDITED_ERROR') },
    { kind: 'code', column: 'WHODELIVERED', field: 'deliveredBy', codes: simple('WHODELIVERED'), bad: msg(1080, 'WHODELIVERED_ERROR') },
    {
      kind: 'code', column: 'PROVIDERNAME', field: 'provider', codes: codes('training_providers'), bad: msg(1090, 'PROVIDERNAME_ERROR'),
      gates: [{ when: [{ field: 'deliveredBy', in: new Set([2]) }], ignored: msg(2090, 'PROVIDERNAME_WARNING') }],
    },
    { kind: 'code', column: 'HOWDELIVERED', field: 'howDelivered', codes: simple('HOWDELIVERED'), bad: msg(1100, 'HOWDELIVERED_ERROR') },
    trainingDatesRule({ validity: at('VALIDITY'), completed: at('DATECOMPLETED'), expiry: at('EXPIRYDATE') }),
    { kind: 'text', column: 'NOTES', field: 'notes', maxLength: 1000, tooLong: msg(1070, 'NOTES_ERROR') },
  ];
}
