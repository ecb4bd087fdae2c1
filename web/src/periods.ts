/** Return periods are financial years (April to March) such as 2024-25; the list runs from the current year back to 2019-20. */
export function periodOf(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

export function recentPeriods(today = new Date(), earliest = 2019): string[] {
  const current = today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
  const list: string[] = [];
  for (let y = current; y >= earliest; y--) list.push(periodOf(y));
  return list;
}

/** The latest period whose snapshot date (31 March) has passed: the one most providers are returning. */
export function lastCompletedPeriod(today = new Date()): string {
  return recentPeriods(today)[1] ?? recentPeriods(today)[0];
}

/** The periods up to and including `period`, oldest first (for a trend). */
export function periodsUpTo(period: string, count: number): string[] {
  const start = Number(period.slice(0, 4));
  return Array.from({ length: count }, (_, i) => periodOf(start - count + 1 + i)).filter((p) => Number(p.slice(0, 4)) >= 2019);
}
