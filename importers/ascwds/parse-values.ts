/** Small pure parsers for bulk-upload cell values; each returns null when the text does not fit. */

const WHOLE = /^\d+$/;
const SIGNED_WHOLE = /^-?\d+$/;
const HALVES = /^\d+(\.[05]0*)?$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const TWO_DP = /^\d+(\.\d{1,2})?$/;
const DMY_STRICT = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const DMY_LENIENT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const WHITESPACE = /\s+/g;

/** Digits only; a character loop because this runs several times on every row. */
export function wholeNumber(text: string): number | null {
  const len = text.length;
  if (len === 0 || len > 15) return len > 15 && WHOLE.test(text) ? Number(text) : null;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

/** Accepts a leading minus so that "-1" reads as a number that is out of range rather than as text. */
export function integer(text: string): number | null {
  return SIGNED_WHOLE.test(text) ? Number(text) : null;
}

export function halves(text: string): number | null {
  return HALVES.test(text) ? Number(text) : null;
}

export function decimal(text: string): number | null {
  return DECIMAL.test(text) ? Number(text) : null;
}

export function twoDecimals(text: string): number | null {
  return TWO_DP.test(text) ? Number(text) : null;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Items of a `;` list, each trimmed; a blank cell is an empty list. */
export function listItems(text: string): string[] {
  return text === '' ? [] : text.split(';').map((s) => s.trim());
}

/** The key used for matching references: all white space removed. */
export function referenceKey(text: string): string | null {
  const key = text.replace(WHITESPACE, '');
  return key === '' ? null : key;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : DAYS_IN_MONTH[m - 1];
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Exactly dd/mm/yyyy, and a real date. */
export function strictDate(text: string): string | null {
  const m = DMY_STRICT.exec(text);
  return m ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** d/m/yyyy with 1- or 2-digit day and month and / . or - between (ASC-WDS reads DOB leniently). */
export function lenientDate(text: string): string | null {
  const m = DMY_LENIENT.exec(text);
  return m ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** Adds whole years to an ISO date; 29 February becomes 1 March in a non-leap year. */
export function addYears(isoDate: string, years: number): string {
  const y = yearOf(isoDate) + years;
  const rest = isoDate.slice(4);
  return rest === '-02-29' && daysInMonth(y, 2) === 28 ? `${String(y).padStart(4, '0')}-03-01` : `${String(y).padStart(4, '0')}${rest}`;
}

/** Training expiry: completion + months − 1 day, with the month end clamped (31 Jan + 1 month → 28/29 Feb − 1 day). */
export function addMonthsLessOneDay(isoDate: string, months: number): string {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7)) - 1 + months;
  const d = Number(isoDate.slice(8, 10));
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const t = new Date(Date.UTC(y, m, Math.min(d, lastDay)));
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day, both ISO. */
export function ageOn(dob: string, day: string): number {
  let age = yearOf(day) - yearOf(dob);
  if (day.slice(5) < dob.slice(5)) age -= 1;
  return age;
}
