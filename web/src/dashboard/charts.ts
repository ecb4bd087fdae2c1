import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
Chart.defaults.color = '#1f1f1f';
Chart.defaults.animation = false;

/** Okabe–Ito colours: told apart with colour-vision deficiency, each at least 3:1 against white where it matters most. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#6b6b00', '#000000', '#999999'];

export interface Series { label: string; data: (number | null)[] }

const pct = (v: number | string) => `${v}%`;

export function barChart(canvas: HTMLCanvasElement, labels: string[], series: Series[], opts: { stacked?: boolean; horizontal?: boolean } = {}): Chart {
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: PALETTE[i % PALETTE.length] })) },
    options: {
      indexAxis: opts.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        [opts.horizontal ? 'x' : 'y']: { beginAtZero: true, stacked: opts.stacked, max: opts.stacked ? 100 : undefined, ticks: { callback: pct } },
        [opts.horizontal ? 'y' : 'x']: { stacked: opts.stacked },
      },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.raw === null ? 'withheld or not available' : `${c.raw}%`}` } } },
    },
  };
  return new Chart(canvas, config);
}

export function lineChart(canvas: HTMLCanvasElement, labels: string[], series: Series[]): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, borderColor: PALETTE[i], backgroundColor: PALETTE[i], spanGaps: false, pointRadius: 4 })) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { callback: pct } } },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.raw === null ? 'withheld or not available' : `${c.raw}%`}` } } },
    },
  });
}

export type { Chart };
