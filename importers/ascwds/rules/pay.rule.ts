import type { RuleColumn } from '../column-kinds';
import { simpleCodeSet } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { integer, twoDecimals, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

/** Annual pay limits (ASC-WDS lambdas/bulkUpload/classes/constants.js); senior management (job 1) may earn more. */
export const SALARY_LIMITS = { min: 500, max: 200000, maxSeniorManagement: 250000, seniorManagementRole: 1 } as const;
const ANNUALLY = 1;
const HOURLY = 3;
const DONT_KNOW = 999;

/** SALARYINT, SALARY and HOURLYRATE: the interval decides which pay column may be used. */
export function payRule(at: { interval: number; salary: number; hourly: number }): RuleColumn<WorkerRecord> {
  const msg = messagesOf('worker');
  const intervals = simpleCodeSet('worker', 'SALARYINT');
  const m = {
    intervalNotNumber: msg(1250, 'SALARY_INT_ERROR', 'must be an integer'),
    intervalBad: msg(1250, 'SALARY_INT_ERROR', 'incorrect'),
    salaryInterval: msg(1251, 'SALARY_INT_ERROR'),
    salaryRange: msg(1260, 'SALARY_ERROR', 'must be between'),
    salaryIgnored: msg(3260, 'SALARY_WARNING'),
    hourlyInterval: msg(1252, 'SALARY_INT_ERROR'),
    hourlyBad: msg(1270, 'HOURLY_RATE_ERROR'),
    hourlyIgnored: msg(3270, 'HOURLY_RATE_WARNING'),
  };
  return {
    kind: 'rule',
    name: 'SALARYINT/SALARY/HOURLYRATE',
    rule: ({ values, rec }) => {
      const found: Finding[] = [];
      const intervalText = values[at.interval];
      let payInterval: number | null = null;
      if (intervalText !== '') {
        const n = integer(intervalText);
        if (n === null) found.push(finding(m.intervalNotNumber, intervalText));
        else if (!intervals.has(n)) found.push(finding(m.intervalBad, intervalText));
        else payInterval = n;
      }
      let annualPay: number | null = null;
      const salaryText = values[at.salary];
      if (salaryText !== '') {
        const max = rec.mainJobRole === SALARY_LIMITS.seniorManagementRole ? SALARY_LIMITS.maxSeniorManagement : SALARY_LIMITS.max;
        const n = wholeNumber(salaryText);
        if (payInterval === DONT_KNOW) found.push(finding(m.salaryIgnored, salaryText));
        else if (payInterval !== ANNUALLY) found.push(finding(m.salaryInterval, `${intervalText}/${salaryText}`));
        else if (n === null || n < SALARY_LIMITS.min || n > max) found.push(finding(m.salaryRange, salaryText, [max]));
        else annualPay = n;
      }
      let hourlyPay: number | null = null;
      const hourlyText = values[at.hourly];
      if (hourlyText !== '') {
        const n = twoDecimals(hourlyText);
        if (payInterval === DONT_KNOW) found.push(finding(m.hourlyIgnored, hourlyText));
        else if (payInterval !== HOURLY) found.push(finding(m.hourlyInterval, `${intervalText}/${hourlyText}`));
        else if (n === null) found.push(finding(m.hourlyBad, hourlyText));
        else hourlyPay = n;
      }
      return result<WorkerRecord>({ payInterval, annualPay, hourlyPay }, found);
    },
  };
}
