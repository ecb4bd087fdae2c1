import { describe } from './field-descriptor';

export type Answer = 'WITH_JOBS' | 'NONE' | 'DONT_KNOW';
export type YesNoDontKnow = 'YES' | 'NO' | 'DONT_KNOW';

export interface ServiceAnswer { service: number; capacity: number | null; utilisation: number | null; description: string | null }
export interface ServiceUserAnswer { serviceUser: number; description: string | null }
/** One position of STARTERS/LEAVERS/VACANCIES, aligned to ALLJOBROLES; zero counts are kept as given. */
export interface JobCount { jobRole: number; count: number }
export interface LeaveReasonCount { reason: number; count: number }

/** A workplace-file row as the database stores it (null = blank, invalid or ignored). */
export interface WorkplaceRecord {
  kind: 'workplace';
  line: number;
  status: string | null;
  localRef: string | null;
  localKey: string | null;
  name: string | null;
  address1: string | null;
  address2: string | null;
  address3: string | null;
  postTown: string | null;
  postcode: string | null;
  employerType: number | null;
  employerTypeOther: string | null;
  shareWithCqc: boolean | null;
  shareWithLa: boolean | null;
  /** REGTYPE 2 → true, 0 → false. */
  cqcRegulated: boolean | null;
  providerId: string | null;
  locationId: string | null;
  mainService: number | null;
  /** ALLSERVICES without the 0 ("no other services") entry. */
  serviceCodes: number[] | null;
  services: ServiceAnswer[] | null;
  serviceUsers: ServiceUserAnswer[] | null;
  dha: number | null;
  dhaActivities: number[] | null;
  dhaActivitiesDontKnow: boolean | null;
  totalStaff: number | null;
  jobRoles: number[] | null;
  startersAnswer: Answer | null;
  starters: JobCount[] | null;
  leaversAnswer: Answer | null;
  leavers: JobCount[] | null;
  vacanciesAnswer: Answer | null;
  vacancies: JobCount[] | null;
  leaveReasons: LeaveReasonCount[] | null;
  repeatTraining: number | null;
  cwpAwareness: number | null;
  cwpUse: number | null;
  cwpUseReasons: number[] | null;
  cwpUseDescription: string | null;
  sickPay: YesNoDontKnow | null;
  pension: YesNoDontKnow | null;
  pensionContribution: number | null;
  pensionOptOut: number | null;
  holidayDays: number | null;
  sleepIns: number | null;
  sleepInPay: number | null;
  travelTimePay: number | null;
  travelTimeRate: number | null;
}

export function emptyWorkplaceRecord(line: number): WorkplaceRecord {
  return {
    kind: 'workplace', line, status: null, localRef: null, localKey: null, name: null, address1: null, address2: null,
    address3: null, postTown: null, postcode: null, employerType: null, employerTypeOther: null, shareWithCqc: null,
    shareWithLa: null, cqcRegulated: null, providerId: null, locationId: null, mainService: null, serviceCodes: null,
    services: null, serviceUsers: null, dha: null, dhaActivities: null, dhaActivitiesDontKnow: null, totalStaff: null,
    jobRoles: null, startersAnswer: null, starters: null, leaversAnswer: null, leavers: null, vacanciesAnswer: null,
    vacancies: null, leaveReasons: null, repeatTraining: null, cwpAwareness: null, cwpUse: null, cwpUseReasons: null,
    cwpUseDescription: null, sickPay: null, pension: null, pensionContribution: null, pensionOptOut: null,
    holidayDays: null, sleepIns: null, sleepInPay: null, travelTimePay: null, travelTimeRate: null,
  };
}

export const workplaceFields = describe<WorkplaceRecord>({
  line: 'int', status: 'text', localRef: 'text', localKey: 'text', name: 'text', address1: 'text', address2: 'text',
  address3: 'text', postTown: 'text', postcode: 'text', employerType: 'int', employerTypeOther: 'text',
  shareWithCqc: 'boolean', shareWithLa: 'boolean', cqcRegulated: 'boolean', providerId: 'text', locationId: 'text',
  mainService: 'int', serviceCodes: 'int[]', services: 'jsonb', serviceUsers: 'jsonb', dha: 'int',
  dhaActivities: 'int[]', dhaActivitiesDontKnow: 'boolean', totalStaff: 'int', jobRoles: 'int[]',
  startersAnswer: 'text', starters: 'jsonb', leaversAnswer: 'text', leavers: 'jsonb', vacanciesAnswer: 'text',
  vacancies: 'jsonb', leaveReasons: 'jsonb', repeatTraining: 'int', cwpAwareness: 'int', cwpUse: 'int',
  cwpUseReasons: 'int[]', cwpUseDescription: 'text', sickPay: 'text', pension: 'text', pensionContribution: 'numeric',
  pensionOptOut: 'int', holidayDays: 'int', sleepIns: 'int', sleepInPay: 'int', travelTimePay: 'int',
  travelTimeRate: 'numeric',
});
