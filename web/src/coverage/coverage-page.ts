import { describeError } from '../api';
import { h, render, selectField } from '../dom';
import { type Area, areas, type WorkforceFilter } from '../dashboard/analytics-api';
import { ChartPanel } from '../dashboard/chart-panel';
import { lastCompletedPeriod, recentPeriods } from '../periods';
import type { Viewer } from '../session';
import { showCoverage } from './coverage-panel';
import { gapsSection, showGaps } from './gaps-panel';
import type { PlanningArgs } from './planning-api';
import { showProjection } from './projection-panel';

/** Return coverage and planning: coverage by local authority, the locations without a return, and the projection of posts. */
export async function coveragePage(main: HTMLElement, viewer: Viewer): Promise<void> {
  const title = 'Return coverage and workforce planning';
  const choice = { period: lastCompletedPeriod(), localAuthority: '', commissionedOnly: false };
  render(main, h('h1', {}, title), h('p', {}, 'Loading the areas…'));
  let localAuthorities: Area[];
  try {
    localAuthorities = (await areas()).localAuthorities;
  } catch (e) {
    render(main, h('h1', {}, title), h('p', { class: 'error', role: 'alert' }, describeError(e)));
    return;
  }
  const coverage = new ChartPanel('coverage', 'Coverage by local authority', 'Share of registered locations with a return for the period.', { wide: true });
  const gaps = gapsSection();
  const projection = new ChartPanel('projection', 'Posts the area will need', 'Whole-area estimated posts grown with the population aged 65 and over.', { wide: true });
  const status = h('p', { class: 'status', role: 'status', id: 'coverage-status' });

  const apply = () => {
    const filter: WorkforceFilter = choice.localAuthority ? { localAuthorities: [choice.localAuthority] } : {};
    const args: PlanningArgs = { period: choice.period, filter, commissionedOnly: choice.commissionedOnly };
    const area = localAuthorities.find((l) => l.code === choice.localAuthority)?.label ?? 'every local authority';
    status.textContent = `Showing ${choice.period}, ${area}${choice.commissionedOnly ? ', commissioned services only' : ''}.`;
    main.dataset.state = 'loading';
    void Promise.all([showCoverage(coverage, args), showGaps(gaps, args), showProjection(projection, args)]).then(() => { main.dataset.state = 'ready'; });
  };

  const form = h('form', { class: 'card filters', 'aria-label': 'Choose the figures', onsubmit: (e: Event) => { e.preventDefault(); apply(); } },
    selectField('Period', recentPeriods().map((p): [string, string] => [p, p]), choice.period, (v) => { choice.period = v; }, 'period'),
    selectField('Local authority', [['', 'All local authorities'], ...localAuthorities.map((l): [string, string] => [l.code, l.label])], choice.localAuthority,
      (v) => { choice.localAuthority = v; }, 'localAuthority'),
    h('div', { class: 'field' }, h('label', {}, h('input', { type: 'checkbox', name: 'commissionedOnly', onchange: (e: Event) => { choice.commissionedOnly = (e.target as HTMLInputElement).checked; } }),
      ' Commissioned services only')),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show figures')));

  render(main, h('h1', {}, title),
    h('p', {}, viewer.role === 'provider' ? 'Your own registered locations and returns.'
      : 'Registered adult social care locations (CQC care directory) against the returns received. Workforce figures based on too few staff records or workplaces are withheld.'),
    form, status, h('div', { class: 'panels' }, coverage.element, gaps, projection.element));
  apply();
}
