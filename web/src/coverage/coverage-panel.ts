import { table } from '../dom';
import { ChartPanel } from '../dashboard/chart-panel';
import { barChart } from '../dashboard/charts';
import { count, countCell, groupLabel, percent } from '../dashboard/figures';
import { type PlanningArgs, planningExportUrl, returnCoverage } from './planning-api';

/** Coverage by local authority: locations in the CQC register with and without a return (returnCoverage). */
export async function showCoverage(panel: ChartPanel, args: PlanningArgs): Promise<void> {
  panel.loading();
  try {
    const rows = await returnCoverage(args);
    if (rows.every((r) => r.locations === 0 && r.workplacesWithReturn === 0)) {
      return panel.empty(`No registered locations or returns for ${args.period}. Load the CQC care directory with "wfhub reference import cqc-directory".`);
    }
    const asOf = rows.find((r) => r.directoryAsOf)?.directoryAsOf;
    panel.show({
      summary: `Bar chart of return coverage by local authority for ${args.period}: ${rows.map((r) => `${groupLabel(r.group)} ${percent(r.coverageRate)} (${r.locationsWithReturn} of ${r.locations} locations)`).join('; ')}.`,
      draw: (canvas) => barChart(canvas, rows.map((r) => groupLabel(r.group)), [{ label: 'Locations with a return', data: rows.map((r) => (r.coverageRate === null ? null : Math.round(r.coverageRate * 1000) / 10)) }], { stacked: true }),
      table: table(`Return coverage by local authority, ${args.period}`,
        ['Local authority', 'Registered locations', 'With a return', 'Coverage', 'Workplaces with a return', 'Not in the register', 'Staff records'],
        rows.map((r) => [groupLabel(r.group), count(r.locations), count(r.locationsWithReturn), percent(r.coverageRate), count(r.workplacesWithReturn),
          count(r.workplacesNotInDirectory), countCell(r, r.staffRecords)])),
      csvUrl: planningExportUrl('return-coverage', args, { groupBy: 'LOCAL_AUTHORITY' }),
      csvName: `return-coverage-${args.period}.csv`,
      note: `Registered adult social care locations from the CQC care directory as at ${asOf ?? 'the latest snapshot'}; a location has returned when a workplace of a current return gives its CQC location ID.`,
    });
  } catch (e) {
    panel.failed(e);
  }
}
