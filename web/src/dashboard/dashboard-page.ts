import { describeError } from '../api';
import { h, render, selectField } from '../dom';
import { lastCompletedPeriod, recentPeriods } from '../periods';
import type { Viewer } from '../session';
import { type AnalyticsArgs, type Area, areas, type Dimension, type WorkforceFilter } from './analytics-api';
import { ChartPanel } from './chart-panel';
import { CHARACTERISTICS, showComposition } from './composition-panel';
import { showRates } from './rates-panel';
import { showTraining } from './training-panel';
import { showTrend } from './trend-panel';

interface Choice { period: string; compareBy: Dimension; region: string; localAuthority: string }

/** Analyst dashboard: period and area filters, then rates, trend, composition and training panels, each with its table and CSV. */
export async function dashboardPage(main: HTMLElement, viewer: Viewer): Promise<void> {
  const choice: Choice = { period: lastCompletedPeriod(), compareBy: 'REGION', region: '', localAuthority: '' };
  render(main, h('h1', {}, 'Workforce dashboard'), h('p', {}, 'Loading the areas…'));
  let list: { regions: Area[]; localAuthorities: Area[] };
  try {
    list = await areas();
  } catch (e) {
    render(main, h('h1', {}, 'Workforce dashboard'), h('p', { class: 'error', role: 'alert' }, describeError(e)));
    return;
  }

  const panels = {
    rates: new ChartPanel('rates', 'Turnover, starters and vacancies', 'Leavers, starters and vacancies in the year, as rates of directly employed staff.', { wide: true }),
    trend: new ChartPanel('trend', 'Trend across periods', 'The same rates over the last five return periods.'),
    composition: CHARACTERISTICS.map(([c, name]) => ({ c, name, panel: new ChartPanel(`composition-${c.toLowerCase().replace(/_/g, '-')}`, `Workforce by ${name.toLowerCase()}`, 'Share of staff records in each category.') })),
    training: new ChartPanel('training', 'Care Certificate and training', 'Care Certificate answers, training in date and level 2 qualifications.', { wide: true }),
  };

  const laOptions = () => [['', choice.region ? 'All in the region' : 'All local authorities'] as [string, string],
    ...list.localAuthorities.filter((l) => !choice.region || l.regionCode === choice.region).map((l): [string, string] => [l.code, l.label])];
  const laBox = h('div');
  const drawLaSelect = () => render(laBox, selectField('Local authority', laOptions(), choice.localAuthority, (v) => { choice.localAuthority = v; }, 'localAuthority'));
  drawLaSelect();

  const apply = () => {
    const filter: WorkforceFilter = {};
    if (choice.region) filter.regions = [choice.region];
    if (choice.localAuthority) filter.localAuthorities = [choice.localAuthority];
    const args: AnalyticsArgs = { period: choice.period, groupBy: [choice.compareBy], filter };
    const national: AnalyticsArgs = { period: choice.period, groupBy: [], filter: {} };
    const areaName = choice.compareBy === 'REGION' ? 'region' : 'local authority';
    const areaText = choice.localAuthority ? list.localAuthorities.find((l) => l.code === choice.localAuthority)?.label ?? 'the area'
      : choice.region ? list.regions.find((r) => r.code === choice.region)?.label ?? 'the region' : 'England';
    status.textContent = `Showing ${choice.period}, ${areaText}, by ${areaName}.`;
    void Promise.all([
      showRates(panels.rates, args, national, areaName),
      showTrend(panels.trend, { period: choice.period, groupBy: [], filter }, areaText),
      ...panels.composition.map((p) => showComposition(p.panel, p.c, p.name, args, national, areaName)),
      showTraining(panels.training, args, national, areaName),
    ]).then(() => { main.dataset.state = 'ready'; });
  };

  const status = h('p', { class: 'status', role: 'status', id: 'dashboard-status' });
  const form = h('form', { class: 'card filters', 'aria-label': 'Choose the figures', onsubmit: (e: Event) => { e.preventDefault(); main.dataset.state = 'loading'; apply(); } },
    selectField('Period', recentPeriods().map((p): [string, string] => [p, p]), choice.period, (v) => { choice.period = v; }, 'period'),
    selectField('Compare by', [['REGION', 'Region'], ['LOCAL_AUTHORITY', 'Local authority']], choice.compareBy, (v) => { choice.compareBy = v as Dimension; }, 'compareBy'),
    selectField('Region', [['', 'All of England'], ...list.regions.map((r): [string, string] => [r.code, r.label])], choice.region,
      (v) => { choice.region = v; choice.localAuthority = ''; drawLaSelect(); }, 'region'),
    laBox,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show figures')));

  render(main,
    h('h1', {}, 'Workforce dashboard'),
    h('p', {}, viewer.role === 'provider' ? 'Figures for your own workplaces.' : 'Figures from the current returns of every provider. Cells based on too few staff records or workplaces are withheld to protect individuals.',
      ' Explore further in the ', h('a', { href: '/graphql' }, 'GraphQL API'), '.'),
    form, status,
    h('div', { class: 'panels' }, panels.rates.element, panels.trend.element, ...panels.composition.map((p) => p.panel.element), panels.training.element));
  main.dataset.state = 'loading';
  apply();
}
