import type { RuleColumn } from '../column-kinds';
import { codeList } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding } from '../problem';
import { result } from '../row-engine';
import type { WorkplaceRecord } from '../workplace-record';

const DHA_YES = 1;
const DONT_KNOW = '999';

/** DHAACTIVITIES: only with DHA = 1; `999` = don't know which; unknown codes ignored with a warning, known ones kept. */
export function dhaActivitiesRule(index: number): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const known = codeList('dha_activities');
  const notYes = msg(2530, 'DHAACTIVITIES_WARNING', 'not set to 1');
  const allBad = msg(2530, 'DHAACTIVITIES_WARNING', 'are invalid and will be ignored');
  const someBad = msg(2530, 'DHAACTIVITIES_WARNING', 'Some codes');
  const none = { dhaActivities: null, dhaActivitiesDontKnow: null };
  return {
    kind: 'rule',
    name: 'DHAACTIVITIES',
    rule: ({ values, rec }) => {
      const text = values[index];
      if (text === '') return result<WorkplaceRecord>(none);
      if (rec.dha !== DHA_YES) return result<WorkplaceRecord>(none, [finding(notYes, text)]);
      const items = listItems(text);
      if (items.length === 1 && items[0] === DONT_KNOW) return result<WorkplaceRecord>({ dhaActivities: [], dhaActivitiesDontKnow: true });
      const codes = items.map(wholeNumber);
      const valid = [...new Set(codes.filter((c): c is number => c !== null && known.has(c)))];
      if (valid.length === 0) return result<WorkplaceRecord>(none, [finding(allBad, text)]);
      const set = { dhaActivities: valid, dhaActivitiesDontKnow: false };
      return result<WorkplaceRecord>(set, valid.length < codes.length ? [finding(someBad, text)] : undefined);
    },
  };
}
