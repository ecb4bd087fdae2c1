import { describeError, downloadFile } from '../api';
import { h, render, table, uid } from '../dom';
import { count } from '../dashboard/figures';
import { coverageGaps, type CoverageGap, type PlanningArgs, planningExportUrl } from './planning-api';

const row = (g: CoverageGap) => [g.name, g.locationId, g.postcode ?? '', g.localAuthorityLabel, g.providerName ?? '', g.serviceTypes.join(', '),
  g.lastReturnedPeriod ?? 'never', g.commissioned ? 'yes' : 'no'];

/** The locations without a return (coverageGaps), fifty at a time, with the whole list as CSV. */
export async function showGaps(section: HTMLElement, args: PlanningArgs): Promise<void> {
  const body = section.querySelector('.panel-body')!;
  section.dataset.state = 'loading';
  render(body, h('p', {}, 'Loading…'));
  const error = h('p', { class: 'error', role: 'alert' });
  const gaps: CoverageGap[] = [];
  let after: string | null = null;
  try {
    const draw = (total: number, more: boolean) => render(body,
      h('p', { role: 'status' }, total === 0 ? `Every registered location has returned for ${args.period}.` : `${count(total)} registered locations have no return for ${args.period}; showing ${count(gaps.length)}.`),
      gaps.length ? h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Locations without a return' },
        table(`Locations without a return, ${args.period}`, ['Location', 'CQC location ID', 'Postcode', 'Local authority', 'Provider', 'Service types', 'Last returned', 'Commissioned'],
          gaps.map(row), { numericFrom: 99 })) : null,
      h('p', {},
        more ? h('button', { type: 'button', class: 'secondary', onclick: () => void next() }, 'Show more') : null, ' ',
        total ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
          error.textContent = '';
          try { await downloadFile(planningExportUrl('coverage-gaps', args), `coverage-gaps-${args.period}.csv`); } catch (e) { error.textContent = describeError(e); }
        } }, 'Download the whole list (CSV)') : null),
      error);
    const next = async () => {
      const page = await coverageGaps(args, after);
      gaps.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.endCursor;
      draw(page.totalCount, page.pageInfo.hasNextPage);
      section.dataset.state = 'ready';
    };
    await next();
  } catch (e) {
    section.dataset.state = 'error';
    render(body, h('p', { class: 'error', role: 'alert' }, describeError(e)));
  }
}

export function gapsSection(): HTMLElement {
  const headingId = uid('panel');
  return h('section', { class: 'panel wide', id: 'gaps', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'Locations without a return'),
    h('p', { class: 'hint' }, 'Registered adult social care locations whose CQC location ID is on no current return for the period.'),
    h('div', { class: 'panel-body', 'aria-live': 'polite' }));
}
