import type { RuleColumn } from '../column-kinds';
import type { MessageDef } from '../message-catalogue';
import { finding, NO_FINDINGS } from '../problem';
import { result } from '../row-engine';

/** STATUS, case-insensitive, upper-cased; an unknown status is kept as written (upper-cased) so the row is fully checked. */
export function statusRule<R extends { status: string | null }>(index: number, statuses: readonly string[], blank: MessageDef, bad: MessageDef): RuleColumn<R> {
  const known = new Set(statuses);
  return {
    kind: 'rule',
    name: 'STATUS',
    always: true,
    rule: ({ values }) => {
      const status = values[index].toUpperCase();
      if (status === '') return result({ status: null } as Partial<R>, [finding(blank, '')]);
      return result({ status } as Partial<R>, known.has(status) ? NO_FINDINGS : [finding(bad, values[index])]);
    },
  };
}
