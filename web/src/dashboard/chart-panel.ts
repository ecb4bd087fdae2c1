import { describeError, downloadFile } from '../api';
import { h, render, uid } from '../dom';
import type { Chart } from './charts';

export interface PanelContent {
  /** One or two sentences that say what the chart shows, read out instead of the picture. */
  summary: string;
  draw: (canvas: HTMLCanvasElement) => Chart;
  table: HTMLTableElement;
  csvUrl: string;
  csvName: string;
  note?: string;
}

/** A chart with its text alternative, the table behind it and a CSV download of the same figures. */
export class ChartPanel {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private chart: Chart | null = null;

  constructor(readonly id: string, title: string, description: string, opts: { wide?: boolean } = {}) {
    const headingId = uid('panel');
    this.body = h('div', { class: 'panel-body', 'aria-live': 'polite' }, h('p', {}, 'Loading…'));
    this.element = h('section', { class: opts.wide ? 'panel wide' : 'panel', id, 'aria-labelledby': headingId, 'data-state': 'loading' },
      h('h2', { id: headingId }, title), h('p', { class: 'hint' }, description), this.body);
  }

  loading(): void {
    this.destroy();
    this.element.dataset.state = 'loading';
    render(this.body, h('p', {}, 'Loading…'));
  }

  failed(e: unknown): void {
    this.destroy();
    this.element.dataset.state = 'error';
    render(this.body, h('p', { class: 'error', role: 'alert' }, describeError(e)));
  }

  empty(text: string): void {
    this.destroy();
    this.element.dataset.state = 'empty';
    render(this.body, h('p', {}, text));
  }

  show(c: PanelContent): void {
    this.destroy();
    const canvas = h('canvas', { role: 'img', 'aria-label': c.summary });
    const error = h('p', { class: 'error', role: 'alert' });
    render(this.body,
      h('figure', {}, h('div', { class: 'chart-box' }, canvas), h('figcaption', { class: 'visually-hidden' }, c.summary)),
      c.note ? h('p', { class: 'hint' }, c.note) : null,
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${c.table.caption?.textContent ?? 'Table'}` }, c.table),
      h('p', {}, h('button', { type: 'button', class: 'secondary', 'data-csv': c.csvUrl, onclick: async () => {
        error.textContent = '';
        try { await downloadFile(c.csvUrl, c.csvName); } catch (e) { error.textContent = describeError(e); }
      } }, 'Download these figures (CSV)')),
      error);
    this.chart = c.draw(canvas);
    this.element.dataset.state = 'ready';
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}
