import type { RuleColumn } from '../column-kinds';
import { flagged, simpleCodeSet } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { wholeNumber } from '../parse-values';
import { finding } from '../problem';
import { result } from '../row-engine';
import type { WorkplaceRecord } from '../workplace-record';

/** MAINSERVICE code of a head office, exempt from several CQC rules. */
export const HEAD_OFFICE = 72;
const CQC = 2;

/** REGTYPE 0 or 2, consistent with whether the main service counts as CQC regulated (main_services.csv). */
export function regTypeRule(index: number): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const codes = simpleCodeSet('workplace', 'REGTYPE');
  const regulated = flagged('main_services', 'counts_as_cqc_regulated_for_regtype');
  const blank = msg(1100, 'REGTYPE_ERROR', 'not been supplied');
  const bad = msg(1100, 'REGTYPE_ERROR', 'incorrect');
  const cqcWithout = msg(1100, 'REGTYPE_ERROR', 'REGTYPE is 2');
  const nonCqcWith = msg(1100, 'REGTYPE_ERROR', 'REGTYPE is 0');
  return {
    kind: 'rule',
    name: 'REGTYPE',
    rule: ({ values, rec }) => {
      const text = values[index];
      if (text === '') return result<WorkplaceRecord>({ cqcRegulated: null }, [finding(blank, '')]);
      const n = wholeNumber(text);
      if (n === null || !codes.has(n)) return result<WorkplaceRecord>({ cqcRegulated: null }, [finding(bad, text)]);
      const cqcRegulated = n === CQC;
      const main = rec.mainService;
      if (main !== null && main !== HEAD_OFFICE && cqcRegulated !== regulated.has(main)) {
        return result<WorkplaceRecord>({ cqcRegulated }, [finding(cqcRegulated ? cqcWithout : nonCqcWith, `${text}/${main}`)]);
      }
      return result<WorkplaceRecord>({ cqcRegulated });
    },
  };
}
