import type { RuleColumn } from '../column-kinds';
import { codeList } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { ServiceUserAnswer, WorkplaceRecord } from '../workplace-record';

const MAX_DESCRIPTION = 120;

/** SERVICEUSERS with OTHERUSERDESC aligned to it; descriptions only for the "other" groups (service_users.csv requires_description). */
export function serviceUsersRule(at: { users: number; descriptions: number }): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const known = codeList('service_users');
  const m = {
    notNumbers: msg(2130, 'SERVICE_USERS_WARNING', 'Entry for code in SERVICEUSERS'),
    unknown: msg(1130, 'SERVICE_USERS_ERROR', 'Entry for code <code>'),
    counts: msg(1130, 'SERVICE_USERS_ERROR', 'same number of items'),
    noDescription: msg(2130, 'SERVICE_USERS_WARNING', 'OTHERUSERDESC(<n>)'),
    longDescription: msg(1130, 'SERVICE_USERS_ERROR', 'must not be greater than 120'),
  };
  return {
    kind: 'rule',
    name: 'SERVICEUSERS/OTHERUSERDESC',
    rule: ({ values }) => {
      const text = values[at.users];
      if (text === '') return result<WorkplaceRecord>({ serviceUsers: null });
      const items = listItems(text);
      const codes = items.map(wholeNumber);
      if (codes.some((c) => c === null)) return result<WorkplaceRecord>({ serviceUsers: null }, [finding(m.notNumbers, text)]);
      const found: Finding[] = [];
      const descText = values[at.descriptions];
      let descs: string[] | null = descText === '' ? null : listItems(descText);
      const misaligned = descs !== null && descs.length !== items.length;
      if (misaligned) {
        found.push(finding(m.counts, `${text}/${descText}`));
        descs = null;
      }
      const answers: ServiceUserAnswer[] = [];
      codes.forEach((code, i) => {
        const row = code === null ? undefined : known.get(code);
        if (code === null || !row) { found.push(finding(m.unknown, items[i], [items[i]])); return; }
        let description: string | null = null;
        if (row.requires_description === 'true') {
          const d = descs?.[i] ?? '';
          // a misaligned list was already reported; do not also call each description missing
          if (d === '') { if (!misaligned) found.push(finding(m.noDescription, '', [i + 1], 'OTHERUSERDESC')); }
          else if (d.length > MAX_DESCRIPTION) found.push(finding(m.longDescription, d, [i + 1, i + 1]));
          else description = d;
        }
        answers.push({ serviceUser: code, description });
      });
      return result<WorkplaceRecord>({ serviceUsers: answers }, found);
    },
  };
}
