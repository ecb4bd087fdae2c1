import type { RuleColumn } from '../column-kinds';
import { messagesOf } from '../message-catalogue';
import { ageOn, lenientDate } from '../parse-values';
import { finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

/** Ages accepted on the day of validation (ASC-WDS: 14 to 100). */
export const DOB_AGE_RANGE = { min: 14, max: 100 } as const;

/** DOB: read leniently as d/m/yyyy; `Admin` keeps the stored value; missing, malformed or implausible ages are warnings. */
export function dateOfBirthRule(index: number): RuleColumn<WorkerRecord> {
  const msg = messagesOf('worker');
  const missing = msg(3080, 'DOB_WARNING', 'missing');
  const malformed = msg(3080, 'DOB_WARNING', 'incorrectly formatted');
  const range = msg(3080, 'DOB_WARNING', 'valid range');
  return {
    kind: 'rule',
    name: 'DOB',
    rule: ({ values, env }) => {
      const text = values[index];
      if (text === '') return result<WorkerRecord>({ dob: null, dobKeep: false }, [finding(missing, '')]);
      if (text.toLowerCase() === 'admin') return result<WorkerRecord>({ dob: null, dobKeep: true });
      const dob = lenientDate(text);
      if (dob === null) return result<WorkerRecord>({ dob: null, dobKeep: false }, [finding(malformed, text)]);
      const age = ageOn(dob, env.today);
      if (age < DOB_AGE_RANGE.min || age > DOB_AGE_RANGE.max) return result<WorkerRecord>({ dob: null, dobKeep: false }, [finding(range, text)]);
      return result<WorkerRecord>({ dob, dobKeep: false });
    },
  };
}
