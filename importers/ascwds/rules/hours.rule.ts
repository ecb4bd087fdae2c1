import type { RuleColumn } from '../column-kinds';
import { codeList } from '../code-lists';
import { messagesOf } from '../message-catalogue';
import { halves } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { WorkerRecord } from '../worker-record';

/** Weekly hours above this are ignored; 999 means "don't know". */
export const MAX_WEEKLY_HOURS = 75;
const DONT_KNOW = 999;
const ZERO_HOURS_YES = 1;
const ZERO_HOURS_NO = 2;
const ZERO_HOURS_DONT_KNOW = 999;

type Hours = { value: number | null; dontKnow: boolean | null; problem: 'format' | 'over' | null };

function readHours(text: string): Hours {
  const n = halves(text);
  if (n === null) return { value: null, dontKnow: null, problem: 'format' };
  if (n === DONT_KNOW) return { value: null, dontKnow: true, problem: null };
  if (n > MAX_WEEKLY_HOURS) return { value: null, dontKnow: null, problem: 'over' };
  return { value: n, dontKnow: false, problem: null };
}

/**
 * CONTHOURS and AVGHOURS by contract (contract_types.csv hours_column) and zero-hours answer,
 * plus the consistency of contracted hours with ZEROHRCONT.
 */
export function hoursRule(at: { contracted: number; average: number; zeroHours: number }): RuleColumn<WorkerRecord> {
  const msg = messagesOf('worker');
  const contracts = codeList('contract_types');
  const usesContracted = new Set([...contracts].filter(([, r]) => r.hours_column === 'CONTHOURS').map(([c]) => c));
  const m = {
    contZeroHours: msg(3300, 'CONT_HOURS_WARNING', 'as ZEROHRCONT is 1'),
    contContract: msg(3300, 'CONT_HOURS_WARNING', 'as EMPLSTATUS is'),
    contFormat: msg(3300, 'CONT_HOURS_WARNING', 'incorrect'),
    contOver: msg(3300, 'CONT_HOURS_WARNING', 'greater than 75'),
    avgContract: msg(3310, 'AVG_HOURS_ERROR', 'as staff record is'),
    avgFormat: msg(3310, 'AVG_HOURS_ERROR', 'incorrect'),
    avgOver: msg(3310, 'AVG_HOURS_ERROR', 'greater than 75'),
    zeroBlank: msg(3230, 'ZERO_HRCONT_WARNING', 'have not said'),
    zeroConflict: msg(1230, 'ZEROHRCONT_ERROR', 'in conjunction'),
    zeroHoursNo: msg(3230, 'ZERO_HRCONT_WARNING', 'in CONTHOURS'),
  };
  return {
    kind: 'rule',
    name: 'CONTHOURS/AVGHOURS',
    rule: ({ values, rec }) => {
      const found: Finding[] = [];
      let contractedHours: number | null = null;
      let contractedHoursDontKnow: boolean | null = null;
      const contText = values[at.contracted];
      if (contText !== '') {
        const h = readHours(contText);
        const n = halves(contText);
        if (n !== null && n !== DONT_KNOW && n > 0) {
          if (values[at.zeroHours] === '') found.push(finding(m.zeroBlank, contText));
          else if (rec.zeroHours === ZERO_HOURS_YES || rec.zeroHours === ZERO_HOURS_DONT_KNOW) found.push(finding(m.zeroConflict, `${contText}/${values[at.zeroHours]}`));
        } else if (n === 0 && rec.zeroHours === ZERO_HOURS_NO) found.push(finding(m.zeroHoursNo, `${contText}/${values[at.zeroHours]}`));
        const label = rec.contract !== null ? contracts.get(rec.contract)?.label : undefined;
        const problem = rec.zeroHours === ZERO_HOURS_YES ? finding(m.contZeroHours, contText)
          : rec.contract !== null && !usesContracted.has(rec.contract) ? finding(m.contContract, contText, [label ?? String(rec.contract)])
            : h.problem === 'format' ? finding(m.contFormat, contText)
              : h.problem === 'over' ? finding(m.contOver, contText) : null;
        if (problem) found.push(problem);
        else { contractedHours = h.value; contractedHoursDontKnow = h.dontKnow; }
      }
      let averageHours: number | null = null;
      let averageHoursDontKnow: boolean | null = null;
      const avgText = values[at.average];
      if (avgText !== '') {
        const h = readHours(avgText);
        const label = rec.contract !== null ? contracts.get(rec.contract)?.label : undefined;
        const problem = rec.contract !== null && usesContracted.has(rec.contract) && rec.zeroHours !== ZERO_HOURS_YES
          ? finding(m.avgContract, avgText, [label ?? String(rec.contract)])
          : h.problem === 'format' ? finding(m.avgFormat, avgText)
            : h.problem === 'over' ? finding(m.avgOver, avgText) : null;
        if (problem) found.push(problem);
        else { averageHours = h.value; averageHoursDontKnow = h.dontKnow; }
      }
      return result<WorkerRecord>({ contractedHours, contractedHoursDontKnow, averageHours, averageHoursDontKnow }, found);
    },
  };
}
