import type { RuleColumn } from '../column-kinds';
import { simpleCodeSet } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { listItems } from '../parse-values';
import { finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

/** The Level 2 Adult Social Care Certificate started in 2024; earlier years are impossible. */
export const L2_FIRST_YEAR = 2024;
const YEAR = /^\d{4}$/;

/** L2CARECERT: `1`, `1;YYYY`, `2` or `3`; a year only with 1, from 2024, not in the future. Bad parts are ignored with warnings. */
export function level2CareCertificateRule(index: number): RuleColumn<WorkerRecord> {
  const msg = messagesOf('worker');
  const codes = simpleCodeSet('worker', 'L2CARECERT');
  const badCode = msg(5590, 'L2CARECERT_WARNING');
  const yearNotAllowed = new Map([
    [2, msg(5600, 'L2CARECERT_WARNING_IGNORE_YEAR_FOR_OPTION_2')],
    [3, msg(5610, 'L2CARECERT_WARNING_IGNORE_YEAR_FOR_OPTION_3')],
  ]);
  const tooEarly = msg(5620, 'L2CARECERT_WARNING_YEAR_BEFORE_2024');
  const future = msg(5630, 'L2CARECERT_WARNING_YEAR_IN_FUTURE');
  const invalid = msg(5640, 'L2CARECERT_WARNING_YEAR_INVALID');
  return {
    kind: 'rule',
    name: 'L2CARECERT',
    rule: ({ values, env }) => {
      const text = values[index];
      if (text === '') return result<WorkerRecord>({ level2CareCertificate: null, level2CareCertificateYear: null });
      const [codeText, yearText = '', ...rest] = listItems(text);
      const code = Number(codeText);
      if (!/^\d+$/.test(codeText) || !codes.has(code) || rest.length > 0) {
        return result<WorkerRecord>({ level2CareCertificate: null, level2CareCertificateYear: null }, [finding(badCode, text)]);
      }
      const keep = (year: number | null, problem?: typeof badCode) =>
        result<WorkerRecord>({ level2CareCertificate: code, level2CareCertificateYear: year }, problem ? [finding(problem, text)] : undefined);
      if (yearText === '') return keep(null);
      const notAllowed = yearNotAllowed.get(code);
      if (notAllowed) return keep(null, notAllowed);
      if (!YEAR.test(yearText)) return keep(null, invalid);
      const year = Number(yearText);
      if (year < L2_FIRST_YEAR) return keep(null, tooEarly);
      if (year > env.todayYear) return keep(null, future);
      return keep(year);
    },
  };
}
