import { table } from '../dom';
import { periodsUpTo } from '../periods';
import { type AnalyticsArgs, exportUrl, type MetricRow, workforceMetrics } from './analytics-api';
import { ChartPanel } from './chart-panel';
import { lineChart } from './charts';
import { chartValue, countCell, rateCell } from './figures';

const RATES = [['turnoverRate', 'Turnover rate'], ['starterRate', 'Starter rate'], ['vacancyRate', 'Vacancy rate']] as const;

/** The rates across the five periods up to the chosen one (workforceMetrics grouped by PERIOD over filter.periods). */
export async function showTrend(panel: ChartPanel, base: AnalyticsArgs, areaText: string): Promise<void> {
  panel.loading();
  const periods = periodsUpTo(base.period, 5);
  const args: AnalyticsArgs = { period: base.period, groupBy: ['PERIOD'], filter: { ...base.filter, periods } };
  try {
    const rows = await workforceMetrics(args);
    if (rows.length === 0) return panel.empty(`No returns have been received for ${periods[0]} to ${periods[periods.length - 1]}.`);
    const byPeriod = new Map(rows.map((r) => [r.group[0]?.code, r]));
    const seen = periods.filter((p) => byPeriod.has(p));
    const first = seen[0];
    const shown = periods.slice(periods.indexOf(first));
    const cell = (p: string, f: (r: MetricRow) => string) => { const r = byPeriod.get(p); return r ? f(r) : 'no returns'; };
    panel.show({
      summary: `Line chart of turnover, starter and vacancy rates in ${areaText}, ${shown[0]} to ${shown[shown.length - 1]}. `
        + shown.map((p) => `${p}: ${cell(p, (r) => RATES.map(([k, n]) => `${n.toLowerCase()} ${rateCell(r, r[k])}`).join(', '))}`).join('. ') + '.',
      draw: (canvas) => lineChart(canvas, shown, RATES.map(([k, name]) => ({ label: name, data: shown.map((p) => { const r = byPeriod.get(p); return r ? chartValue(r, r[k]) : null; }) }))),
      table: table(`Rates by period, ${areaText}`, ['Period', 'Staff records', 'Turnover rate', 'Starter rate', 'Vacancy rate'],
        shown.map((p) => [p, cell(p, (r) => countCell(r, r.staffRecords)), ...RATES.map(([k]) => cell(p, (r) => rateCell(r, r[k])))])),
      csvUrl: exportUrl('workforce-metrics', args),
      csvName: `workforce-metrics-trend-${base.period}.csv`,
    });
  } catch (e) {
    panel.failed(e);
  }
}
