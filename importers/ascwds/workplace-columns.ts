import type { ColumnSpec } from './column-kinds';
import { codeList, codesWhere, flagged, simpleCodeSet, simpleCodes } from './code-lists';
import { columnIndex } from './file-layout';
import { messagesOf } from './message-catalogue';
import { cwpUseRule } from './rules/cwp-use.rule';
import { dhaActivitiesRule } from './rules/dha-activities.rule';
import { jobCountsRule } from './rules/job-counts.rule';
import { leaveReasonsRule } from './rules/leave-reasons.rule';
import { referenceRule } from './rules/reference.rule';
import { HEAD_OFFICE, regTypeRule } from './rules/regtype.rule';
import { serviceUsersRule } from './rules/service-users.rule';
import { servicesRule } from './rules/services.rule';
import { statusRule } from './rules/status.rule';
import { totalStaffRule } from './rules/total-staff.rule';
import type { WorkplaceRecord } from './workplace-record';

const msg = messagesOf('workplace');
const at = (column: string) => columnIndex('workplace', column);
const codes = (list: string) => new Set(codeList(list).keys());
const simple = (column: string) => simpleCodeSet('workplace', column);
const one = <T>(...values: T[]): ReadonlySet<T> => new Set(values);

const OTHER_EMPLOYER_TYPE = 8;
const PENSION_YES = 'YES';
const SLEEP_INS_YES = 1;
const CQC_ID = /^[0-9]-[0-9]{8,12}$/;
/** UK postcode once upper-cased and spaced as outward code + space + inward code. */
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
const yesNoUnknown = new Map<string, unknown>([['1', 'YES'], ['0', 'NO'], ['unknown', 'DONT_KNOW']]);

