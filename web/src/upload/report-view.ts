import { downloadFile, describeError } from '../api';
import { h, render, selectField } from '../dom';
import type { ReportProblem, ReturnReport } from './return-report';

/** Most rows drawn at once; the filters narrow the rest, and the CSV holds every problem. */
const MAX_ROWS = 500;

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

function headline(r: ReturnReport): { text: string; tone: 'ok' | 'warn' | 'bad' } {
  const counts = `${plural(r.counts.workplaces, 'workplace')}, ${plural(r.counts.staffRecords, 'staff record')}, ${plural(r.counts.trainingRecords, 'training record')}`;
  const warn = r.warnings ? ` and ${plural(r.warnings, 'warning')} to review` : '';
  if (r.errors > 0) return { text: `${plural(r.errors, 'error')} to fix${warn}. ${r.dryRun ? 'Fix them and validate again before submitting.' : 'Nothing was saved.'}`, tone: 'bad' };
  if (r.outcome === 'ACCEPTED') return { text: `Return received for ${r.period}: ${counts}${r.warnings ? `, with ${plural(r.warnings, 'warning')}` : ''}.`, tone: r.warnings ? 'warn' : 'ok' };
  if (r.outcome === 'ALREADY_RECEIVED') return { text: `These files were already received for ${r.period}; nothing changed.`, tone: 'ok' };
  return { text: `No errors: ${counts}${warn}. You can submit these files.`, tone: r.warnings ? 'warn' : 'ok' };
}

const lineText = (p: ReportProblem) => (p.line === 0 ? 'whole file' : p.line === 1 ? '1 (header)' : n(p.line));

/** The validation report: headline, files, and every problem in a table filterable by file, severity and code. */
export function reportView(r: ReturnReport): HTMLElement {
  const filter = { file: '', severity: '', code: '' };
  const rowsBox = h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Problems' });
  const shown = h('p', { class: 'count', 'aria-live': 'polite', id: 'problem-count' });
  const downloadError = h('p', { class: 'error', role: 'alert' });

  const draw = () => {
    const rows = r.problems.filter((p) => (!filter.file || p.file === filter.file) && (!filter.severity || p.severity.toLowerCase() === filter.severity)
      && (!filter.code || String(p.code) === filter.code));
    shown.textContent = `Showing ${n(Math.min(rows.length, MAX_ROWS))} of ${plural(rows.length, 'problem')}${r.problemsTotal > r.problems.length ? ` (the report holds ${n(r.problemsTotal)}; download the CSV for all)` : ''}.`;
    render(rowsBox, rows.length === 0 ? h('p', {}, 'No problems match these filters.') : h('table', { class: 'data problems' },
      h('caption', {}, 'Problems found'),
      h('thead', {}, h('tr', {}, ['File', 'Line', 'Column', 'Value', 'Severity', 'Code', 'What to fix'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.slice(0, MAX_ROWS).map((p) => h('tr', { class: p.severity.toLowerCase() },
        h('td', {}, p.file), h('td', { class: 'num' }, lineText(p)), h('td', {}, p.column || '—'), h('td', { class: 'value' }, p.value || '—'),
        h('td', {}, h('span', { class: `badge ${p.severity.toLowerCase()}` }, p.severity.toLowerCase() === 'error' ? 'Error' : 'Warning')),
        h('td', { class: 'num' }, String(p.code)), h('td', {}, p.message)))),
    ));
  };

  const codes = [...new Map(r.problems.map((p) => [String(p.code), `${p.code} — ${p.message.slice(0, 60)}${p.message.length > 60 ? '…' : ''}`])).entries()]
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  const filters = r.problems.length === 0 ? null : h('div', { class: 'filters', role: 'group', 'aria-label': 'Filter the problems' },
    selectField('File', [['', 'All files'], ...r.files.map((f): [string, string] => [f.name, f.name])], '', (v) => { filter.file = v; draw(); }, 'file'),
    selectField('Severity', [['', 'Errors and warnings'], ['error', 'Errors'], ['warning', 'Warnings']], '', (v) => { filter.severity = v; draw(); }, 'severity'),
    selectField('Message code', [['', 'All codes'], ...codes], '', (v) => { filter.code = v; draw(); }, 'code'));
  if (r.problems.length) draw();

  const { text, tone } = headline(r);
  return h('section', { class: 'report', 'aria-labelledby': 'report-heading', 'data-outcome': r.outcome },
    h('h2', { id: 'report-heading', tabindex: '-1' }, r.dryRun ? 'Validation report' : 'Submission report'),
    h('p', { class: `outcome ${tone}`, role: 'status' }, text),
    h('table', { class: 'data files' }, h('caption', {}, 'Files read'),
      h('thead', {}, h('tr', {}, ['File', 'Recognised as', 'Records', 'Errors', 'Warnings'].map((c, i) => h('th', { scope: 'col', class: i > 1 ? 'num' : undefined }, c)))),
      h('tbody', {}, r.files.map((f) => h('tr', {}, h('th', { scope: 'row' }, f.name), h('td', {}, kindName(f.kind, f.format)),
        h('td', { class: 'num' }, n(f.records)), h('td', { class: 'num' }, n(f.errors)), h('td', { class: 'num' }, n(f.warnings)))))),
    h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: async () => {
      downloadError.textContent = '';
      try { await downloadFile(`/api/returns/${r.reportId}/report.csv`, `report-${r.reportId}.csv`); } catch (e) { downloadError.textContent = describeError(e); }
    } }, 'Download the report (CSV)')),
    downloadError,
    filters, r.problems.length ? shown : null, r.problems.length ? rowsBox : null);
}

function kindName(kind: string | null, format: string | null): string {
  const name = kind === 'workplace' ? 'Workplace file' : kind === 'worker' ? 'Staff file' : kind === 'training' ? 'Training file' : 'Not recognised';
  return format && format !== 'current' && kind ? `${name} (older format of ${format})` : name;
}
