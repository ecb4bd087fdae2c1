import type { RuleColumn } from '../column-kinds';
import { messagesOf } from '../message-catalogue';
import { addYears, strictDate, yearOf } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

/** Nobody starts work before their 14th birthday (ASC-WDS). */
export const MIN_WORKING_AGE = 14;
const START_DATE = /^([0-2][0-9]|3[0-1])\/(0[0-9]|1[0-2])\/\d{4}$/;
const YEAR = /^\d{4}$/;
const DONT_KNOW = '999';

/** STARTDATE and STARTINSECT: formats, not in the future, not before the 14th birthday or the year of entry, and in order. */
export function startDatesRule(at: { startDate: number; startInSector: number }): RuleColumn<WorkerRecord> {
  const msg = messagesOf('worker');
  const m = {
    dateMissing: msg(2000, 'START_DATE_MISSING'),
    dateFormat: msg(3190, 'START_DATE_WARNING', 'incorrectly formatted'),
    dateFuture: msg(3190, 'START_DATE_WARNING', 'in the future'),
    dateTooYoung: msg(3190, 'START_DATE_WARNING', '14th birthday'),
    dateBeforeEntry: msg(3190, 'START_DATE_WARNING', 'year of entry'),
    sectorMissing: msg(3200, 'START_INSECT_WARNING', 'missing'),
    sectorFormat: msg(3200, 'START_INSECT_WARNING', 'incorrectly formatted'),
    sectorAfterStart: msg(3200, 'START_INSECT_WARNING', 'after STARTDATE'),
    sectorTooYoung: msg(3200, 'START_INSECT_WARNING', '14th birthday'),
  };
  return {
    kind: 'rule',
    name: 'STARTDATE/STARTINSECT',
    rule: ({ values, rec, env }) => {
      const found: Finding[] = [];
      const dateText = values[at.startDate];
      let startDate: string | null = null;
      if (dateText === '') found.push(finding(m.dateMissing, ''));
      else {
        startDate = START_DATE.test(dateText) ? strictDate(dateText) : null;
        const problem = startDate === null ? m.dateFormat
          : startDate > env.today ? m.dateFuture
            : rec.dob !== null && startDate < addYears(rec.dob, MIN_WORKING_AGE) ? m.dateTooYoung
              : rec.yearOfEntry !== null && startDate < `${rec.yearOfEntry}-01-01` ? m.dateBeforeEntry : null;
        if (problem) { found.push(finding(problem, dateText)); startDate = null; }
      }
      const sectorText = values[at.startInSector];
      let startInSector: number | null = null;
      let startInSectorDontKnow: boolean | null = null;
      if (sectorText === '') found.push(finding(m.sectorMissing, ''));
      else if (sectorText === DONT_KNOW) startInSectorDontKnow = true;
      else {
        const year = YEAR.test(sectorText) ? Number(sectorText) : null;
        const problem = year === null ? m.sectorFormat
          : startDate !== null && year > yearOf(startDate) ? m.sectorAfterStart
            : rec.dob !== null && year < yearOf(rec.dob) + MIN_WORKING_AGE ? m.sectorTooYoung : null;
        if (problem) found.push(finding(problem, sectorText));
        else { startInSector = year; startInSectorDontKnow = false; }
      }
      return result<WorkerRecord>({ startDate, startInSector, startInSectorDontKnow }, found);
    },
  };
}
