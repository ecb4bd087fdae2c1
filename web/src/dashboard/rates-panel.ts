import { table } from '../dom';
import { type AnalyticsArgs, exportUrl, type MetricRow, workforceMetrics } from './analytics-api';
import { ChartPanel } from './chart-panel';
import { barChart } from './charts';
import { chartValue, countCell, groupLabel, rateCell, withheld } from './figures';

const RATES = [['turnoverRate', 'Turnover rate'], ['starterRate', 'Starter rate'], ['vacancyRate', 'Vacancy rate']] as const;

function sentence(label: string, r: MetricRow): string {
  if (r.suppressed) return `${label}: ${withheld(r.suppressionReason)} staff records, figures withheld`;
  return `${label}: ${RATES.map(([k, name]) => `${name.toLowerCase()} ${rateCell(r, r[k])}`).join(', ')}`;
}

/** Turnover, starter and vacancy rates by region or local authority, beside the national figure (workforceMetrics). */
export async function showRates(panel: ChartPanel, args: AnalyticsArgs, national: AnalyticsArgs, areaName: string): Promise<void> {
  panel.loading();
  try {
    const [rows, [england]] = await Promise.all([workforceMetrics(args), workforceMetrics(national)]);
    if (!england || (rows.length === 0 && !england.staffRecords)) return panel.empty(`No returns have been received for ${args.period}.`);
    const all: [string, MetricRow][] = [['England', england], ...rows.map((r): [string, MetricRow] => [groupLabel(r.group), r])];
    panel.show({
      summary: `Bar chart of turnover, starter and vacancy rates by ${areaName} for ${args.period}, with England for comparison. ${all.map(([l, r]) => sentence(l, r)).join('. ')}.`,
      draw: (canvas) => barChart(canvas, all.map(([l]) => l), RATES.map(([k, name]) => ({ label: name, data: all.map(([, r]) => chartValue(r, r[k])) }))),
      table: table(`Turnover, starter and vacancy rates by ${areaName}, ${args.period}`,
        [areaName[0].toUpperCase() + areaName.slice(1), 'Workplaces', 'Staff records', 'Leavers', 'Turnover rate', 'Starter rate', 'Vacancy rate'],
        all.map(([l, r]) => [l, countCell(r, r.workplaces), countCell(r, r.staffRecords), countCell(r, r.leavers), ...RATES.map(([k]) => rateCell(r, r[k]))])),
      csvUrl: exportUrl('workforce-metrics', args),
      csvName: `workforce-metrics-${args.period}.csv`,
      note: 'Rates are over workplaces whose answers are known and whose staff records match their declared total (docs/analytics.md). England is every area, whatever the area filter.',
    });
  } catch (e) {
    panel.failed(e);
  }
}
