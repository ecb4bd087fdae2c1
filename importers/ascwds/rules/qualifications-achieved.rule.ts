import type { RuleColumn } from '../column-kinds';
import { codeList } from '../code-lists';
import { columnIndex, qualificationColumn, MAX_QUALIFICATION_PAIRS } from '../file-layout';
import { message, type MessageDef } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { QualificationAchieved, WorkerRecord } from '../worker-record';

/** A year achieved may be at most this many years ago. */
export const QUALIFICATION_YEARS_BACK = 100;
export const MAX_QUALIFICATION_NOTES = 120;

interface PairMessages { badCode: MessageDef; unknown: MessageDef; noYear: MessageDef; badYear: MessageDef; longNotes: MessageDef; hub: boolean }

/** QUALACH01–03 have ASC-WDS codes (5010…5060); 04 onwards use the hub's 9050/9055/9060, since ASC-WDS has none. */
function pairMessages(n: number): PairMessages {
  if (n <= 3) {
    const p = `QUAL_ACH0${n}`;
    const base = 5010 + (n - 1) * 20;
    return {
      badCode: message('worker', base, `${p}_CODE_ERROR`, 'is incorrect'),
      unknown: message('worker', base, `${p}_CODE_ERROR`, 'is unknown'),
      noYear: message('worker', base + 5, `${p}_YEAR_ERROR`, 'is blank'),
      badYear: message('worker', base + 5, `${p}_YEAR_ERROR`, 'is invalid'),
      longNotes: message('worker', base + 10, `${p}_NOTES_ERROR`),
      hub: false,
    };
  }
  return {
    badCode: message('worker', 9050, 'QUAL_ACHNN_CODE_ERROR', 'is incorrect'),
    unknown: message('worker', 9050, 'QUAL_ACHNN_CODE_ERROR', 'is unknown'),
    noYear: message('worker', 9055, 'QUAL_ACHNN_YEAR_ERROR', 'is blank'),
    badYear: message('worker', 9055, 'QUAL_ACHNN_YEAR_ERROR', 'is invalid'),
    longNotes: message('worker', 9060, 'QUAL_ACHNN_NOTES_ERROR'),
    hub: true,
  };
}

/** Every QUALACHnn = CODE;YEAR with its NOTES, as the complete list of qualifications held. */
export function qualificationsAchievedRule(): RuleColumn<WorkerRecord> {
  const known = codeList('qualifications');
  const pairs = Array.from({ length: MAX_QUALIFICATION_PAIRS }, (_, i) => {
    const column = qualificationColumn(i + 1);
    return { column, notesColumn: `${column}NOTES`, at: columnIndex('worker', column), notesAt: columnIndex('worker', `${column}NOTES`), m: pairMessages(i + 1) };
  });
  return {
    kind: 'rule',
    name: 'QUALACHnn',
    rule: ({ values, env }) => {
      const found: Finding[] = [];
      const qualifications: QualificationAchieved[] = [];
      for (let i = 0; i < env.qualificationPairs; i++) {
        const { column, notesColumn, at, notesAt, m } = pairs[i];
        const text = values[at];
        if (text === '') continue;
        const named = (msg: MessageDef, value: string, extra: (string | number)[] = [], col = column) =>
          finding(msg, value, m.hub ? [col, ...extra] : extra, col);
        const [codeText, yearText = ''] = listItems(text);
        const code = wholeNumber(codeText);
        if (code === null) { found.push(named(m.badCode, text)); continue; }
        if (!known.has(code)) { found.push(named(m.unknown, text, [code])); continue; }
        let year: number | null = null;
        if (yearText === '') found.push(named(m.noYear, text));
        else {
          const y = wholeNumber(yearText);
          if (y === null || y > env.todayYear || y < env.todayYear - QUALIFICATION_YEARS_BACK) found.push(named(m.badYear, text));
          else year = y;
        }
        let notes: string | null = values[notesAt] === '' ? null : values[notesAt];
        if (notes !== null && notes.length > MAX_QUALIFICATION_NOTES) {
          found.push(named(m.longNotes, notes, [], notesColumn));
          notes = null;
        }
        qualifications.push({ code, year, notes });
      }
      return result<WorkerRecord>({ qualifications }, found);
    },
  };
}
