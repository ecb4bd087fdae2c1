import type { RuleColumn } from '../column-kinds';
import { message } from '../message-catalogue';
import { addMonthsLessOneDay, strictDate, wholeNumber } from '../parse-values';
import { finding, type Finding } from '../problem';
import { result } from '../row-engine';
import type { TrainingRecord } from '../training-record';

const msg = (code: number, type: string, text?: string) => message('training', code, type, text);

export interface TrainingDateColumns { validity: number; completed: number; expiry: number }

/** VALIDITY, DATECOMPLETED and EXPIRYDATE together: strict dates, order, and the expiry they imply. */
export function trainingDatesRule(at: TrainingDateColumns): RuleColumn<TrainingRecord> {
  const validityBad = msg(1110, 'VALIDITY_ERROR');
  const completedFormat = msg(1020, 'DATE_COMPLETED_ERROR', 'incorrectly formatted');
  const completedFuture = msg(1020, 'DATE_COMPLETED_ERROR', 'in the future');
  const expiryFormat = msg(1030, 'EXPIRY_DATE_ERROR', 'incorrectly formatted');
  const expiryOrder = msg(1030, 'EXPIRY_DATE_ERROR', 'must be after');
  const noneButExpiry = msg(2110, 'VALIDITY_WARNING', 'The VALIDITY you have entered');
  const expiryMismatch = msg(2110, 'VALIDITY_WARNING', 'The EXPIRYDATE you have entered');
  return {
    kind: 'rule',
    name: 'VALIDITY/DATECOMPLETED/EXPIRYDATE',
    rule: ({ values, env }) => {
      const found: Finding[] = [];
      const validityText = values[at.validity];
      const completedText = values[at.completed];
      const expiryText = values[at.expiry];
      let months: number | null = null;
      let doesNotExpire: boolean | null = null;
      if (validityText !== '') {
        const n = wholeNumber(validityText);
        if (validityText.toLowerCase() === 'none') doesNotExpire = true;
        else if (n !== null && n >= 1 && n <= 999) { months = n; doesNotExpire = false; } else found.push(finding(validityBad, validityText));
      }
      let completedOn: string | null = null;
      if (completedText !== '') {
        completedOn = strictDate(completedText);
        if (completedOn === null) found.push(finding(completedFormat, completedText));
        else if (completedOn > env.today) { found.push(finding(completedFuture, completedText)); completedOn = null; }
      }
      let expiryDate: string | null = null;
      if (expiryText !== '') {
        expiryDate = strictDate(expiryText);
        if (expiryDate === null) found.push(finding(expiryFormat, expiryText));
        else if (completedOn !== null && expiryDate <= completedOn) { found.push(finding(expiryOrder, expiryText)); expiryDate = null; }
      }
      const implied = completedOn !== null && months !== null ? addMonthsLessOneDay(completedOn, months) : null;
      if (doesNotExpire && expiryDate !== null) found.push(finding(noneButExpiry, `${validityText}/${expiryText}`));
      if (implied !== null && expiryDate !== null && implied !== expiryDate) found.push(finding(expiryMismatch, `${expiryText}/${validityText}`));
      return result<TrainingRecord>({ validityMonths: months, doesNotExpire, completedOn, expiryDate, expiresOn: expiryDate ?? implied }, found);
    },
  };
}
