import type { RuleColumn } from '../column-kinds';
import { messagesOf } from '../message-catalogue';
import { wholeNumber } from '../parse-values';
import { finding } from '../problem';
import { result } from '../row-engine';
import type { WorkplaceRecord } from '../workplace-record';
import { HEAD_OFFICE } from './regtype.rule';

export const MAX_TOTAL_STAFF = 999;

/** TOTALPERMTEMP: 0 to 999, and 0 only for a head office. */
export function totalStaffRule(index: number): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const bad = msg(1200, 'TOTAL_PERM_TEMP_ERROR', 'must be a number');
  const zero = msg(1200, 'TOTAL_PERM_TEMP_ERROR', 'cannot be 0');
  return {
    kind: 'rule',
    name: 'TOTALPERMTEMP',
    rule: ({ values, rec }) => {
      const text = values[index];
      const n = wholeNumber(text);
      if (n === null || n > MAX_TOTAL_STAFF) return result<WorkplaceRecord>({ totalStaff: null }, [finding(bad, text)]);
      if (n === 0 && rec.mainService !== HEAD_OFFICE) return result<WorkplaceRecord>({ totalStaff: null }, [finding(zero, text)]);
      return result<WorkplaceRecord>({ totalStaff: n });
    },
  };
}
