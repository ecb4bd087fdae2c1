import type { RuleColumn } from '../column-kinds';
import { messagesOf } from '../message-catalogue';
import { integer, listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { LeaveReasonCount, WorkplaceRecord } from '../workplace-record';

/** REASONS/REASONNOS: checked only when total LEAVERS > 0; reasons are whole numbers (not mapped), counts add up to the leavers. */
export function leaveReasonsRule(at: { reasons: number; counts: number }): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const m = {
    badReason: msg(1360, 'REASONS_FOR_LEAVING_ERROR', 'incorrect code'),
    misaligned: msg(1360, 'REASONS_FOR_LEAVING_ERROR', 'same number of items'),
    badCount: msg(1360, 'REASONS_FOR_LEAVING_ERROR', 'must be whole numbers'),
    total: msg(1360, 'REASONS_FOR_LEAVING_ERROR', 'does not equal the total'),
  };
  return {
    kind: 'rule',
    name: 'REASONS/REASONNOS',
    rule: ({ values, rec }) => {
      const reasonsText = values[at.reasons];
      if (reasonsText === '') return result<WorkplaceRecord>({ leaveReasons: null });
      const countsText = values[at.counts];
      const reasons = listItems(reasonsText).map(integer);
      const counts = listItems(countsText).map(wholeNumber);
      const totalLeavers = (rec.leavers ?? []).reduce((sum, l) => sum + l.count, 0);
      const found: Finding[] = [];
      if (reasons.some((r) => r === null)) found.push(finding(m.badReason, reasonsText));
      if (reasons.length !== counts.length) found.push(finding(m.misaligned, `${reasonsText}/${countsText}`));
      if (counts.some((c) => c === null)) found.push(finding(m.badCount, countsText));
      const sum = counts.reduce<number>((s, c) => s + (c ?? 0), 0);
      if (found.length === 0 && sum !== totalLeavers) found.push(finding(m.total, countsText));
      const usable = found.length === 0;
      const leaveReasons: LeaveReasonCount[] | null = usable ? reasons.map((reason, i) => ({ reason: reason!, count: counts[i]! })) : null;
      // ASC-WDS only checks these when there are leavers; otherwise well-formed lists are kept and bad ones dropped quietly
      return result<WorkplaceRecord>({ leaveReasons }, totalLeavers > 0 ? found : undefined);
    },
  };
}
