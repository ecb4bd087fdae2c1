import type { RuleColumn } from '../column-kinds';
import { messagesOf } from '../message-catalogue';
import { yearOf } from '../parse-values';
import { finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

/** COUNTRYOFBIRTH code for the United Kingdom. */
export const UK = 826;
const YEAR = /^\d{4}$/;

/** YEAROFENTRY: only for people born outside the UK; a 4-digit year, not in the future, not before the birth year. */
export function yearOfEntryRule(index: number): RuleColumn<WorkerRecord> {
  const msg = messagesOf('worker');
  const noCountry = msg(3380, 'YEAROFENTRY_WARNING', 'Country of Birth is missing');
  const british = msg(3380, 'YEAROFENTRY_WARNING', 'Country of Birth is British');
  const malformed = msg(1380, 'YEAROFENTRY_ERROR', 'incorrectly formatted');
  const future = msg(1380, 'YEAROFENTRY_ERROR', 'in the future');
  const beforeBirth = msg(1380, 'YEAROFENTRY_ERROR', 'greater or equal to DOB');
  return {
    kind: 'rule',
    name: 'YEAROFENTRY',
    rule: ({ values, rec, env }) => {
      const text = values[index];
      if (text === '') return result<WorkerRecord>({ yearOfEntry: null });
      const fail = (m: typeof noCountry) => result<WorkerRecord>({ yearOfEntry: null }, [finding(m, text)]);
      if (rec.countryOfBirth === null) return fail(noCountry);
      if (rec.countryOfBirth === UK) return fail(british);
      if (!YEAR.test(text)) return fail(malformed);
      const year = Number(text);
      if (year > env.todayYear) return fail(future);
      if (rec.dob !== null && year < yearOf(rec.dob)) return fail(beforeBirth);
      return result<WorkerRecord>({ yearOfEntry: year });
    },
  };
}
