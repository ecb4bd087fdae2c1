import { BadInput } from '../errors';

/** A return period: the financial year `2024-25`, whose snapshot date is 31 March 2025 (the ASC-WDS/SfC convention). */
export interface ReturnPeriod {
  code: string;
  /** First day of the financial year (1 April), the WDF "effective date". */
  startsOn: string;
  /** Snapshot date (31 March), the date ages, stability and training validity are measured at. */
  snapshotDate: string;
  startYear: number;
}

const PERIOD = /^(\d{4})-(\d{2})$/;

export function parsePeriod(code: string): ReturnPeriod {
  const m = PERIOD.exec(code.trim());
  const startYear = m ? Number(m[1]) : NaN;
  if (!m || (startYear + 1) % 100 !== Number(m[2]) || startYear < 2000 || startYear > 2100) {
    throw new BadInput(`Period "${code}" is not a financial year such as 2024-25`, { period: code });
  }
  return {
    code: `${startYear}-${m[2]}`,
    startsOn: `${startYear}-04-01`,
    snapshotDate: `${startYear + 1}-03-31`,
    startYear,
  };
}

export function previousPeriod(p: ReturnPeriod): ReturnPeriod {
  const y = p.startYear - 1;
  return parsePeriod(`${y}-${String((y + 1) % 100).padStart(2, '0')}`);
}
