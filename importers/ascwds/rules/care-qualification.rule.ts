import type { RuleColumn } from '../column-kinds';
import { codeList, simpleCodeSet } from '../code-lists';
import type { MessageDef } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

const HAS_QUALIFICATION = 1;
/** qualification_levels.csv "Don't know": NONSCQUAL `1` without a level means this. */
const LEVEL_NOT_KNOWN = 999;

export interface CareQualificationSpec {
  column: 'SCQUAL' | 'NONSCQUAL';
  index: number;
  field: 'socialCareQualification' | 'otherQualification';
  levelField: 'socialCareQualificationLevel' | 'otherQualificationLevel';
  bad: MessageDef;
  badLevel: MessageDef;
  blank?: MessageDef;
  /** SCQUAL only: `1` without a level is an error, and a warning too for regulated professions. */
  levelRequired?: { msg: MessageDef; regulatedRoles: ReadonlySet<number>; regulated: MessageDef };
}

/** SCQUAL / NONSCQUAL: `1;LEVEL`, `2` or `999`. */
export function careQualificationRule(spec: CareQualificationSpec): RuleColumn<WorkerRecord> {
  const codes = simpleCodeSet('worker', spec.column);
  const levels = codeList('qualification_levels');
  const none = { [spec.field]: null, [spec.levelField]: null } as Partial<WorkerRecord>;
  return {
    kind: 'rule',
    name: spec.column,
    rule: ({ values, rec }) => {
      const text = values[spec.index];
      if (text === '') return result(none, spec.blank ? [finding(spec.blank, '')] : undefined);
      const [codeText, levelText = ''] = listItems(text);
      const code = wholeNumber(codeText);
      if (code === null || !codes.has(code)) return result(none, [finding(spec.bad, text)]);
      if (code !== HAS_QUALIFICATION) return result({ [spec.field]: code, [spec.levelField]: null } as Partial<WorkerRecord>);
      const found: Finding[] = [];
      let level: number | null = null;
      if (levelText === '') {
        if (spec.levelRequired) {
          found.push(finding(spec.levelRequired.msg, text));
          if (rec.mainJobRole !== null && spec.levelRequired.regulatedRoles.has(rec.mainJobRole)) found.push(finding(spec.levelRequired.regulated, text));
        } else level = LEVEL_NOT_KNOWN;
      } else {
        const n = wholeNumber(levelText);
        if (n === null || !levels.has(n)) found.push(finding(spec.badLevel, text));
        else level = n;
      }
      return result({ [spec.field]: code, [spec.levelField]: level } as Partial<WorkerRecord>, found);
    },
  };
}
