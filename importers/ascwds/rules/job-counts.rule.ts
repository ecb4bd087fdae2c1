import type { RuleColumn } from '../column-kinds';
import { codesWhere } from '../code-lists';
import { messagesOf, type MessageDef } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { Answer, JobCount, WorkplaceRecord } from '../workplace-record';

/** A single 999 means "don't know"; counts may be 0 to 999 (999 itself passes, as in ASC-WDS). */
const DONT_KNOW = '999';
const MAX_COUNT = 999;
const REGISTERED_MANAGER = 4;

interface Measure {
  column: 'STARTERS' | 'LEAVERS' | 'VACANCIES';
  index: number;
  answerField: 'startersAnswer' | 'leaversAnswer' | 'vacanciesAnswer';
  countsField: 'starters' | 'leavers' | 'vacancies';
  misaligned: MessageDef;
  badValue: MessageDef;
}

type Outcome = { answer: Answer | null; counts: JobCount[] | null; problem: Finding | null };

/** One of STARTERS/LEAVERS/VACANCIES against ALLJOBROLES: a single 999, or one count per role (all zero = none). */
function readMeasure(text: string, roleItems: readonly string[], roles: readonly number[] | null, measure: Measure, rolesBlank: MessageDef): Outcome {
  if (text === '') return { answer: null, counts: null, problem: null };
  const items = listItems(text);
  if (items.length === 1 && items[0] === DONT_KNOW) return { answer: 'DONT_KNOW', counts: null, problem: null };
  const counts = items.map(wholeNumber);
  if (counts.some((c) => c === null || c > MAX_COUNT)) return { answer: null, counts: null, problem: finding(measure.badValue, text) };
  const allZero = counts.every((c) => c === 0);
  if (roleItems.length === 0) {
    return allZero ? { answer: 'NONE', counts: [], problem: null } : { answer: null, counts: null, problem: finding(rolesBlank, text, undefined, 'ALLJOBROLES') };
  }
  if (counts.length !== roleItems.length) return { answer: null, counts: null, problem: finding(measure.misaligned, text) };
  if (roles === null) return { answer: allZero ? 'NONE' : null, counts: null, problem: null };
  return { answer: allZero ? 'NONE' : 'WITH_JOBS', counts: roles.map((jobRole, i) => ({ jobRole, count: counts[i]! })), problem: null };
}

/** ALLJOBROLES with STARTERS, LEAVERS and VACANCIES aligned to it, and the registered-manager vacancy warning. */
export function jobCountsRule(at: { roles: number; starters: number; leavers: number; vacancies: number }): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const currentJobs = codesWhere('job_roles', (r) => r.status === 'current');
  const rolesBlank = msg(1280, 'ALL_JOBS_ERROR', 'cannot be blank');
  const rolesNotNumbers = msg(1280, 'ALL_JOBS_ERROR', 'must be whole numbers');
  const rolesUnknown = msg(1280, 'ALL_JOBS_ERROR', 'incorrect');
  const managerVacancy = msg(2180, 'ALL_JOBS_WARNING');
  const measures: Measure[] = [
    { column: 'STARTERS', index: at.starters, answerField: 'startersAnswer', countsField: 'starters', misaligned: msg(1310, 'STARTERS_ERROR', 'same number'), badValue: msg(1310, 'STARTERS_ERROR', 'whole numbers') },
    { column: 'LEAVERS', index: at.leavers, answerField: 'leaversAnswer', countsField: 'leavers', misaligned: msg(1320, 'LEAVERS_ERROR', 'same number'), badValue: msg(1320, 'LEAVERS_ERROR', 'whole numbers') },
    { column: 'VACANCIES', index: at.vacancies, answerField: 'vacanciesAnswer', countsField: 'vacancies', misaligned: msg(1300, 'VACANCIES_ERROR', 'same number'), badValue: msg(1300, 'VACANCIES_ERROR', 'whole numbers') },
  ];
  return {
    kind: 'rule',
    name: 'ALLJOBROLES/STARTERS/LEAVERS/VACANCIES',
    rule: ({ values, rec }) => {
      const found: Finding[] = [];
      const rolesText = values[at.roles];
      const roleItems = listItems(rolesText);
      const codes = roleItems.map(wholeNumber);
      let roles: number[] | null = null;
      if (codes.some((c) => c === null)) found.push(finding(rolesNotNumbers, rolesText));
      else if (codes.some((c) => !currentJobs.has(c!))) found.push(finding(rolesUnknown, rolesText));
      else if (codes.length > 0) roles = codes as number[];
      const set: Partial<WorkplaceRecord> = { jobRoles: roles };
      for (const measure of measures) {
        const out = readMeasure(values[measure.index], roleItems, roles, measure, rolesBlank);
        set[measure.answerField] = out.answer;
        set[measure.countsField] = out.counts;
        if (out.problem) found.push(out.problem);
      }
      // ASC-WDS means to drop this vacancy but keeps it (misspelt property); we keep it too
      if (rec.cqcRegulated !== true && set.vacancies?.some((v) => v.jobRole === REGISTERED_MANAGER && v.count > 0)) {
        found.push(finding(managerVacancy, values[at.vacancies]));
      }
      return result(set, found);
    },
  };
}
