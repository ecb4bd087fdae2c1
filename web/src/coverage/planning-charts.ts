import { Chart, type ChartConfiguration } from 'chart.js';
import { PALETTE, type Series } from '../dashboard/charts';

/** A line chart of counts (posts) by year; the dashboard's charts are of percentages. */
export function countLineChart(canvas: HTMLCanvasElement, labels: string[], series: Series[]): Chart {
  const config: ChartConfiguration<'line'> = {
    type: 'line',
    data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, borderColor: PALETTE[i], backgroundColor: PALETTE[i], pointRadius: 4 })) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { callback: (v) => Number(v).toLocaleString('en-GB') } } },
      plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.raw === null ? 'withheld or not available' : Number(c.raw).toLocaleString('en-GB')}` } } },
    },
  };
  return new Chart(canvas, config);
}
