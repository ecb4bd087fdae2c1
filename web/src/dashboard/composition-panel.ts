import { table } from '../dom';
import { type AnalyticsArgs, type Characteristic, type CompositionRow, exportUrl, workforceComposition } from './analytics-api';
import { ChartPanel } from './chart-panel';
import { barChart } from './charts';
import { chartValue, count, groupLabel, percent, withheld } from './figures';

export const CHARACTERISTICS: [Characteristic, string][] = [['GENDER', 'Gender'], ['ETHNIC_GROUP', 'Ethnic group'], ['AGE_BAND', 'Age band'], ['NATIONALITY_GROUP', 'Nationality']];

/** No row for a category means no staff records in it. */
const cell = (r: CompositionRow | undefined) => (!r ? 'none' : r.suppressed ? withheld(r.suppressionReason) : `${percent(r.share)} (${count(r.count)})`);

/** The workforce by one characteristic: 100% stacked bars per area and England, the shares and counts in the table (workforceComposition). */
export async function showComposition(panel: ChartPanel, characteristic: Characteristic, name: string, args: AnalyticsArgs, national: AnalyticsArgs, areaName: string): Promise<void> {
  panel.loading();
  try {
    const [rows, englandRows] = await Promise.all([workforceComposition(args, characteristic), workforceComposition(national, characteristic)]);
    if (rows.length === 0 && englandRows.length === 0) return panel.empty(`No returns have been received for ${args.period}.`);
    const categories = [...new Map([...englandRows, ...rows].map((r) => [r.category.code, r.category.label])).entries()];
    const groups = new Map<string, Map<string, CompositionRow>>([['England', new Map(englandRows.map((r) => [r.category.code, r]))]]);
    for (const r of rows) {
      const label = groupLabel(r.group);
      if (!groups.has(label)) groups.set(label, new Map());
      groups.get(label)!.set(r.category.code, r);
    }
    const labels = [...groups.keys()];
    const describe = (label: string) => {
      const g = groups.get(label)!;
      return `${label}: ${categories.map(([code, cat]) => `${cat} ${cell(g.get(code))}`).join(', ')}`;
    };
    panel.show({
      summary: `Stacked bar chart of the workforce by ${name.toLowerCase()} in each ${areaName} and England, ${args.period}, as shares of staff records. ${labels.map(describe).join('. ')}.`,
      draw: (canvas) => barChart(canvas, labels, categories.map(([code, cat]) => ({ label: cat, data: labels.map((l) => { const r = groups.get(l)!.get(code); return r ? chartValue(r, r.share) : null; }) })), { stacked: true, horizontal: true }),
      table: table(`Workforce by ${name.toLowerCase()}, ${args.period}: share of staff records (count)`, [areaName[0].toUpperCase() + areaName.slice(1), ...categories.map(([, c]) => c)],
        labels.map((l) => [l, ...categories.map(([code]) => cell(groups.get(l)!.get(code)))])),
      csvUrl: exportUrl('workforce-composition', args, { characteristic }),
      csvName: `workforce-composition-${characteristic.toLowerCase()}-${args.period}.csv`,
    });
  } catch (e) {
    panel.failed(e);
  }
}
