import { currentHeader } from '../../../importers/ascwds/file-layout';
import type { WorkerRecord } from '../../../importers/ascwds/worker-record';
import { checkRow } from './support/row-builder';

const long = (n: number) => 'x'.repeat(n);
/** Born abroad, not British: the columns about visas and year of entry apply. */
const FOREIGN = { NATIONALITY: '4', COUNTRYOFBIRTH: '4', YEAROFENTRY: '2010' };
const NURSE = { MAINJOBROLE: '16', NMCREG: '1', DHA: '' };
const SOCIAL_WORKER = { MAINJOBROLE: '6', AMHP: '1' };

const cases: [string, Record<string, string>, string[], Partial<WorkerRecord>?][] = [
  ['a valid row', {}, [], { localKey: 'W1', workerKey: 'S1', niKey: 'hmac:C654321BA', dob: '1980-02-01', level2CareCertificateYear: 2024 }],
  ['LOCALESTID blank', { LOCALESTID: '' }, ['1010 LOCAL_ID_ERROR LOCALESTID']],
  ['LOCALESTID of 50 characters', { LOCALESTID: long(50) }, ['1010 LOCAL_ID_ERROR LOCALESTID']],
  ['UNIQUEWORKERID blank', { UNIQUEWORKERID: '' }, ['1020 UNIQUE_WORKER_ID_ERROR UNIQUEWORKERID'], { workerRef: null, workerKey: null }],
  ['UNIQUEWORKERID of 50 characters', { UNIQUEWORKERID: long(50) }, ['1020 UNIQUE_WORKER_ID_ERROR UNIQUEWORKERID']],
  ['STATUS unknown', { STATUS: 'CHANGE' }, ['1040 STATUS_ERROR STATUS']],
  ['STATUS blank', { STATUS: '' }, ['1040 STATUS_ERROR STATUS'], { status: null }],
  ['DISPLAYID blank', { DISPLAYID: '' }, ['1050 DISPLAY_ID_ERROR DISPLAYID']],
  ['DISPLAYID of 50 characters', { DISPLAYID: long(50) }, ['1050 WORKER_DISPLAY_ID_ERROR DISPLAYID']],
  ['DELETE rows only get key, DISPLAYID and STATUS checks', { STATUS: 'delete', GENDER: '9', DISPLAYID: '', DOB: '' }, ['1050 DISPLAY_ID_ERROR DISPLAYID'], { status: 'DELETE', gender: null }],
  ['NOCHANGE rows carry quietly parsed values (for DAYSSICK unchanged)', { STATUS: 'NOCHANGE', DAYSSICK: '4' }, [], { sicknessDays: 4 }],
  ['NINUMBER without a final letter', { NINUMBER: 'ab123456' }, [], { niKey: 'hmac:654321BA', niKeep: false }],
  ['NINUMBER Admin keeps the stored value', { NINUMBER: 'ADMIN' }, [], { niKey: null, niKeep: true }],
  ['NINUMBER malformed', { NINUMBER: 'AB12345' }, ['1060 WORKER_NINUMBER_ERROR NINUMBER'], { niKey: null }],
  ['POSTCODE blank', { POSTCODE: '' }, ['3070 POSTCODE_WARNING POSTCODE']],
  ['POSTCODE without its space', { POSTCODE: 'LS12RP' }, ['1070 POSTCODE ERROR POSTCODE'], { postcode: null }],
  ['POSTCODE upper-cased', { POSTCODE: 'ls1 2rp' }, [], { postcode: 'LS1 2RP' }],
  ['DOB blank', { DOB: '' }, ['3080 DOB_WARNING DOB']],
  ['DOB Admin keeps the stored value', { DOB: 'admin' }, [], { dob: null, dobKeep: true }],
  ['DOB read leniently', { DOB: '1/2/1980' }, [], { dob: '1980-02-01' }],
  ['DOB malformed', { DOB: '1980-02-01' }, ['3080 DOB_WARNING DOB'], { dob: null }],
  ['DOB under 14', { DOB: '01/01/2015', STARTDATE: '', STARTINSECT: '' }, ['3080 DOB_WARNING DOB', '2000 START_DATE_MISSING STARTDATE', '3200 START_INSECT_WARNING STARTINSECT']],
  ['DOB over 100', { DOB: '01/01/1920' }, ['3080 DOB_WARNING DOB']],
  ['GENDER unknown', { GENDER: '5' }, ['1090 GENDER_ERROR GENDER']],
  ['ETHNICITY unknown', { ETHNICITY: '50' }, ['1100 ETHNICITY_ERROR ETHNICITY']],
  ['NATIONALITY not a number', { NATIONALITY: 'British' }, ['1110 NATIONALITY_ERROR NATIONALITY']],
  ['NATIONALITY unknown', { NATIONALITY: '1' }, ['1110 NATIONALITY_ERROR NATIONALITY']],
  ['BRITISHCITIZENSHIP for a British national is ignored', { BRITISHCITIZENSHIP: '1' }, ['3120 BRITISH_CITIZENSHIP_WARNING BRITISHCITIZENSHIP'], { britishCitizenship: null }],
  ['BRITISHCITIZENSHIP unknown', { ...FOREIGN, BRITISHCITIZENSHIP: '5' }, ['1120 BRITISH_CITIZENSHIP_ERROR BRITISHCITIZENSHIP']],
  ['COUNTRYOFBIRTH not a number', { COUNTRYOFBIRTH: 'UK' }, ['1130 COUNTRY_OF_BIRTH_ERROR COUNTRYOFBIRTH']],
  ['YEAROFENTRY without COUNTRYOFBIRTH', { COUNTRYOFBIRTH: '', YEAROFENTRY: '2010' }, ['3380 YEAROFENTRY_WARNING YEAROFENTRY/COUNTRYOFBIRTH'], { yearOfEntry: null }],
  ['YEAROFENTRY for someone born in the UK', { YEAROFENTRY: '2010' }, ['3380 YEAROFENTRY_WARNING YEAROFENTRY/COUNTRYOFBIRTH']],
  ['YEAROFENTRY malformed', { ...FOREIGN, YEAROFENTRY: '10' }, ['1380 YEAROFENTRY_ERROR YEAROFENTRY']],
  ['YEAROFENTRY in the future', { ...FOREIGN, YEAROFENTRY: '2026' }, ['1380 YEAROFENTRY_ERROR YEAROFENTRY']],
  ['YEAROFENTRY before birth', { ...FOREIGN, YEAROFENTRY: '1979' }, ['1380 YEAROFENTRY_ERROR YEAROFENTRY/DOB']],
  ['born abroad', FOREIGN, [], { nationality: 4, countryOfBirth: 4, yearOfEntry: 2010 }],
  ['3380 is shared by YEAROFENTRY and AMHP: one message per code per row', { ...SOCIAL_WORKER, AMHP: '', YEAROFENTRY: '2010' }, ['3380 YEAROFENTRY_WARNING YEAROFENTRY/COUNTRYOFBIRTH']],
  ['DISABLED and CARECERT unknown', { DISABLED: '4', CARECERT: '4' }, ['1150 DISABLED_ERROR DISABLED', '1160 CARECERT_ERROR CARECERT']],
  ['L2CARECERT unknown', { L2CARECERT: '4' }, ['5590 L2CARECERT_WARNING L2CARECERT'], { level2CareCertificate: null }],
  ['L2CARECERT 2 with a year', { L2CARECERT: '2;2024' }, ['5600 L2CARECERT_WARNING_IGNORE_YEAR_FOR_OPTION_2 L2CARECERT'], { level2CareCertificate: 2, level2CareCertificateYear: null }],
  ['L2CARECERT 3 with a year', { L2CARECERT: '3;2024' }, ['5610 L2CARECERT_WARNING_IGNORE_YEAR_FOR_OPTION_3 L2CARECERT']],
  ['L2CARECERT year before 2024', { L2CARECERT: '1;2023' }, ['5620 L2CARECERT_WARNING_YEAR_BEFORE_2024 L2CARECERT'], { level2CareCertificate: 1, level2CareCertificateYear: null }],
  ['L2CARECERT year in the future', { L2CARECERT: '1;2026' }, ['5630 L2CARECERT_WARNING_YEAR_IN_FUTURE L2CARECERT']],
  ['L2CARECERT year invalid', { L2CARECERT: '1;24' }, ['5640 L2CARECERT_WARNING_YEAR_INVALID L2CARECERT']],
  ['RECSOURCE unknown', { RECSOURCE: '3' }, ['1180 RECSOURCE_ERROR RECSOURCE']],
  ['HANDCVISA for a British national', { HANDCVISA: '1' }, ['5570 HANDCVISA_WARNING HANDCVISA'], { handcVisa: null }],
  ['HANDCVISA for a British citizen', { ...FOREIGN, BRITISHCITIZENSHIP: '1', HANDCVISA: '1' }, ['5570 HANDCVISA_WARNING HANDCVISA']],
  ['HANDCVISA unknown', { ...FOREIGN, HANDCVISA: '5' }, ['5570 HANDCVISA_WARNING HANDCVISA']],
  ['INOUTUK without a visa', { ...FOREIGN, HANDCVISA: '2', INOUTUK: '1' }, ['5580 INOUTUK_WARNING INOUTUK'], { handcVisa: 2, inOutUk: null }],
  ['INOUTUK unknown', { ...FOREIGN, HANDCVISA: '1', INOUTUK: '3' }, ['5580 INOUTUK_WARNING INOUTUK']],
  ['visa and recruitment from abroad', { ...FOREIGN, HANDCVISA: '1', INOUTUK: '1' }, [], { handcVisa: 1, inOutUk: 1 }],
  ['STARTDATE blank', { STARTDATE: '' }, ['2000 START_DATE_MISSING STARTDATE']],
  ['STARTDATE not strict dd/mm/yyyy', { STARTDATE: '1/4/2020' }, ['3190 START_DATE_WARNING STARTDATE'], { startDate: null }],
  ['STARTDATE in the future', { STARTDATE: '01/07/2025' }, ['3190 START_DATE_WARNING STARTDATE']],
  ['STARTDATE before the 14th birthday', { STARTDATE: '01/01/1994', STARTINSECT: '1994' }, ['3190 START_DATE_WARNING STARTDATE']],
  ['STARTDATE before the year of entry', { ...FOREIGN, YEAROFENTRY: '2021' }, ['3190 START_DATE_WARNING STARTDATE']],
  ['STARTINSECT blank', { STARTINSECT: '' }, ['3200 START_INSECT_WARNING STARTINSECT']],
  ['STARTINSECT malformed', { STARTINSECT: '15' }, ['3200 START_INSECT_WARNING STARTINSECT']],
  ['STARTINSECT after STARTDATE', { STARTINSECT: '2021' }, ['3200 START_INSECT_WARNING STARTINSECT'], { startInSector: null }],
  ['STARTINSECT before the 14th birthday', { STARTINSECT: '1990' }, ['3200 START_INSECT_WARNING STARTINSECT']],
  ['STARTINSECT 999', { STARTINSECT: '999' }, [], { startInSector: null, startInSectorDontKnow: true }],
  ['DHA unknown', { DHA: '5' }, ['5660 DHA_WARNING DHA']],
  ['DHA for a job role that cannot do DHA', { MAINJOBROLE: '25', DHA: '1' }, ['5661 DHA_WARNING DHA'], { dha: null }],
  ['APPRENTICE unknown', { APPRENTICE: '5' }, ['3210 APPRENTICE_WARNING APPRENTICE'], { apprentice: null }],
  ['EMPLSTATUS blank', { EMPLSTATUS: '' }, ['1220 CONTRACT_TYPE_ERROR EMPLSTATUS']],
  ['EMPLSTATUS 0', { EMPLSTATUS: '0' }, ['1220 CONTRACT_TYPE_ERROR EMPLSTATUS']],
  ['EMPLSTATUS unknown', { EMPLSTATUS: '5', CONTHOURS: '' }, ['1220 CONTRACT_TYPE_ERROR EMPLSTATUS']],
  ['ZEROHRCONT unknown', { ZEROHRCONT: '5' }, ['1230 ZEROHRCONT_ERROR ZEROHRCONT']],
  ['contracted hours with ZEROHRCONT blank', { ZEROHRCONT: '' }, ['3230 ZERO_HRCONT_WARNING ZEROHRCONT'], { contractedHours: 37.5 }],
  ['contracted hours on a zero-hours contract', { ZEROHRCONT: '1' }, ['1230 ZEROHRCONT_ERROR CONTHOURS/ZEROHRCONT', '3300 CONT_HOURS_WARNING CONTHOURS'], { contractedHours: null }],
  ['0 contracted hours without a zero-hours contract', { CONTHOURS: '0' }, ['3230 ZERO_HRCONT_WARNING CONTHOURS/ZEROHRCONT'], { contractedHours: 0 }],
  ['CONTHOURS for bank staff', { EMPLSTATUS: '3', CONTHOURS: '10' }, ['3300 CONT_HOURS_WARNING CONTHOURS']],
  ['CONTHOURS not in half hours', { CONTHOURS: '37.3' }, ['3300 CONT_HOURS_WARNING CONTHOURS']],
  ['CONTHOURS over 75', { CONTHOURS: '76' }, ['3300 CONT_HOURS_WARNING CONTHOURS']],
  ['CONTHOURS 999', { CONTHOURS: '999' }, [], { contractedHours: null, contractedHoursDontKnow: true }],
  ['AVGHOURS for a permanent worker', { AVGHOURS: '20' }, ['3310 AVG_HOURS_ERROR AVGHOURS'], { averageHours: null }],
  ['AVGHOURS for agency staff', { EMPLSTATUS: '4', CONTHOURS: '', AVGHOURS: '20' }, [], { averageHours: 20, contractedHours: null }],
  ['AVGHOURS for a permanent zero-hours worker', { ZEROHRCONT: '1', CONTHOURS: '', AVGHOURS: '12.5' }, [], { averageHours: 12.5 }],
  ['AVGHOURS malformed', { EMPLSTATUS: '3', CONTHOURS: '', AVGHOURS: 'x' }, ['3310 AVG_HOURS_ERROR AVGHOURS']],
  ['AVGHOURS over 75', { EMPLSTATUS: '3', CONTHOURS: '', AVGHOURS: '75.5' }, ['3310 AVG_HOURS_ERROR AVGHOURS']],
  ['DAYSSICK out of range', { DAYSSICK: '367' }, ['1240 DAYSSICK_ERROR DAYSSICK'], { sicknessDays: null }],
  ['DAYSSICK not in halves', { DAYSSICK: '2.3' }, ['1240 DAYSSICK_ERROR DAYSSICK']],
  ['DAYSSICK 999', { DAYSSICK: '999' }, [], { sicknessDays: null, sicknessDaysDontKnow: true }],
  ['SALARYINT not a number', { SALARYINT: 'hourly', HOURLYRATE: '' }, ['1250 SALARY_INT_ERROR SALARYINT']],
  ['SALARYINT unknown', { SALARYINT: '2', HOURLYRATE: '' }, ['1250 SALARY_INT_ERROR SALARYINT']],
  ['SALARY with an hourly interval', { SALARY: '20000' }, ['1251 SALARY_INT_ERROR SALARYINT/SALARY']],
  ['SALARY below £500', { SALARYINT: '1', SALARY: '400', HOURLYRATE: '' }, ['1260 SALARY_ERROR SALARY']],
  ['SALARY up to £250,000 for senior management', { SALARYINT: '1', SALARY: '240000', HOURLYRATE: '', MAINJOBROLE: '1' }, [], { annualPay: 240000, payInterval: 1 }],
  ['HOURLYRATE with an annual interval', { SALARYINT: '1', SALARY: '20000' }, ['1252 SALARY_INT_ERROR SALARYINT/HOURLYRATE'], { annualPay: 20000, hourlyPay: null }],
  ['HOURLYRATE with 3 decimals', { HOURLYRATE: '10.555' }, ['1270 HOURLY_RATE_ERROR HOURLYRATE']],
  ['pay ignored when the interval is not known', { SALARYINT: '999', SALARY: '20000' }, ['3260 SALARY_WARNING SALARY', '3270 HOURLY_RATE_WARNING HOURLYRATE'], { payInterval: 999, annualPay: null, hourlyPay: null }],
  ['MAINJOBROLE blank', { MAINJOBROLE: '' }, ['1280 MAIN_JOB_ROLE_ERROR MAINJOBROLE']],
  ['MAINJOBROLE retired code', { MAINJOBROLE: '22' }, ['1280 MAIN_JOB_ROLE_ERROR MAINJOBROLE']],
  ['MAINJRDESC missing for "other" roles', { MAINJOBROLE: '23' }, ['1290 MAIN_JOB_DESC_ERROR MAINJRDESC']],
  ['MAINJRDESC of 120 characters', { MAINJOBROLE: '23', MAINJRDESC: long(120) }, ['1290 MAIN_JOB_DESC_ERROR MAINJRDESC']],
  ['MAINJRDESC for other roles is ignored', { MAINJRDESC: 'Carer' }, ['3290 MAIN_JOB_DESC_WARNING MAINJRDESC'], { mainJobDescription: null }],
  ['MAINJRDESC kept for role 27', { MAINJOBROLE: '27', MAINJRDESC: 'Gardener', DHA: '' }, [], { mainJobDescription: 'Gardener' }],
  ['NMCREG missing for a registered nurse', { ...NURSE, NMCREG: '' }, ['3340 NMCREG_WARNING NMCREG']],
  ['NMCREG unknown', { ...NURSE, NMCREG: '6' }, ['3340 NMCREG_WARNING NMCREG'], { nmcRegistration: null }],
  ['NMCREG zero-padded as ASC-WDS downloads write it', { ...NURSE, NMCREG: '01' }, [], { nmcRegistration: 1 }],
  ['NMCREG for another role is ignored', { NMCREG: '1' }, ['3340 NMCREG_WARNING NMCREG']],
  ['AMHP missing for a social worker', { ...SOCIAL_WORKER, AMHP: '' }, ['3380 AMHP_WARNING AMHP']],
  ['AMHP unknown', { ...SOCIAL_WORKER, AMHP: '5' }, ['3380 AMHP_WARNING AMHP']],
  ['AMHP for another role is ignored', { AMHP: '1' }, ['3380 AMHP_WARNING AMHP'], { amhp: null }],
  ['SCQUAL blank', { SCQUAL: '' }, ['3360 SOCIALCARE_QUAL_WARNING SCQUAL']],
  ['SCQUAL unknown', { SCQUAL: '3' }, ['1360 SOCIALCARE_QUAL_ERROR SCQUAL']],
  ['SCQUAL 1 without a level', { SCQUAL: '1' }, ['1360 SOCIALCARE_QUAL_ERROR SCQUAL']],
  ['SCQUAL 1 without a level for a regulated profession', { ...NURSE, SCQUAL: '1' }, ['1360 SOCIALCARE_QUAL_ERROR SCQUAL', '3360 SOCIALCARE_QUAL_WARNING SCQUAL']],
  ['SCQUAL level unknown is ignored', { SCQUAL: '1;12' }, ['1360 SOCIALCARE_QUAL_ERROR SCQUAL'], { socialCareQualification: 1, socialCareQualificationLevel: null }],
  ['NONSCQUAL unknown', { NONSCQUAL: '4' }, ['1370 NON_SOCIALCARE_QUAL_ERROR NONSCQUAL']],
  ['NONSCQUAL 1 without a level means level not known', { NONSCQUAL: '1' }, [], { otherQualification: 1, otherQualificationLevel: 999 }],
  ['NONSCQUAL level unknown is ignored', { NONSCQUAL: '1;12' }, ['1370 NON_SOCIALCARE_QUAL_ERROR NONSCQUAL']],
  ['CWPCATEGORY unknown', { CWPCATEGORY: '8' }, ['5650 CWPCATEGORY_WARNING CWPCATEGORY'], { cwpCategory: null }],
  ['QUALACH01 code not a number', { QUALACH01: 'NVQ;2010' }, ['5010 QUAL_ACH01_CODE_ERROR QUALACH01'], { qualifications: [] }],
  ['QUALACH01 code unknown', { QUALACH01: '999;2010' }, ['5010 QUAL_ACH01_CODE_ERROR QUALACH01']],
  ['QUALACH01 without a year', { QUALACH01: '1' }, ['5015 QUAL_ACH01_YEAR_ERROR QUALACH01'], { qualifications: [{ code: 1, year: null, notes: 'NVQ' }] }],
  ['QUALACH01 year over 100 years ago', { QUALACH01: '1;1924' }, ['5015 QUAL_ACH01_YEAR_ERROR QUALACH01']],
  ['QUALACH01 notes too long', { QUALACH01NOTES: long(121) }, ['5020 QUAL_ACH01_NOTES_ERROR QUALACH01NOTES'], { qualifications: [{ code: 1, year: 2010, notes: null }] }],
  ['QUALACH02 year and notes, QUALACH03 code', { QUALACH02: '2', QUALACH02NOTES: long(121), QUALACH03: '999;2010' }, ['5035 QUAL_ACH02_YEAR_ERROR QUALACH02', '5040 QUAL_ACH02_NOTES_ERROR QUALACH02NOTES', '5050 QUAL_ACH03_CODE_ERROR QUALACH03']],
  ['QUALACH02 and QUALACH03 have their own codes', { QUALACH02: 'x', QUALACH03: '2;2030', QUALACH03NOTES: long(121) }, ['5030 QUAL_ACH02_CODE_ERROR QUALACH02', '5055 QUAL_ACH03_YEAR_ERROR QUALACH03', '5060 QUAL_ACH03_NOTES_ERROR QUALACH03NOTES']],
];

