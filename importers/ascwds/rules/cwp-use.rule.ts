import type { RuleColumn } from '../column-kinds';
import { codeList, flagged, simpleCodeSet } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { WorkplaceRecord } from '../workplace-record';

const USING = 1;
const MAX_DESCRIPTION = 120;

/** CWPUSE (`1;reason;…`, `2`, `999`) and CWPUSEDESC, which is only kept with the "something else" reason (cwp_use_reasons.csv is_other). */
export function cwpUseRule(at: { use: number; description: number }): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const answers = simpleCodeSet('workplace', 'CWPUSE');
  const reasons = codeList('cwp_use_reasons');
  const otherReasons = flagged('cwp_use_reasons', 'is_other');
  const m = {
    bad: msg(2490, 'CWPUSE_WARNING', 'for CWPUSE is incorrect'),
    badReason: msg(2490, 'CWPUSE_WARNING', 'CWPUSE reason'),
    descLong: msg(2500, 'CWPUSEDESC_WARNING', 'longer than 120'),
    descNotOther: msg(2500, 'CWPUSEDESC_WARNING', 'is not selected'),
  };
  return {
    kind: 'rule',
    name: 'CWPUSE/CWPUSEDESC',
    rule: ({ values }) => {
      const found: Finding[] = [];
      const text = values[at.use];
      let cwpUse: number | null = null;
      let cwpUseReasons: number[] | null = null;
      if (text !== '') {
        const [first, ...rest] = listItems(text);
        const answer = wholeNumber(first);
        if (answer === null || !answers.has(answer)) found.push(finding(m.bad, text));
        else {
          cwpUse = answer;
          if (answer === USING) {
            const codes = rest.filter((r) => r !== '').map(wholeNumber);
            cwpUseReasons = [...new Set(codes.filter((c): c is number => c !== null && reasons.has(c)))];
            if (codes.some((c) => c === null || !reasons.has(c))) found.push(finding(m.badReason, text));
          }
        }
      }
      const descText = values[at.description];
      let cwpUseDescription: string | null = null;
      if (descText !== '') {
        if (!cwpUseReasons?.some((r) => otherReasons.has(r))) found.push(finding(m.descNotOther, descText));
        else if (descText.length > MAX_DESCRIPTION) found.push(finding(m.descLong, descText));
        else cwpUseDescription = descText;
      }
      return result<WorkplaceRecord>({ cwpUse, cwpUseReasons, cwpUseDescription }, found);
    },
  };
}
