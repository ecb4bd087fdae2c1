import { describe } from './field-descriptor';

export interface QualificationAchieved { code: number; year: number | null; notes: string | null }

/** A staff-file row as the database stores it. The NI number appears only as `niKey`, the caller's keyed hash. */
export interface WorkerRecord {
  kind: 'worker';
  line: number;
  status: string | null;
  localRef: string | null;
  localKey: string | null;
  workerRef: string | null;
  workerKey: string | null;
  chgWorkerRef: string | null;
  chgWorkerKey: string | null;
  transferTo: string | null;
  transferToKey: string | null;
  displayId: string | null;
  niKey: string | null;
  /** NINUMBER was `Admin`: keep the stored value. */
  niKeep: boolean;
  postcode: string | null;
  dob: string | null;
  /** DOB was `Admin`: keep the stored value. */
  dobKeep: boolean;
  gender: number | null;
  ethnicity: number | null;
  nationality: number | null;
  britishCitizenship: number | null;
  countryOfBirth: number | null;
  yearOfEntry: number | null;
  disabled: number | null;
  careCertificate: number | null;
  level2CareCertificate: number | null;
  level2CareCertificateYear: number | null;
  recruitmentSource: number | null;
  handcVisa: number | null;
  inOutUk: number | null;
  startDate: string | null;
  startInSector: number | null;
  startInSectorDontKnow: boolean | null;
  dha: number | null;
  apprentice: number | null;
  contract: number | null;
  zeroHours: number | null;
  sicknessDays: number | null;
  sicknessDaysDontKnow: boolean | null;
  payInterval: number | null;
  annualPay: number | null;
  hourlyPay: number | null;
  mainJobRole: number | null;
  mainJobDescription: string | null;
  contractedHours: number | null;
  contractedHoursDontKnow: boolean | null;
  averageHours: number | null;
  averageHoursDontKnow: boolean | null;
  nmcRegistration: number | null;
  amhp: number | null;
  socialCareQualification: number | null;
  socialCareQualificationLevel: number | null;
  otherQualification: number | null;
  otherQualificationLevel: number | null;
  cwpCategory: number | null;
  qualifications: QualificationAchieved[];
}

export function emptyWorkerRecord(line: number): WorkerRecord {
  return {
    kind: 'worker', line, status: null, localRef: null, localKey: null, workerRef: null, workerKey: null,
    chgWorkerRef: null, chgWorkerKey: null, transferTo: null, transferToKey: null, displayId: null, niKey: null,
    niKeep: false, postcode: null, dob: null, dobKeep: false, gender: null, ethnicity: null, nationality: null,
    britishCitizenship: null, countryOfBirth: null, yearOfEntry: null, disabled: null, careCertificate: null,
    level2CareCertificate: null, level2CareCertificateYear: null, recruitmentSource: null, handcVisa: null,
    inOutUk: null, startDate: null, startInSector: null, startInSectorDontKnow: null, dha: null, apprentice: null,
    contract: null, zeroHours: null, sicknessDays: null, sicknessDaysDontKnow: null, payInterval: null,
    annualPay: null, hourlyPay: null, mainJobRole: null, mainJobDescription: null, contractedHours: null,
    contractedHoursDontKnow: null, averageHours: null, averageHoursDontKnow: null, nmcRegistration: null, amhp: null,
    socialCareQualification: null, socialCareQualificationLevel: null, otherQualification: null,
    otherQualificationLevel: null, cwpCategory: null, qualifications: [],
  };
}

export const workerFields = describe<WorkerRecord>({
  line: 'int', status: 'text', localRef: 'text', localKey: 'text', workerRef: 'text', workerKey: 'text',
  chgWorkerRef: 'text', chgWorkerKey: 'text', transferTo: 'text', transferToKey: 'text', displayId: 'text',
  niKey: 'text', niKeep: 'boolean', postcode: 'text', dob: 'date', dobKeep: 'boolean', gender: 'int',
  ethnicity: 'int', nationality: 'int', britishCitizenship: 'int', countryOfBirth: 'int', yearOfEntry: 'int',
  disabled: 'int', careCertificate: 'int', level2CareCertificate: 'int', level2CareCertificateYear: 'int',
  recruitmentSource: 'int', handcVisa: 'int', inOutUk: 'int', startDate: 'date', startInSector: 'int',
  startInSectorDontKnow: 'boolean', dha: 'int', apprentice: 'int', contract: 'int', zeroHours: 'int',
  sicknessDays: 'numeric', sicknessDaysDontKnow: 'boolean', payInterval: 'int', annualPay: 'numeric',
  hourlyPay: 'numeric', mainJobRole: 'int', mainJobDescription: 'text', contractedHours: 'numeric',
  contractedHoursDontKnow: 'boolean', averageHours: 'numeric', averageHoursDontKnow: 'boolean',
  nmcRegistration: 'int', amhp: 'int', socialCareQualification: 'int', socialCareQualificationLevel: 'int',
  otherQualification: 'int', otherQualificationLevel: 'int', cwpCategory: 'int', qualifications: 'jsonb',
});
