import type { ColumnSpec } from './column-kinds';
import { codeList, codesWhere, flagged, simpleCodeSet, simpleCodes } from './code-lists';
import { columnIndex } from './file-layout';
import { messagesOf } from './message-catalogue';
import { result } from './row-engine';
import { careQualificationRule } from './rules/care-qualification.rule';
import { dateOfBirthRule } from './rules/date-of-birth.rule';
import { hoursRule } from './rules/hours.rule';
import { level2CareCertificateRule } from './rules/level2-care-certificate.rule';
import { niNumberRule } from './rules/ni-number.rule';
import { payRule } from './rules/pay.rule';
import { qualificationsAchievedRule } from './rules/qualifications-achieved.rule';
import { referenceRule } from './rules/reference.rule';
import { startDatesRule } from './rules/start-dates.rule';
import { statusRule } from './rules/status.rule';
import { UK, yearOfEntryRule } from './rules/year-of-entry.rule';
import type { WorkerRecord } from './worker-record';

const msg = messagesOf('worker');
const at = (column: string) => columnIndex('worker', column);
const codes = (list: string) => new Set(codeList(list).keys());
const simple = (column: string) => simpleCodeSet('worker', column);
const one = <T>(...values: T[]): ReadonlySet<T> => new Set(values);

/** Job roles whose extra columns apply (spec §4.1). */
const SOCIAL_WORKER = 6;
const REGISTERED_NURSE = 16;
const REGULATED_PROFESSIONS = one(6, 15, 16);
const BRITISH = 826;
const CITIZEN = 1;
const HAS_VISA = 1;