function spacedPostcode(text: string): string {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Main services whose pay and pensions group (main_services.csv) is one of these. */
function payGroup(...groups: string[]): ReadonlySet<number> {
  return codesWhere('main_services', (r) => groups.includes(r.pay_and_pensions_group));
}

/** Workplace file: column → rule kind, code list and message, in evaluation order (MAINSERVICE before REGTYPE, which depends on it). */
export function workplaceColumns(): readonly ColumnSpec<WorkplaceRecord>[] {
  const estTypes = codeList('establishment_types');
  const validTypes = new Set([...estTypes].filter(([, r]) => r.sector !== '').map(([c]) => c));
  const unmappedTypes = new Set([...estTypes].filter(([, r]) => r.sector === '').map(([c]) => c));
  const mainServices = flagged('main_services', 'can_be_main_service');
  const differentTravelRate = flagged('travel_time_pay_options', 'requires_rate_TTDIFFRATE');
  const mainIn = (set: ReadonlySet<number>) => [{ field: 'mainService' as const, in: set, orNull: true }];
  return [
    referenceRule<WorkplaceRecord>({
      column: 'LOCALESTID', index: at('LOCALESTID'), refField: 'localRef', keyField: 'localKey', maxLength: 49,
      blank: msg(1010, 'LOCAL_ID_ERROR', 'not been supplied'), tooLong: msg(1010, 'LOCAL_ID_ERROR', 'longer than'),
    }),
    statusRule<WorkplaceRecord>(at('STATUS'), simpleCodes('workplace', 'STATUS'), msg(1020, 'STATUS_ERROR', 'is blank'), msg(1020, 'STATUS_ERROR', 'code you have entered')),
    { kind: 'text', column: 'ESTNAME', field: 'name', always: true, maxLength: 120, blank: msg(1030, 'NAME_ERROR', 'not been supplied'), tooLong: msg(1030, 'NAME_ERROR', 'longer than') },
    { kind: 'text', column: 'ADDRESS1', field: 'address1', maxLength: 40, blank: msg(1040, 'ADDRESS_ERROR', 'blank'), tooLong: msg(1040, 'ADDRESS_ERROR', 'longer than') },
    { kind: 'text', column: 'ADDRESS2', field: 'address2', maxLength: 40, tooLong: msg(1045, 'ADDRESS_ERROR') },
    { kind: 'text', column: 'ADDRESS3', field: 'address3', maxLength: 40, tooLong: msg(1050, 'ADDRESS_ERROR') },
    { kind: 'text', column: 'POSTTOWN', field: 'postTown', maxLength: 40, tooLong: msg(1055, 'ADDRESS_ERROR') },
    {
      kind: 'pattern', column: 'POSTCODE', field: 'postcode', pattern: POSTCODE, normalise: spacedPostcode, maxLength: 10,
      blank: msg(1060, 'ADDRESS_ERROR', 'POSTCODE has not been supplied'), tooLong: msg(1060, 'ADDRESS_ERROR', 'longer than'),
      bad: msg(1060, 'ADDRESS_ERROR', 'incorrectly formatted'),
    },
    {
      kind: 'code', column: 'ESTTYPE', field: 'employerType', codes: validTypes, blank: msg(1070, 'ESTABLISHMENT_TYPE_ERROR', 'ESTTYPE has not been supplied'),
      bad: msg(1070, 'ESTABLISHMENT_TYPE_ERROR', 'code you have entered'),
      unmapped: { codes: unmappedTypes, msg: msg(1070, 'ESTABLISHMENT_TYPE_ERROR', 'is unknown') },
    },
    {
      kind: 'text', column: 'OTHERTYPE', field: 'employerTypeOther', maxLength: 240, tooLong: msg(1070, 'ESTABLISHMENT_TYPE_ERROR', 'OTHERTYPE is longer'),
      blank: msg(2070, 'ESTABLISHMENT_TYPE_WARNING', 'not been supplied'), expectedWhen: [{ field: 'employerType', in: one(OTHER_EMPLOYER_TYPE) }],
      gates: [{ when: [{ field: 'employerType', in: one(OTHER_EMPLOYER_TYPE) }], ignored: msg(2070, 'ESTABLISHMENT_TYPE_WARNING', 'will be ignored') }],
    },
    { kind: 'choice', column: 'PERMCQC', field: 'shareWithCqc', choices: new Map([['1', true], ['0', false]]), bad: msg(1080, 'SHARE_WITH_CQC_ERROR') },
    { kind: 'choice', column: 'PERMLA', field: 'shareWithLa', choices: new Map([['1', true], ['0', false]]), bad: msg(1090, 'SHARE_WITH_LA_ERROR') },
    {
      kind: 'code', column: 'MAINSERVICE', field: 'mainService', codes: mainServices, blank: msg(1000, 'MAIN_SERVICE_ERROR', 'not been supplied'),
      notNumber: msg(1000, 'MAIN_SERVICE_ERROR', 'not been supplied'), bad: msg(1000, 'MAIN_SERVICE_ERROR', 'incorrect'),
    },
    regTypeRule(at('REGTYPE')),
    {
      kind: 'pattern', column: 'PROVNUM', field: 'providerId', pattern: CQC_ID, bad: msg(1105, 'PROV_ID_ERROR', 'incorrectly formatted'),
      blank: msg(1105, 'PROV_ID_ERROR', 'not been supplied'), expectedWhen: [{ field: 'cqcRegulated', in: one(true) }],
      gates: [{ when: [{ field: 'cqcRegulated', in: one(true), orNull: true }], ignored: msg(2105, 'PROV_ID_WARNING') }],
    },
    {
      kind: 'pattern', column: 'LOCATIONID', field: 'locationId', pattern: CQC_ID, bad: msg(1110, 'LOCATION_ID_ERROR', 'incorrectly formatted'),
      blank: msg(1110, 'LOCATION_ID_ERROR', 'not been supplied'),
      expectedWhen: [{ field: 'cqcRegulated', in: one(true) }, { field: 'mainService', notIn: one(HEAD_OFFICE) }],
      gates: [{ when: [{ field: 'cqcRegulated', in: one(true), orNull: true }], ignored: msg(2110, 'LOCATION_ID_WARNING') }],
    },
    servicesRule({ all: at('ALLSERVICES'), capacity: at('CAPACITY'), utilisation: at('UTILISATION'), description: at('SERVICEDESC') }),
    serviceUsersRule({ users: at('SERVICEUSERS'), descriptions: at('OTHERUSERDESC') }),
    {
      kind: 'code', column: 'DHA', field: 'dha', codes: simple('DHA'), bad: msg(2510, 'DHA_WARNING'),
      gates: [{ when: mainIn(flagged('main_services', 'can_do_dha')), ignored: msg(2520, 'DHA_MAIN_SERVICE_WARNING') }],
    },
    dhaActivitiesRule(at('DHAACTIVITIES')),
    totalStaffRule(at('TOTALPERMTEMP')),
    jobCountsRule({ roles: at('ALLJOBROLES'), starters: at('STARTERS'), leavers: at('LEAVERS'), vacancies: at('VACANCIES') }),
    leaveReasonsRule({ reasons: at('REASONS'), counts: at('REASONNOS') }),
    { kind: 'code', column: 'REPEATTRAINING', field: 'repeatTraining', codes: simple('REPEATTRAINING'), bad: msg(2420, 'REPEAT_TRAINING_WARNING') },
    { kind: 'code', column: 'CWPAWARE', field: 'cwpAwareness', codes: codes('cwp_awareness'), bad: msg(2480, 'CWPAWARE_WARNING') },
    cwpUseRule({ use: at('CWPUSE'), description: at('CWPUSEDESC') }),
    { kind: 'choice', column: 'SICKPAY', field: 'sickPay', choices: yesNoUnknown, bad: msg(2450, 'SICKPAY_WARNING') },
    { kind: 'choice', column: 'PENSION', field: 'pension', choices: yesNoUnknown, bad: msg(2460, 'PENSION_WARNING') },
    {
      kind: 'number', column: 'ACTUALCONT', field: 'pensionContribution', format: 'decimal', min: 3, minExclusive: true, max: 100, round2: true,
      bad: msg(2540, 'ACTUALCONT_WARNING'), gates: [{ when: [{ field: 'pension', in: one(PENSION_YES) }], ignored: msg(2541, 'ACTUALCONT_PENSION_WARNING') }],
    },
    { kind: 'code', column: 'OPTOUTPEN', field: 'pensionOptOut', codes: simple('OPTOUTPEN'), bad: msg(2550, 'OPTOUTPEN_WARNING') },
    { kind: 'number', column: 'HOLIDAY', field: 'holidayDays', format: 'whole', min: 0, max: Number.MAX_SAFE_INTEGER, bad: msg(2470, 'HOLIDAY_WARNING') },
    {
      kind: 'code', column: 'SLEEPINS', field: 'sleepIns', codes: simple('SLEEPINS'), bad: msg(2560, 'SLEEPINS_WARNING'),
      gates: [{ when: mainIn(payGroup('1', '2')), ignored: msg(2561, 'SLEEPINS_MAIN_SERVICE_WARNING') }],
    },
    {
      kind: 'code', column: 'SLEEPINPAY', field: 'sleepInPay', codes: simple('SLEEPINPAY'), bad: msg(2570, 'SLEEPINPAY_WARNING'),
      gates: [
        { when: mainIn(payGroup('1', '2')), ignored: msg(2571, 'SLEEPINPAY_MAIN_SERVICE_WARNING') },
        { when: [{ field: 'sleepIns', in: one(SLEEP_INS_YES) }], ignored: msg(2572, 'SLEEPINPAY_SLEEPIN_WARNING') },
      ],
    },
    {
      kind: 'code', column: 'TRAVELTIME', field: 'travelTimePay', codes: codes('travel_time_pay_options'), bad: msg(2580, 'TRAVELTIME_WARNING'),
      gates: [{ when: mainIn(payGroup('1')), ignored: msg(2581, 'TRAVELTIME_MAIN_SERVICE_WARNING') }],
    },
    {
      kind: 'number', column: 'TTDIFFRATE', field: 'travelTimeRate', format: 'decimal', min: 2.5, max: 200, round2: true, bad: msg(2590, 'TTDIFFRATE_WARNING'),
      gates: [
        { when: mainIn(payGroup('1')), ignored: msg(2591, 'TTDIFFRATE_MAIN_SERVICE_WARNING') },
        { when: [{ field: 'travelTimePay', in: differentTravelRate }], ignored: msg(2592, 'TTDIFFRATE_TRAVELTIME_WARNING') },
      ],
    },
  ];
}
