import { table } from '../dom';
import { type AnalyticsArgs, exportUrl, type TrainingRow, trainingUptake } from './analytics-api';
import { ChartPanel } from './chart-panel';
import { barChart } from './charts';
import { chartValue, count, countCell, groupLabel, percent, rateCell, withheld } from './figures';

const certCell = (row: TrainingRow, c: TrainingRow['careCertificate'][number] | undefined) =>
  (row.suppressed ? withheld(row.suppressionReason) : !c ? '—' : c.suppressed ? 'withheld' : `${percent(c.share)} (${count(c.count)})`);

/** Care Certificate answers (stacked bars) with training in date and level 2 qualification in the table (trainingUptake). */
export async function showTraining(panel: ChartPanel, args: AnalyticsArgs, national: AnalyticsArgs, areaName: string): Promise<void> {
  panel.loading();
  try {
    const [rows, [england]] = await Promise.all([trainingUptake(args), trainingUptake(national)]);
    if (!england || (rows.length === 0 && !england.staffRecords)) return panel.empty(`No returns have been received for ${args.period}.`);
    const all: [string, TrainingRow][] = [['England', england], ...rows.map((r): [string, TrainingRow] => [groupLabel(r.group), r])];
    const categories = [...new Map(all.flatMap(([, r]) => r.careCertificate.map((c) => [c.category.code, c.category.label] as const))).entries()];
    const cert = (r: TrainingRow, code: string) => r.careCertificate.find((c) => c.category.code === code);
    panel.show({
      summary: `Stacked bar chart of Care Certificate answers among direct-care staff in each ${areaName} and England, ${args.period}. `
        + all.map(([l, r]) => `${l}: ${categories.map(([code, label]) => `${label} ${certCell(r, cert(r, code))}`).join(', ')}; training in date ${rateCell(r, r.inDateShare)}`).join('. ') + '.',
      draw: (canvas) => barChart(canvas, all.map(([l]) => l), categories.map(([code, label]) => ({
        label, data: all.map(([, r]) => { const c = cert(r, code); return r.suppressed || !c ? null : chartValue(c, c.share); }),
      })), { stacked: true, horizontal: true }),
      table: table(`Care Certificate and training uptake, ${args.period}`,
        [areaName[0].toUpperCase() + areaName.slice(1), 'Staff records', 'Training in date', 'Share in date', 'Expired', 'Qualified level 2+', ...categories.map(([, l]) => `Care Certificate: ${l}`)],
        all.map(([l, r]) => [l, countCell(r, r.staffRecords), countCell(r, r.inDate), rateCell(r, r.inDateShare), countCell(r, r.expired), rateCell(r, r.qualifiedLevel2Share),
          ...categories.map(([code]) => certCell(r, cert(r, code)))])),
      csvUrl: exportUrl('training-uptake', args),
      csvName: `training-uptake-${args.period}.csv`,
      note: 'Care Certificate answers are for staff in direct-care roles; training in date is at the period\'s snapshot date (31 March).',
    });
  } catch (e) {
    panel.failed(e);
  }
}