/** Staff file: column → rule kind, code list and message, in evaluation order (MAINJOBROLE and EMPLSTATUS early, as others depend on them). */
export function workerColumns(): readonly ColumnSpec<WorkerRecord>[] {
  const currentJobs = codesWhere('job_roles', (r) => r.status === 'current');
  const describedJobs = flagged('job_roles', 'requires_description');
  return [
    referenceRule<WorkerRecord>({
      column: 'LOCALESTID', index: at('LOCALESTID'), refField: 'localRef', keyField: 'localKey', maxLength: 49,
      blank: msg(1010, 'LOCAL_ID_ERROR', 'not been supplied'), tooLong: msg(1010, 'LOCAL_ID_ERROR', 'longer than'),
    }),
    referenceRule<WorkerRecord>({
      column: 'UNIQUEWORKERID', index: at('UNIQUEWORKERID'), refField: 'workerRef', keyField: 'workerKey', maxLength: 49,
      blank: msg(1020, 'UNIQUE_WORKER_ID_ERROR', 'not been supplied'), tooLong: msg(1020, 'UNIQUE_WORKER_ID_ERROR', 'longer than'),
    }),
    referenceRule<WorkerRecord>({
      column: 'CHGUNIQUEWRKID', index: at('CHGUNIQUEWRKID'), refField: 'chgWorkerRef', keyField: 'chgWorkerKey', maxLength: 49,
      tooLong: msg(1030, 'CHANGE_UNIQUE_WORKER_ID_ERROR'),
    }),
    // checked against the account in SQL (1400-1403); no row-level message exists
    referenceRule<WorkerRecord>({
      column: 'TRANSFERSTAFFRECORD', index: at('TRANSFERSTAFFRECORD'), refField: 'transferTo', keyField: 'transferToKey',
      maxLength: Number.MAX_SAFE_INTEGER,
    }),
    statusRule<WorkerRecord>(at('STATUS'), simpleCodes('worker', 'STATUS'), msg(1040, 'STATUS_ERROR', 'incorrect'), msg(1040, 'STATUS_ERROR', 'incorrect')),
    // ASC-WDS only moves UPDATE rows; on any other row the column is ignored, so a NEW record is never lost to a move
    {
      kind: 'rule', name: 'TRANSFERSTAFFRECORD/STATUS', always: true,
      rule: ({ rec }) => result<WorkerRecord>(rec.transferToKey === null || rec.status === 'UPDATE' ? null : { transferTo: null, transferToKey: null }),
    },
    {
      kind: 'text', column: 'DISPLAYID', field: 'displayId', always: true, maxLength: 49,
      blank: msg(1050, 'DISPLAY_ID_ERROR'), tooLong: msg(1050, 'WORKER_DISPLAY_ID_ERROR'),
    },
    { kind: 'code', column: 'MAINJOBROLE', field: 'mainJobRole', codes: currentJobs, blank: msg(1280, 'MAIN_JOB_ROLE_ERROR', 'not been supplied'), bad: msg(1280, 'MAIN_JOB_ROLE_ERROR', 'code you have entered') },
    {
      kind: 'code', column: 'EMPLSTATUS', field: 'contract', codes: codes('contract_types'), blank: msg(1220, 'CONTRACT_TYPE_ERROR', 'not been supplied'),
      notNumber: msg(1220, 'CONTRACT_TYPE_ERROR', 'not been supplied'), bad: msg(1220, 'CONTRACT_TYPE_ERROR', 'incorrect'),
      unmapped: { codes: one(0), msg: msg(1220, 'CONTRACT_TYPE_ERROR', 'not been supplied') },
    },
    niNumberRule(at('NINUMBER')),
    {
      kind: 'pattern', column: 'POSTCODE', field: 'postcode', pattern: /^[A-Z]{1,2}[0-9]{1,2}[A-Z]? [0-9][A-Z]{2}$/,
      normalise: (s) => s.toUpperCase(), blank: msg(3070, 'POSTCODE_WARNING'), bad: msg(1070, 'POSTCODE ERROR'),
    },
    dateOfBirthRule(at('DOB')),
    { kind: 'code', column: 'GENDER', field: 'gender', codes: simple('GENDER'), bad: msg(1090, 'GENDER_ERROR') },
    { kind: 'code', column: 'ETHNICITY', field: 'ethnicity', codes: codes('ethnicity'), bad: msg(1100, 'ETHNICITY_ERROR') },
    {
      kind: 'code', column: 'NATIONALITY', field: 'nationality', codes: codes('nationality'), fillValue: true,
      notNumber: msg(1110, 'NATIONALITY_ERROR', 'must be an integer'), bad: msg(1110, 'NATIONALITY_ERROR', 'not a valid entry'),
    },
    {
      kind: 'code', column: 'BRITISHCITIZENSHIP', field: 'britishCitizenship', codes: simple('BRITISHCITIZENSHIP'), bad: msg(1120, 'BRITISH_CITIZENSHIP_ERROR'),
      gates: [{ when: [{ field: 'nationality', notIn: one(BRITISH) }], ignored: msg(3120, 'BRITISH_CITIZENSHIP_WARNING') }],
    },
    {
      kind: 'code', column: 'COUNTRYOFBIRTH', field: 'countryOfBirth', codes: codes('countries'), fillValue: true,
      notNumber: msg(1130, 'COUNTRY_OF_BIRTH_ERROR', 'must be an integer'), bad: msg(1130, 'COUNTRY_OF_BIRTH_ERROR', 'not a valid entry'),
    },
    yearOfEntryRule(at('YEAROFENTRY')),
    { kind: 'code', column: 'DISABLED', field: 'disabled', codes: simple('DISABLED'), bad: msg(1150, 'DISABLED_ERROR') },
    { kind: 'code', column: 'CARECERT', field: 'careCertificate', codes: simple('CARECERT'), bad: msg(1160, 'CARECERT_ERROR') },
    level2CareCertificateRule(at('L2CARECERT')),
    { kind: 'code', column: 'RECSOURCE', field: 'recruitmentSource', codes: codes('recruitment_sources'), bad: msg(1180, 'RECSOURCE_ERROR') },
    {
      kind: 'code', column: 'HANDCVISA', field: 'handcVisa', codes: simple('HANDCVISA'), bad: msg(5570, 'HANDCVISA_WARNING', 'incorrectly formatted'),
      gates: [{
        when: [{ field: 'nationality', notIn: one(BRITISH) }, { field: 'britishCitizenship', notIn: one(CITIZEN) }],
        ignored: msg(5570, 'HANDCVISA_WARNING', 'not required'),
      }],
    },
    {
      kind: 'code', column: 'INOUTUK', field: 'inOutUk', codes: simple('INOUTUK'), bad: msg(5580, 'INOUTUK_WARNING', 'incorrectly formatted'),
      gates: [{ when: [{ field: 'handcVisa', in: one(HAS_VISA) }], ignored: msg(5580, 'INOUTUK_WARNING', 'not required') }],
    },
    startDatesRule({ startDate: at('STARTDATE'), startInSector: at('STARTINSECT') }),
    {
      kind: 'code', column: 'DHA', field: 'dha', codes: simple('DHA'), bad: msg(5660, 'DHA_WARNING'),
      gates: [{ when: [{ field: 'mainJobRole', in: flagged('job_roles', 'can_do_dha'), orNull: true }], ignored: msg(5661, 'DHA_WARNING') }],
    },
    { kind: 'code', column: 'APPRENTICE', field: 'apprentice', codes: simple('APPRENTICE'), bad: msg(3210, 'APPRENTICE_WARNING') },
    { kind: 'code', column: 'ZEROHRCONT', field: 'zeroHours', codes: simple('ZEROHRCONT'), bad: msg(1230, 'ZEROHRCONT_ERROR', 'code you have entered') },
    {
      kind: 'number', column: 'DAYSSICK', field: 'sicknessDays', format: 'halves', min: 0, max: 366, bad: msg(1240, 'DAYSSICK_ERROR'),
      dontKnow: { value: 999, field: 'sicknessDaysDontKnow' },
    },
    hoursRule({ contracted: at('CONTHOURS'), average: at('AVGHOURS'), zeroHours: at('ZEROHRCONT') }),
    payRule({ interval: at('SALARYINT'), salary: at('SALARY'), hourly: at('HOURLYRATE') }),
    {
      kind: 'text', column: 'MAINJRDESC', field: 'mainJobDescription', maxLength: 119, tooLong: msg(1290, 'MAIN_JOB_DESC_ERROR', 'longer than'),
      blank: msg(1290, 'MAIN_JOB_DESC_ERROR', 'not been supplied'), expectedWhen: [{ field: 'mainJobRole', in: describedJobs }],
      gates: [{ when: [{ field: 'mainJobRole', in: describedJobs, orNull: true }], ignored: msg(3290, 'MAIN_JOB_DESC_WARNING') }],
    },
    {
      kind: 'code', column: 'NMCREG', field: 'nmcRegistration', codes: simple('NMCREG'), bad: msg(3340, 'NMCREG_WARNING', 'incorrect'),
      blank: msg(3340, 'NMCREG_WARNING', 'not been supplied'), expectedWhen: [{ field: 'mainJobRole', in: one(REGISTERED_NURSE) }],
      gates: [{ when: [{ field: 'mainJobRole', in: one(REGISTERED_NURSE) }], ignored: msg(3340, 'NMCREG_WARNING', 'not required') }],
    },
    {
      kind: 'code', column: 'AMHP', field: 'amhp', codes: simple('AMHP'), bad: msg(3380, 'AMHP_WARNING', 'incorrect and'),
      blank: msg(3380, 'AMHP_WARNING', 'not been supplied'), expectedWhen: [{ field: 'mainJobRole', in: one(SOCIAL_WORKER) }],
      gates: [{ when: [{ field: 'mainJobRole', in: one(SOCIAL_WORKER) }], ignored: msg(3380, 'AMHP_WARNING', 'not required') }],
    },
    careQualificationRule({
      column: 'SCQUAL', index: at('SCQUAL'), field: 'socialCareQualification', levelField: 'socialCareQualificationLevel',
      bad: msg(1360, 'SOCIALCARE_QUAL_ERROR', 'code you have entered'), badLevel: msg(1360, 'SOCIALCARE_QUAL_ERROR', 'level you have entered'),
      blank: msg(3360, 'SOCIALCARE_QUAL_WARNING', 'is blank'),
      levelRequired: {
        msg: msg(1360, 'SOCIALCARE_QUAL_ERROR', 'must provide'), regulatedRoles: REGULATED_PROFESSIONS,
        regulated: msg(3360, 'SOCIALCARE_QUAL_WARNING', 'regulated profession'),
      },
    }),
    careQualificationRule({
      column: 'NONSCQUAL', index: at('NONSCQUAL'), field: 'otherQualification', levelField: 'otherQualificationLevel',
      bad: msg(1370, 'NON_SOCIALCARE_QUAL_ERROR', 'code you have entered'), badLevel: msg(1370, 'NON_SOCIALCARE_QUAL_ERROR', 'level you have entered'),
    }),
    { kind: 'code', column: 'CWPCATEGORY', field: 'cwpCategory', codes: codes('cwp_role_categories'), bad: msg(5650, 'CWPCATEGORY_WARNING') },
    qualificationsAchievedRule(),
  ];
}