describe('staff rows', () => {
  test.each(cases.map(([n, o, e, r]) => [n, o, e, r ?? null] as const))('%s', async (_name, overrides, expected, record) => {
    const { codes, record: rec } = await checkRow<WorkerRecord>('worker', overrides);
    expect(codes).toEqual(expected);
    if (record) expect(rec).toMatchObject(record);
  });

  test('the NI number is normalised before it is pseudonymised and never reported in clear', async () => {
    const { record } = await checkRow<WorkerRecord>('worker', { NINUMBER: ' jr 97 56 28 c' });
    expect(record.niKey).toBe('hmac:C826579RJ');
    const bad = await checkRow('worker', { NINUMBER: 'JR97562', DISPLAYID: `JR975628C ${long(45)}` });
    expect(bad.problems.map((p) => [p.column, p.value])).toEqual([['DISPLAYID', `JR****28C ${long(45)}`], ['NINUMBER', 'JR**562']]);
  });

  test('optional CHGUNIQUEWRKID and TRANSFERSTAFFRECORD columns', async () => {
    const base = currentHeader('worker');
    const header = [...base.slice(0, 2), 'CHGUNIQUEWRKID', 'TRANSFERSTAFFRECORD', ...base.slice(2)];
    const ok = await checkRow<WorkerRecord>('worker', { STATUS: 'UPDATE', CHGUNIQUEWRKID: 'S 9', TRANSFERSTAFFRECORD: 'W 2' }, header);
    expect(ok.codes).toEqual([]);
    expect(ok.record).toMatchObject({ chgWorkerRef: 'S 9', chgWorkerKey: 'S9', transferTo: 'W 2', transferToKey: 'W2' });
    // a move only applies to UPDATE rows
    const onNew = await checkRow<WorkerRecord>('worker', { STATUS: 'NEW', TRANSFERSTAFFRECORD: 'W 2' }, header);
    expect(onNew.record).toMatchObject({ transferTo: null, transferToKey: null });
    const tooLong = await checkRow('worker', { CHGUNIQUEWRKID: long(50) }, header);
    expect(tooLong.codes).toEqual(['1030 CHANGE_UNIQUE_WORKER_ID_ERROR CHGUNIQUEWRKID']);
  });

  test('QUALACH04 onwards are read, with the hub codes 9050/9055/9060 for their problems', async () => {
    const header = [...currentHeader('worker'), 'QUALACH04', 'QUALACH04NOTES', 'QUALACH05', 'QUALACH05NOTES'];
    const { codes, record, problems } = await checkRow<WorkerRecord>('worker', { QUALACH04: '999;2010', QUALACH05: '3', QUALACH05NOTES: long(121) }, header);
    expect(codes).toEqual(['9050 QUAL_ACHNN_CODE_ERROR QUALACH04', '9055 QUAL_ACHNN_YEAR_ERROR QUALACH05', '9060 QUAL_ACHNN_NOTES_ERROR QUALACH05NOTES']);
    expect(problems.map((p) => [p.severity, p.message])).toEqual([
      ['error', 'Qualification (QUALACH04): 999 is unknown'],
      ['warning', 'Year achieved for QUALACH05 is blank'],
      ['warning', 'The notes you have entered for (QUALACH05NOTES) are over 120 characters and will be ignored'],
    ]);
    expect(record.qualifications).toEqual([{ code: 1, year: 2010, notes: 'NVQ' }, { code: 3, year: null, notes: null }]);
  });

  test('messages carry both references and fill their placeholders', async () => {
    const { problems } = await checkRow('worker', { NATIONALITY: '1', SALARYINT: '1', SALARY: '300000', HOURLYRATE: '', EMPLSTATUS: '7', CONTHOURS: '10' });
    expect(problems.map((p) => [p.localRef, p.workerRef, p.message])).toEqual([
      ['W 1', 'S 1', 'Nationality code (1) is not a valid entry'],
      ['W 1', 'S 1', 'CONTHOURS will be ignored as EMPLSTATUS is Other'],
      ['W 1', 'S 1', 'SALARY must be between £500 and £200000'],
    ]);
  });
});
