import { describeError, downloadFile, graphql } from '../api';
import { h, render } from '../dom';

interface ReturnRow {
  id: string; period: string; status: string; state: string; receivedAt: string; submittedBy: string | null;
  errors: number; warnings: number; reportId: number;
  counts: { workplaces: number; staffRecords: number; trainingRecords: number };
  provider: { key: string; name: string };
}

const QUERY = `query History($provider: String) { returns(provider: $provider) {
  id period status state receivedAt submittedBy errors warnings reportId counts { workplaces staffRecords trainingRecords } provider { key name } } }`;

const STATUS: Record<string, string> = { PASSED: 'Passed', WARNINGS: 'Passed with warnings', FAILED: 'Failed' };
const STATE: Record<string, string> = { CURRENT: 'Current', SUPERSEDED: 'Replaced by a later return' };

/** Submissions, newest first, with their status and counts (GraphQL `returns`); refresh() reloads after an upload. */
export function returnHistory(provider: () => string): { element: HTMLElement; refresh: () => Promise<void> } {
  const body = h('div', { 'aria-live': 'polite' }, h('p', {}, 'Loading…'));
  const element = h('section', { class: 'history', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, 'Returns received'), body);
  const refresh = async () => {
    try {
      const { returns } = await graphql<{ returns: ReturnRow[] }>(QUERY, { provider: provider() || null });
      if (returns.length === 0) return render(body, h('p', {}, 'No returns yet.'));
      render(body, h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Returns received' }, h('table', { class: 'data returns' },
        h('caption', {}, 'Returns, newest first'),
        h('thead', {}, h('tr', {}, ['Received', 'Provider', 'Period', 'Status', 'State', 'Workplaces', 'Staff records', 'Training records', 'Errors', 'Warnings', 'Report']
          .map((c, i) => h('th', { scope: 'col', class: i >= 5 && i < 10 ? 'num' : undefined }, c)))),
        h('tbody', {}, returns.map((r) => h('tr', {},
          h('td', {}, new Date(r.receivedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })),
          h('td', {}, r.provider.name || r.provider.key), h('td', {}, r.period),
          h('td', {}, h('span', { class: `badge ${r.status.toLowerCase()}` }, STATUS[r.status] ?? r.status)), h('td', {}, STATE[r.state] ?? r.state),
          ...[r.counts.workplaces, r.counts.staffRecords, r.counts.trainingRecords, r.errors, r.warnings].map((x) => h('td', { class: 'num' }, x.toLocaleString('en-GB'))),
          h('td', {}, h('button', { type: 'button', class: 'link-button', 'aria-label': `Download the report of the ${r.period} return received ${r.receivedAt.slice(0, 10)} (CSV)`,
            onclick: () => downloadFile(`/api/returns/${r.reportId}/report.csv`, `report-${r.reportId}.csv`).catch((e) => alert(describeError(e))) }, 'CSV')))),
      ))));
    } catch (e) {
      render(body, h('p', { class: 'error', role: 'alert' }, describeError(e)));
    }
  };
  return { element, refresh };
}
