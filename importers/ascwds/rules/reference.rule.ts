import type { RuleColumn } from '../column-kinds';
import type { MessageDef } from '../message-catalogue';
import { referenceKey } from '../parse-values';
import { finding, NO_FINDINGS } from '../problem';
import { result } from '../row-engine';

export interface ReferenceRuleSpec<R> {
  column: string;
  index: number;
  refField: keyof R;
  keyField: keyof R;
  /** Longest accepted length. */
  maxLength: number;
  blank?: MessageDef;
  tooLong?: MessageDef;
}

/** A reference column (LOCALESTID, UNIQUEWORKERID, …): the display value and the matching key with all white space removed. */
export function referenceRule<R>(spec: ReferenceRuleSpec<R>): RuleColumn<R> {
  return {
    kind: 'rule',
    name: spec.column,
    always: true,
    rule: ({ values }) => {
      const text = values[spec.index];
      const set = { [spec.refField]: text === '' ? null : text, [spec.keyField]: referenceKey(text) } as Partial<R>;
      if (text === '') return result(set, spec.blank ? [finding(spec.blank, '')] : NO_FINDINGS);
      return result(set, spec.tooLong && text.length > spec.maxLength ? [finding(spec.tooLong, text)] : NO_FINDINGS);
    },
  };
}
