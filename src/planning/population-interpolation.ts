import { BadInput, NotFound } from '../errors';

/** One area's projected population in one age band, by year (as loaded from the projection file). */
export interface PopulationSeries {
  areaCode: string;
  areaLabel: string;
  ageBand: string;
  points: { year: number; count: number }[];
}

/**
 * The population of a year: the file's figure when it has that year; between two years it has, the straight line
 * between them; a year before the first or after the last, or an area with no figures, is an error naming it.
 */
export function populationIn(series: PopulationSeries | undefined, year: number, area: { code: string; label: string }, ageBand: string): number {
  const points = [...(series?.points ?? [])].sort((a, b) => a.year - b.year);
  if (points.length === 0) {
    throw new NotFound(`No population projection for ${area.label} (${area.code}), age band ${ageBand}: load one with "wfhub reference import population"`,
      { areaCode: area.code, ageBand });
  }
  const first = points[0].year;
  const last = points[points.length - 1].year;
  if (year < first || year > last) {
    throw new BadInput(`Year ${year} is outside the population projection for ${area.label} (${area.code}), age band ${ageBand}, which covers ${first}–${last}`,
      { areaCode: area.code, ageBand, year, firstYear: first, lastYear: last });
  }
  const exact = points.find((p) => p.year === year);
  if (exact) return exact.count;
  const after = points.findIndex((p) => p.year > year);
  const [a, b] = [points[after - 1], points[after]];
  return a.count + ((b.count - a.count) * (year - a.year)) / (b.year - a.year);
}
