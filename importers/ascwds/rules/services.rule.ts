import type { RuleColumn } from '../column-kinds';
import { codeList } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { listItems, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { ServiceAnswer, WorkplaceRecord } from '../workplace-record';

const NO_OTHER_SERVICES = 0;
/** Capacities and utilisations must be below this. */
const CAPACITY_LIMIT = 9999;
const MAX_DESCRIPTION = 120;
const NOT_A_LIST = /[^0-9;.\s-]/;

/** ALLSERVICES with CAPACITY, UTILISATION and SERVICEDESC aligned to it, checked against main_services.csv. */
export function servicesRule(at: { all: number; capacity: number; utilisation: number; description: number }): RuleColumn<WorkplaceRecord> {
  const msg = messagesOf('workplace');
  const services = codeList('main_services');
  const m = {
    mainMissing: msg(1120, 'ALL_SERVICES_ERROR', 'MAINSERVICE is not included'),
    noneWithOthers: msg(1121, 'ALL_SERVICES_ERROR_NONE'),
    emptyItem: msg(1120, 'ALL_SERVICES_ERROR', 'empty element'),
    unknown: msg(1120, 'ALL_SERVICES_ERROR', 'is unknown'),
    descCount: msg(1120, 'ALL_SERVICES_ERROR', 'same number of items'),
    descLong: msg(1120, 'ALL_SERVICES_ERROR', 'SERVICEDESC(<n>)'),
    capNotList: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'Capacities (CAPACITY) must be a semi-colon'),
    utilNotList: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'Utilisations (UTILISATION) must be a semi-colon'),
    countsDiffer: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'must be equal'),
    countsVsServices: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'must equal the number of all services'),
    capValue: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'All capacities'),
    utilValue: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'All utilisations'),
    capUnexpected: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'unexpected capacity'),
    utilUnexpected: msg(1140, 'CAPACITY_UTILISATION_ERROR', 'UTILISATION for SERVICETYPE'),
  };
  return {
    kind: 'rule',
    name: 'ALLSERVICES/CAPACITY/UTILISATION/SERVICEDESC',
    rule: ({ values, rec }) => {
      const found: Finding[] = [];
      const allText = values[at.all];
      const items = listItems(allText);
      const codes = items.map(wholeNumber);
      if (items.length > 0 && codes.some((c) => c === null)) found.push(finding(m.emptyItem, allText));
      const unknown = codes.find((c) => c !== null && c !== NO_OTHER_SERVICES && !services.has(c));
      if (unknown !== undefined && unknown !== null) found.push(finding(m.unknown, allText, [unknown]));
      const slots = codes.filter((c) => c !== NO_OTHER_SERVICES);
      if (codes.includes(NO_OTHER_SERVICES) && slots.some((c) => c !== rec.mainService)) found.push(finding(m.noneWithOthers, allText));
      if (rec.mainService !== null && !slots.includes(rec.mainService)) found.push(finding(m.mainMissing, allText));

      const capText = values[at.capacity];
      const utilText = values[at.utilisation];
      const caps = listItems(capText);
      const utils = listItems(utilText);
      if (NOT_A_LIST.test(capText)) found.push(finding(m.capNotList, capText));
      if (NOT_A_LIST.test(utilText)) found.push(finding(m.utilNotList, utilText));
      if (capText !== '' && utilText !== '' && caps.length !== utils.length) found.push(finding(m.countsDiffer, `${capText}/${utilText}`));
      else if ((capText !== '' && caps.length !== slots.length) || (utilText !== '' && utils.length !== slots.length)) {
        found.push(finding(m.countsVsServices, `${capText}/${utilText}`));
      }
      const descText = values[at.description];
      const descs = listItems(descText);
      if (descText !== '' && descs.length !== slots.length && descs.length !== items.length) found.push(finding(m.descCount, descText));
      const descOffset = descs.length === items.length && items.length !== slots.length ? items.indexOf(String(NO_OTHER_SERVICES)) : -1;

      const answers: ServiceAnswer[] = [];
      slots.forEach((code, i) => {
        if (code === null || !services.has(code)) return;
        const row = services.get(code)!;
        const capacity = slotNumber(caps[i], row.has_capacity === 'true', found, m.capValue, () => finding(m.capUnexpected, caps[i], [i + 1, code]));
        const utilisation = slotNumber(utils[i], row.has_utilisation === 'true', found, m.utilValue, () => finding(m.utilUnexpected, utils[i], [code]));
        const d = descs[descOffset >= 0 && i >= descOffset ? i + 1 : i] ?? '';
        if (d.length > MAX_DESCRIPTION) found.push(finding(m.descLong, d, [i + 1]));
        const description = d !== '' && d.length <= MAX_DESCRIPTION && row.accepts_other_description === 'true' ? d : null;
        answers.push({ service: code, capacity, utilisation, description });
      });
      const serviceCodes = answers.map((a) => a.service);
      return result<WorkplaceRecord>({ serviceCodes: items.length ? serviceCodes : null, services: items.length ? answers : null }, found);
    },
  };
}

/** One CAPACITY or UTILISATION slot: blank, a whole number below 9999, and only where the service asks the question. */
function slotNumber(text: string | undefined, asked: boolean, found: Finding[], bad: Parameters<typeof finding>[0], unexpected: () => Finding): number | null {
  if (text === undefined || text === '') return null;
  const n = wholeNumber(text);
  if (n === null || n >= CAPACITY_LIMIT) { found.push(finding(bad, text)); return null; }
  if (!asked) { found.push(unexpected()); return null; }
  return n;
}
