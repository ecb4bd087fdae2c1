import type { WorkplaceRecord } from '../../../importers/ascwds/workplace-record';
import { checkRow } from './support/row-builder';

/** A valid workplace that is not CQC regulated (day care, pay group 3). */
const NON_CQC = { REGTYPE: '0', PROVNUM: '', LOCATIONID: '', MAINSERVICE: '6', ALLSERVICES: '6', CAPACITY: '20', UTILISATION: '15', SLEEPINS: '', SLEEPINPAY: '' };
/** A valid domiciliary care workplace (pay group 1). */
const DOMICILIARY = { MAINSERVICE: '8', ALLSERVICES: '8', CAPACITY: '', UTILISATION: '40', SLEEPINS: '1', SLEEPINPAY: '1' };
/** A valid head office. */
const HEAD_OFFICE = { MAINSERVICE: '72', ALLSERVICES: '72', CAPACITY: '', UTILISATION: '', LOCATIONID: '', DHA: '', DHAACTIVITIES: '', SLEEPINS: '', SLEEPINPAY: '' };
const long = (n: number) => 'x'.repeat(n);

const cases: [string, Record<string, string>, string[], Partial<WorkplaceRecord>?][] = [
  ['a valid row', {}, [], { localRef: 'W 1', localKey: 'W1', status: 'NEW', postcode: 'LS1 2RP', pensionContribution: 5.13 }],
  ['LOCALESTID blank', { LOCALESTID: '' }, ['1010 LOCAL_ID_ERROR LOCALESTID'], { localRef: null, localKey: null }],
  ['LOCALESTID of 50 characters', { LOCALESTID: long(50) }, ['1010 LOCAL_ID_ERROR LOCALESTID']],
  ['LOCALESTID of 49 characters', { LOCALESTID: long(49) }, []],
  ['STATUS blank', { STATUS: '' }, ['1020 STATUS_ERROR STATUS']],
  ['STATUS unknown', { STATUS: 'ADD' }, ['1020 STATUS_ERROR STATUS'], { status: 'ADD' }],
  ['STATUS in lower case', { STATUS: 'update' }, [], { status: 'UPDATE' }],
  ['UNCHECKED rows only get key, name and STATUS checks', { STATUS: 'unchecked', ESTTYPE: '9', ESTNAME: '', POSTCODE: 'nope' }, ['1030 NAME_ERROR ESTNAME'], { status: 'UNCHECKED', employerType: null }],
  ['DELETE rows keep quietly parsed values', { STATUS: 'DELETE', HOLIDAY: 'lots' }, [], { holidayDays: null, totalStaff: 20 }],
  ['ESTNAME too long', { ESTNAME: long(121) }, ['1030 NAME_ERROR ESTNAME'], { name: null }],
  ['ADDRESS1 blank', { ADDRESS1: '' }, ['1040 ADDRESS_ERROR ADDRESS1']],
  ['ADDRESS1 too long', { ADDRESS1: long(41) }, ['1040 ADDRESS_ERROR ADDRESS1']],
  ['ADDRESS2, ADDRESS3, POSTTOWN too long', { ADDRESS2: long(41), ADDRESS3: long(41), POSTTOWN: long(41) }, ['1045 ADDRESS_ERROR ADDRESS2', '1050 ADDRESS_ERROR ADDRESS3', '1055 ADDRESS_ERROR POSTTOWN']],
  ['POSTCODE blank', { POSTCODE: '' }, ['1060 ADDRESS_ERROR POSTCODE']],
  ['POSTCODE too long', { POSTCODE: 'LS1 2RP 1234' }, ['1060 ADDRESS_ERROR POSTCODE']],
  ['POSTCODE malformed', { POSTCODE: '12345' }, ['1060 ADDRESS_ERROR POSTCODE']],
  ['POSTCODE normalised', { POSTCODE: 'ls12rp' }, [], { postcode: 'LS1 2RP' }],
  ['ESTTYPE blank', { ESTTYPE: '' }, ['1070 ESTABLISHMENT_TYPE_ERROR ESTTYPE']],
  ['ESTTYPE outside 1-8', { ESTTYPE: '9' }, ['1070 ESTABLISHMENT_TYPE_ERROR ESTTYPE']],
  ['ESTTYPE 4 (in range, unmapped)', { ESTTYPE: '4' }, ['1070 ESTABLISHMENT_TYPE_ERROR ESTTYPE']],
  ['ESTTYPE 8 without OTHERTYPE', { ESTTYPE: '8' }, ['2070 ESTABLISHMENT_TYPE_WARNING OTHERTYPE'], { employerType: 8 }],
  ['ESTTYPE 8 with a long OTHERTYPE', { ESTTYPE: '8', OTHERTYPE: long(241) }, ['1070 ESTABLISHMENT_TYPE_ERROR OTHERTYPE']],
  ['OTHERTYPE for ESTTYPE 6 is ignored', { OTHERTYPE: 'Trust' }, ['2070 ESTABLISHMENT_TYPE_WARNING OTHERTYPE'], { employerTypeOther: null }],
  ['ESTTYPE 8 with OTHERTYPE', { ESTTYPE: '8', OTHERTYPE: 'Trust' }, [], { employerTypeOther: 'Trust' }],
  ['PERMCQC and PERMLA bad', { PERMCQC: '2', PERMLA: 'y' }, ['1080 SHARE_WITH_CQC_ERROR PERMCQC', '1090 SHARE_WITH_LA_ERROR PERMLA']],
  ['REGTYPE blank', { REGTYPE: '' }, ['1100 REGTYPE_ERROR REGTYPE'], { cqcRegulated: null }],
  ['REGTYPE 1', { REGTYPE: '1' }, ['1100 REGTYPE_ERROR REGTYPE']],
  ['REGTYPE 0 with a CQC-regulated main service', { REGTYPE: '0', PROVNUM: '', LOCATIONID: '' }, ['1100 REGTYPE_ERROR REGTYPE/MAINSERVICE']],
  ['REGTYPE 2 with a main service that is not regulated', { ...NON_CQC, REGTYPE: '2', PROVNUM: '1-123456789', LOCATIONID: '1-987654321' }, ['1100 REGTYPE_ERROR REGTYPE/MAINSERVICE']],
  ['a head office is exempt from the REGTYPE check and needs no LOCATIONID', HEAD_OFFICE, [], { cqcRegulated: true, locationId: null }],
  ['PROVNUM blank for REGTYPE 2', { PROVNUM: '' }, ['1105 PROV_ID_ERROR PROVNUM']],
  ['PROVNUM malformed', { PROVNUM: '1-1234' }, ['1105 PROV_ID_ERROR PROVNUM']],
  ['LOCATIONID blank for REGTYPE 2', { LOCATIONID: '' }, ['1110 LOCATION_ID_ERROR LOCATIONID']],
  ['LOCATIONID malformed', { LOCATIONID: 'X-123456789' }, ['1110 LOCATION_ID_ERROR LOCATIONID']],
  ['PROVNUM and LOCATIONID given for REGTYPE 0 are ignored', { ...NON_CQC, PROVNUM: '1-123456789', LOCATIONID: '1-987654321' }, ['2105 PROV_ID_WARNING PROVNUM', '2110 LOCATION_ID_WARNING LOCATIONID'], { providerId: null, locationId: null }],
  ['MAINSERVICE blank', { MAINSERVICE: '' }, ['1000 MAIN_SERVICE_ERROR MAINSERVICE']],
  ['MAINSERVICE unknown', { MAINSERVICE: '99' }, ['1000 MAIN_SERVICE_ERROR MAINSERVICE']],
  ['MAINSERVICE that cannot be a main service (live-in care)', { MAINSERVICE: '73', ALLSERVICES: '73', CAPACITY: '', UTILISATION: '3' }, ['1000 MAIN_SERVICE_ERROR MAINSERVICE']],
  ['ALLSERVICES without the main service', { ALLSERVICES: '8', CAPACITY: '', UTILISATION: '40' }, ['1120 ALL_SERVICES_ERROR ALLSERVICES']],
  ['ALLSERVICES with 0 and other services', { ALLSERVICES: '1;0;8' }, ['1121 ALL_SERVICES_ERROR_NONE ALLSERVICES']],
  ['ALLSERVICES 0 beside the main service alone', { ALLSERVICES: '1;0', CAPACITY: '30', UTILISATION: '28' }, [], { serviceCodes: [1] }],
  ['ALLSERVICES with an empty element', { ALLSERVICES: '1;;8', CAPACITY: '', UTILISATION: '' }, ['1120 ALL_SERVICES_ERROR ALLSERVICES']],
  ['ALLSERVICES with an unknown code (one 1120 per row)', { ALLSERVICES: '99', CAPACITY: '', UTILISATION: '' }, ['1120 ALL_SERVICES_ERROR ALLSERVICES']],
  ['CAPACITY not a list of numbers', { CAPACITY: 'thirty;' }, ['1140 CAPACITY_UTILISATION_ERROR CAPACITY']],
  ['UTILISATION not a list of numbers', { UTILISATION: 'all;' }, ['1140 CAPACITY_UTILISATION_ERROR UTILISATION']],
  ['CAPACITY and UTILISATION of different lengths', { CAPACITY: '30', UTILISATION: '28;40' }, ['1140 CAPACITY_UTILISATION_ERROR CAPACITY/UTILISATION']],
  ['CAPACITY and UTILISATION not one per service', { CAPACITY: '30;;', UTILISATION: '28;40;' }, ['1140 CAPACITY_UTILISATION_ERROR CAPACITY/UTILISATION']],
  ['a capacity of 9999', { CAPACITY: '9999;' }, ['1140 CAPACITY_UTILISATION_ERROR CAPACITY']],
  ['a capacity for a service without a capacity question', { CAPACITY: '30;5' }, ['1140 CAPACITY_UTILISATION_ERROR CAPACITY']],
  ['a utilisation for a service without a utilisation question', { ALLSERVICES: '1;13', UTILISATION: '28;5' }, ['1140 CAPACITY_UTILISATION_ERROR UTILISATION']],
  ['SERVICEDESC kept only for "other" services', { ALLSERVICES: '1;52', CAPACITY: '30;', UTILISATION: '28;', SERVICEDESC: 'not kept;Gardening' }, [], {
    services: [{ service: 1, capacity: 30, utilisation: 28, description: null }, { service: 52, capacity: null, utilisation: null, description: 'Gardening' }],
  }],
  ['SERVICEDESC with the wrong number of items', { SERVICEDESC: 'a;b;c' }, ['1120 ALL_SERVICES_ERROR ALLSERVICES/CAPACITY/UTILISATION/SERVICEDESC']],
  ['SERVICEDESC too long', { ALLSERVICES: '1;52', CAPACITY: '30;', UTILISATION: '28;', SERVICEDESC: `;${long(121)}` }, ['1120 ALL_SERVICES_ERROR SERVICEDESC']],
  ['SERVICEUSERS not numbers: the column is ignored', { SERVICEUSERS: 'old;1' }, ['2130 SERVICE_USERS_WARNING SERVICEUSERS'], { serviceUsers: null }],
  ['SERVICEUSERS with an unknown code: that code is ignored', { SERVICEUSERS: '1;99', OTHERUSERDESC: '' }, ['1130 SERVICE_USERS_ERROR SERVICEUSERS'], { serviceUsers: [{ serviceUser: 1, description: null }] }],
  ['OTHERUSERDESC with the wrong number of items', { OTHERUSERDESC: 'a' }, ['1130 SERVICE_USERS_ERROR SERVICEUSERS/OTHERUSERDESC']],
  ['an "other" service user without a description', { OTHERUSERDESC: '' }, ['2130 SERVICE_USERS_WARNING OTHERUSERDESC']],
  ['an "other" service user description too long', { OTHERUSERDESC: `;${long(121)}` }, ['1130 SERVICE_USERS_ERROR OTHERUSERDESC']],
  ['DHA code unknown', { DHA: '5', DHAACTIVITIES: '' }, ['2510 DHA_WARNING DHA'], { dha: null }],
  ['DHA for a main service that cannot do DHA', { ...NON_CQC, MAINSERVICE: '10', ALLSERVICES: '10', CAPACITY: '', UTILISATION: '3' }, ['2520 DHA_MAIN_SERVICE_WARNING DHA', '2530 DHAACTIVITIES_WARNING DHAACTIVITIES'], { dha: null, dhaActivities: null }],
  ['DHAACTIVITIES without DHA 1', { DHA: '2' }, ['2530 DHAACTIVITIES_WARNING DHAACTIVITIES']],
  ['DHAACTIVITIES 999', { DHAACTIVITIES: '999' }, [], { dhaActivities: [], dhaActivitiesDontKnow: true }],
  ['DHAACTIVITIES partly unknown', { DHAACTIVITIES: '1;99' }, ['2530 DHAACTIVITIES_WARNING DHAACTIVITIES'], { dhaActivities: [1] }],
  ['DHAACTIVITIES all unknown', { DHAACTIVITIES: '98;99' }, ['2530 DHAACTIVITIES_WARNING DHAACTIVITIES'], { dhaActivities: null }],
  ['TOTALPERMTEMP blank', { TOTALPERMTEMP: '' }, ['1200 TOTAL_PERM_TEMP_ERROR TOTALPERMTEMP']],
  ['TOTALPERMTEMP 1000', { TOTALPERMTEMP: '1000' }, ['1200 TOTAL_PERM_TEMP_ERROR TOTALPERMTEMP']],
  ['TOTALPERMTEMP 0 outside a head office', { TOTALPERMTEMP: '0' }, ['1200 TOTAL_PERM_TEMP_ERROR TOTALPERMTEMP']],
  ['TOTALPERMTEMP 0 at a head office', { ...HEAD_OFFICE, TOTALPERMTEMP: '0' }, [], { totalStaff: 0 }],
  ['ALLJOBROLES not numbers', { ALLJOBROLES: '8;x' }, ['1280 ALL_JOBS_ERROR ALLJOBROLES'], { jobRoles: null, starters: null }],
  ['ALLJOBROLES unknown (retired) code', { ALLJOBROLES: '8;22' }, ['1280 ALL_JOBS_ERROR ALLJOBROLES']],
  ['ALLJOBROLES blank with counts above zero', { ALLJOBROLES: '', STARTERS: '3', LEAVERS: '0', VACANCIES: '0', REASONS: '', REASONNOS: '' }, ['1280 ALL_JOBS_ERROR ALLJOBROLES'], { startersAnswer: null }],
  ['ALLJOBROLES blank with none and don\'t know', { ALLJOBROLES: '', STARTERS: '0', LEAVERS: '999', VACANCIES: '0;0', REASONS: '', REASONNOS: '' }, [], {
    jobRoles: null, startersAnswer: 'NONE', starters: [], leaversAnswer: 'DONT_KNOW', leavers: null, vacanciesAnswer: 'NONE',
  }],
  ['STARTERS not aligned', { STARTERS: '3' }, ['1310 STARTERS_ERROR ALLJOBROLES/STARTERS']],
  ['STARTERS not whole numbers', { STARTERS: '3;x' }, ['1310 STARTERS_ERROR STARTERS']],
  ['STARTERS over 999', { STARTERS: '1000;0' }, ['1310 STARTERS_ERROR STARTERS']],
  ['STARTERS all zero is none, counts kept', { STARTERS: '0;0' }, [], { startersAnswer: 'NONE', starters: [{ jobRole: 8, count: 0 }, { jobRole: 4, count: 0 }] }],
  ['999 inside a list passes (as in ASC-WDS)', { STARTERS: '999;0' }, [], { startersAnswer: 'WITH_JOBS', starters: [{ jobRole: 8, count: 999 }, { jobRole: 4, count: 0 }] }],
  ['LEAVERS not aligned', { LEAVERS: '2;0;0', REASONS: '', REASONNOS: '' }, ['1320 LEAVERS_ERROR ALLJOBROLES/LEAVERS']],
  ['LEAVERS bad value', { LEAVERS: '-1;0', REASONS: '', REASONNOS: '' }, ['1320 LEAVERS_ERROR LEAVERS']],
  ['VACANCIES not aligned', { VACANCIES: '1' }, ['1300 VACANCIES_ERROR ALLJOBROLES/VACANCIES']],
  ['VACANCIES bad value', { VACANCIES: '1.5;0' }, ['1300 VACANCIES_ERROR VACANCIES']],
  ['VACANCIES single 999', { VACANCIES: '999' }, [], { vacanciesAnswer: 'DONT_KNOW', vacancies: null }],
  ['a registered manager vacancy at a non-CQC workplace is kept with a warning', { ...NON_CQC, VACANCIES: '0;1' }, ['2180 ALL_JOBS_WARNING VACANCY'], { vacancies: [{ jobRole: 8, count: 0 }, { jobRole: 4, count: 1 }] }],
  ['REASONS not numbers', { REASONS: '1;x' }, ['1360 REASONS_FOR_LEAVING_ERROR REASONS'], { leaveReasons: null }],
  ['REASONNOS not aligned', { REASONS: '1', REASONNOS: '1;1' }, ['1360 REASONS_FOR_LEAVING_ERROR REASONS/REASONNOS']],
  ['REASONNOS not whole numbers', { REASONNOS: '1;x' }, ['1360 REASONS_FOR_LEAVING_ERROR REASONNOS']],
  ['REASONNOS not adding up to LEAVERS', { REASONNOS: '1;2' }, ['1360 REASONS_FOR_LEAVING_ERROR REASONNOS/LEAVERS']],
  ['REASONS are not checked without leavers', { LEAVERS: '0;0', REASONS: 'x', REASONNOS: '' }, [], { leaveReasons: null }],
  ['REPEATTRAINING unknown', { REPEATTRAINING: '5' }, ['2420 REPEAT_TRAINING_WARNING REPEATTRAINING'], { repeatTraining: null }],
  ['CWPAWARE unknown', { CWPAWARE: '6' }, ['2480 CWPAWARE_WARNING CWPAWARE']],
  ['CWPUSE unknown', { CWPUSE: '3', CWPUSEDESC: '' }, ['2490 CWPUSE_WARNING CWPUSE'], { cwpUse: null }],
  ['CWPUSE with an unknown reason keeps the others', { CWPUSE: '1;2;77;2', CWPUSEDESC: '' }, ['2490 CWPUSE_WARNING CWPUSE'], { cwpUse: 1, cwpUseReasons: [2] }],
  ['CWPUSEDESC without reason 10', { CWPUSE: '2' }, ['2500 CWPUSEDESC_WARNING CWPUSEDESC'], { cwpUseDescription: null }],
  ['CWPUSEDESC too long', { CWPUSEDESC: long(121) }, ['2500 CWPUSEDESC_WARNING CWPUSEDESC']],
  ['SICKPAY and PENSION unknown codes', { SICKPAY: 'maybe', PENSION: '2', ACTUALCONT: '' }, ['2450 SICKPAY_WARNING SICKPAY', '2460 PENSION_WARNING PENSION']],
  ['SICKPAY "unknown" in any case', { SICKPAY: 'UNKNOWN' }, [], { sickPay: 'DONT_KNOW' }],
  ['ACTUALCONT without PENSION 1', { PENSION: '0' }, ['2541 ACTUALCONT_PENSION_WARNING ACTUALCONT'], { pensionContribution: null }],
  ['ACTUALCONT of 3', { ACTUALCONT: '3' }, ['2540 ACTUALCONT_WARNING ACTUALCONT']],
  ['ACTUALCONT over 100', { ACTUALCONT: '100.5' }, ['2540 ACTUALCONT_WARNING ACTUALCONT']],
  ['OPTOUTPEN unknown', { OPTOUTPEN: '3' }, ['2550 OPTOUTPEN_WARNING OPTOUTPEN']],
  ['HOLIDAY not digits', { HOLIDAY: '28.5' }, ['2470 HOLIDAY_WARNING HOLIDAY'], { holidayDays: null }],
  ['SLEEPINS unknown', { SLEEPINS: '7', SLEEPINPAY: '' }, ['2560 SLEEPINS_WARNING SLEEPINS']],
  ['SLEEPINS for a main service outside pay groups 1 and 2', { ...NON_CQC, SLEEPINS: '1' }, ['2561 SLEEPINS_MAIN_SERVICE_WARNING SLEEPINS'], { sleepIns: null }],
  ['SLEEPINPAY for a main service outside pay groups 1 and 2', { ...NON_CQC, SLEEPINPAY: '1' }, ['2571 SLEEPINPAY_MAIN_SERVICE_WARNING SLEEPINPAY']],
  ['SLEEPINPAY without SLEEPINS 1', { SLEEPINS: '2' }, ['2572 SLEEPINPAY_SLEEPIN_WARNING SLEEPINPAY'], { sleepIns: 2, sleepInPay: null }],
  ['SLEEPINPAY unknown', { SLEEPINPAY: '7' }, ['2570 SLEEPINPAY_WARNING SLEEPINPAY']],
  ['TRAVELTIME for a main service outside pay group 1', { TRAVELTIME: '1' }, ['2581 TRAVELTIME_MAIN_SERVICE_WARNING TRAVELTIME']],
  ['TRAVELTIME unknown', { ...DOMICILIARY, TRAVELTIME: '9' }, ['2580 TRAVELTIME_WARNING TRAVELTIME']],
  ['TTDIFFRATE without TRAVELTIME 3', { ...DOMICILIARY, TRAVELTIME: '1', TTDIFFRATE: '12' }, ['2592 TTDIFFRATE_TRAVELTIME_WARNING TTDIFFRATE'], { travelTimePay: 1, travelTimeRate: null }],
  ['TTDIFFRATE out of range', { ...DOMICILIARY, TRAVELTIME: '3', TTDIFFRATE: '2' }, ['2590 TTDIFFRATE_WARNING TTDIFFRATE']],
  ['TTDIFFRATE for a main service outside pay group 1', { TTDIFFRATE: '12' }, ['2591 TTDIFFRATE_MAIN_SERVICE_WARNING TTDIFFRATE']],
  ['TTDIFFRATE rounded to 2 dp', { ...DOMICILIARY, TRAVELTIME: '3', TTDIFFRATE: '12.345' }, [], { travelTimeRate: 12.35, travelTimePay: 3 }],
];

describe('workplace rows', () => {
  // every row gets four values so that jest does not take a missing record for a done callback
  test.each(cases.map(([n, o, e, r]) => [n, o, e, r ?? null] as const))('%s', async (_name, overrides, expected, record) => {
    const { codes, record: rec } = await checkRow<WorkplaceRecord>('workplace', overrides);
    expect(codes).toEqual(expected);
    if (record) expect(rec).toMatchObject(record);
  });

  test('messages carry the row references and fill their placeholders', async () => {
    const { problems } = await checkRow('workplace', { ESTTYPE: '4', ALLSERVICES: '1;99', CAPACITY: '30;', UTILISATION: '28;' });
    expect(problems.map((p) => [p.line, p.localRef, p.severity, p.value, p.message])).toEqual([
      [2, 'W 1', 'error', '4', 'WorkplaceCSVValidator Type (ESTTYPE): 4 is unknown'],
      [2, 'W 1', 'error', '1;99', 'All Services (ALLSERVICES): 99 is unknown'],
    ]);
  });
});
