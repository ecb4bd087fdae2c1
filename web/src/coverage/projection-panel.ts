import { table } from '../dom';
import { ChartPanel } from '../dashboard/chart-panel';
import { countCell } from '../dashboard/figures';
import { countLineChart } from './planning-charts';
import { type PlanningArgs, planningExportUrl, projectionYears, workforceProjection } from './planning-api';

const posts = (x: number | null) => (x === null ? null : Math.round(x));

/** Posts the area will need as its population aged 65+ grows (workforceProjection), by year. */
export async function showProjection(panel: ChartPanel, args: PlanningArgs): Promise<void> {
  panel.loading();
  try {
    const years = projectionYears(args.period);
    const rows = await workforceProjection(args, years);
    if (rows.length === 0) return panel.empty(`No returns for ${args.period} to project from.`);
    const labels = rows.map((r) => String(r.year));
    panel.show({
      summary: `Line chart of projected posts by year from ${args.period}: ${rows.map((r) => `${r.year} ${countCell(r, posts(r.projectedPosts))}`).join(', ')}.`,
      draw: (canvas) => countLineChart(canvas, labels, [
        { label: 'Posts needed', data: rows.map((r) => posts(r.projectedPosts)) },
        { label: 'Recruitment need that year', data: rows.map((r) => posts(r.annualRecruitmentNeed)) }]),
      table: table(`Projected posts, ${args.period} base`, ['Year', 'Posts today (estimated)', 'Posts needed', 'Additional posts', 'Recruitment need that year', 'Staff aged 55+'],
        rows.map((r) => [String(r.year), countCell(r, posts(r.basePosts)), countCell(r, posts(r.projectedPosts)), countCell(r, posts(r.additionalPosts)),
          countCell(r, posts(r.annualRecruitmentNeed)), countCell(r, posts(r.retirementRisk))])),
      csvUrl: planningExportUrl('workforce-projection', args, { years: years.join(',') }),
      csvName: `workforce-projection-${args.period}.csv`,
      note: 'Estimated posts grow with each local authority\'s projected population aged 65 and over (docs/planning.md explains the method and its limits).',
    });
  } catch (e) {
    panel.failed(e);
  }
}
