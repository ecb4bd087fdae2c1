import { referenceCsv } from '../../reference/read-csv';
import { NotFound } from '../../errors';
import type { ReturnPeriod } from '../../returns/period';

/**
 * The five conditions Skills for Care found keep care workers (issue 8), as data: SQL over the previous period's
 * staff record `p` (columns of wf_staff_fact plus contracted_hours), true when the condition is known to apply.
 * `$NLW` is replaced by the parameter holding the period's National Living Wage.
 */
export const RETENTION_FACTORS = [
  { factor: 'paidAboveNationalLivingWage', definition: 'hourly pay (annual salaries converted at weekly hours × 52.143) above the National Living Wage in force on 1 April of the period', sql: 'p.hourly_pay_equivalent > $NLW' },
  { factor: 'notZeroHours', definition: 'answered No to a zero-hours contract', sql: 'p.zero_hours = 2' },
  { factor: 'fullTime', definition: 'contracted 35 hours a week or more', sql: 'p.contracted_hours >= 35' },
  {
    factor: 'trainedInLast12Months', definition: 'a training record completed in the 12 months up to the snapshot date',
    sql: `exists (select 1 from training_record t where t.staff_record_id = p.staff_record_id and t.completed > (p.snapshot_date - interval '12 months')::date and t.completed <= p.snapshot_date)`,
  },
  { factor: 'relevantQualification', definition: 'holds a qualification relevant to social care (SCQUAL = 1)', sql: 'p.social_care_qualification = 1' },
] as const;

/** Care worker (job_roles.csv code 8), directly employed: the cohort the factors are studied for. */
export const CARE_WORKER_ROLE = 8;

export interface NationalLivingWage {
  fromDate: string;
  hourlyRate: number;
  source: string;
}

/** The National Living Wage in force on the first day of a period (src/reference/data/national_living_wage.csv). */
export function nationalLivingWageFor(period: ReturnPeriod): NationalLivingWage {
  const rates = referenceCsv('national_living_wage.csv')
    .map((r) => ({ fromDate: r.from_date, hourlyRate: Number(r.hourly_rate), source: r.source }))
    .filter((r) => r.fromDate <= period.startsOn)
    .sort((a, b) => b.fromDate.localeCompare(a.fromDate));
  if (!rates.length) throw new NotFound(`No National Living Wage rate is held for ${period.code} (national_living_wage.csv starts in 2016-17)`, { period: period.code });
  return rates[0];
}
