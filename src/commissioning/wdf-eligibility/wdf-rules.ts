/**
 * WDF eligibility rules as data (SPEC-metrics §6; ASC-WDS establishment.js / worker.js `wdf()`). Each rule is the SQL for
 * "this field is missing" on one row; "updated since 1 April" holds for every row of a CURRENT return for the period.
 */
export interface WdfFieldRule {
  field: string;
  /** the rule in words, shown in the docs and the export */
  definition: string;
  /** SQL that is true when the field fails (null-safe: must be true or false) */
  missing: string;
}

/** Workplace fields, over workplace_period `p` and its main service's ref_service row `sv`. */
export const WDF_WORKPLACE_RULES: readonly WdfFieldRule[] = [
  { field: 'employerType', definition: 'employer type given', missing: 'p.employer_type is null' },
  { field: 'mainService', definition: 'main service given', missing: 'p.main_service is null' },
  {
    field: 'capacity',
    definition: "the main service's capacity and/or utilisation, only where that service asks them",
    missing: `coalesce(sv.has_capacity or sv.has_utilisation, false) and not exists (
      select 1 from jsonb_array_elements(coalesce(p.services, '[]'::jsonb)) e
      where (e->>'service')::int = p.main_service
        and (not sv.has_capacity or e->>'capacity' is not null) and (not sv.has_utilisation or e->>'utilisation' is not null))`,
  },
  { field: 'serviceUsers', definition: 'at least one service-user group', missing: "coalesce(jsonb_array_length(p.service_users), 0) = 0" },
  { field: 'vacancies', definition: 'vacancies answered (None and Don\'t know count)', missing: 'p.vacancies_answer is null' },
  { field: 'starters', definition: 'starters answered (None and Don\'t know count)', missing: 'p.starters_answer is null' },
  { field: 'leavers', definition: 'leavers answered (None and Don\'t know count)', missing: 'p.leavers_answer is null' },
  { field: 'totalStaff', definition: 'number of staff given', missing: 'p.total_staff is null' },
];

const PERM_OR_TEMP = 's.contract in (1, 2)';
const AVERAGE_HOURS_APPLY = '(s.zero_hours = 1 or s.contract in (3, 4, 7))';

/** Staff-record fields, over staff_record `s`. */
export const WDF_STAFF_RULES: readonly WdfFieldRule[] = [
  { field: 'gender', definition: 'gender given', missing: 's.gender is null' },
  { field: 'dateOfBirth', definition: 'date of birth given', missing: 's.date_of_birth is null' },
  { field: 'nationality', definition: 'nationality given', missing: 's.nationality is null' },
  { field: 'mainJobRole', definition: 'main job role given', missing: 's.main_job_role is null' },
  { field: 'mainJobStartDate', definition: 'start date in the main job given', missing: 's.main_job_start_date is null' },
  { field: 'recruitmentSource', definition: 'recruited-from given', missing: 's.recruitment_source is null' },
  { field: 'contract', definition: 'contract type given', missing: 's.contract is null' },
  { field: 'zeroHours', definition: 'zero-hours contract answered', missing: 's.zero_hours is null' },
  {
    field: 'weeklyHours',
    definition: 'average hours if zero-hours or bank/agency/other; otherwise contracted hours (permanent/temporary)',
    missing: `case when ${AVERAGE_HOURS_APPLY} then s.average_hours is null
                   when ${PERM_OR_TEMP} then s.contracted_hours is null
                   else s.contracted_hours is null and s.average_hours is null end`,
  },
  {
    field: 'pay',
    definition: "pay interval given, with the salary or hourly rate it names (Don't know counts)",
    missing: 's.pay_interval is null or (s.pay_interval = 1 and s.annual_pay is null) or (s.pay_interval = 3 and s.hourly_pay is null)',
  },
  { field: 'sicknessDays', definition: 'days sick, permanent and temporary staff only', missing: `coalesce(${PERM_OR_TEMP}, false) and s.sickness_days is null` },
  { field: 'careCertificate', definition: 'Care Certificate answered', missing: 's.care_certificate is null' },
  {
    field: 'socialCareQualification',
    definition: 'social-care qualification answered, and its level when Yes',
    missing: 's.social_care_qualification is null or (s.social_care_qualification = 1 and s.social_care_qualification_level is null)',
  },
  {
    field: 'otherQualifications',
    definition: 'other qualifications answered, and the highest level when Yes',
    missing: 's.other_qualification is null or (s.other_qualification = 1 and s.other_qualification_level is null)',
  },
];

/** The overall tests, in ASC-WDS's order, with its reason codes (wdfCalculator.js). */
export enum WdfReason {
  /** code 100 */
  NO_STAFF_RECORDS = 'NO_STAFF_RECORDS',
  /** code 101: fewer than 90% of staff records eligible */
  TOO_FEW_ELIGIBLE_STAFF_RECORDS = 'TOO_FEW_ELIGIBLE_STAFF_RECORDS',
  /** code 10: staff records ≠ declared total staff */
  STAFF_RECORDS_NOT_TOTAL_STAFF = 'STAFF_RECORDS_NOT_TOTAL_STAFF',
  /** code 11: a workplace field is missing */
  WORKPLACE_FIELDS_INCOMPLETE = 'WORKPLACE_FIELDS_INCOMPLETE',
}

/** Share of staff records that must be eligible: floor(eligible ÷ records × 100) ≥ 90, i.e. eligible × 10 ≥ records × 9. */
export const WDF_MIN_ELIGIBLE_PERCENT = 90;
