import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { Database } from '../db/database';
import { ValidationFailed } from '../errors';
import { headerKey, ProblemList, streamCsv } from '../reference/reference-csv-stream';

/** The population projection layout (issue 11): people per local authority (CSSR code) × year × age band, with the source. */
export const PROJECTION_COLUMNS = ['area_code', 'year', 'age_band', 'count', 'source'] as const;

/** Is this header the projection layout? (`wfhub reference import population` routes on it.) */
export function isPopulationProjectionHeader(header: string[]): boolean {
  const keys = header.map(headerKey);
  return PROJECTION_COLUMNS.every((c) => keys.includes(c));
}

/** The header row of a CSV file on disk (its first line), so a command can route the file by its layout. */
export async function csvHeaderOf(path: string): Promise<string[]> {
  const input = createReadStream(path);
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) return Papa.parse<string[]>(line.replace(/^\uFEFF/, '')).data[0] ?? [];
    return [];
  } finally {
    lines.close();
    input.destroy();
  }
}

export interface PopulationProjectionImportResult {
  rows: number;
  /** area × age band series replaced, with their first and last year */
  series: { areaCode: number; ageBand: string; fromYear: number; toYear: number; years: number }[];
}

const AGE_BAND = /^(\d{1,3}\+|\d{1,3}-\d{1,3})$/;

/**
 * Load population projections in one transaction. Each area × age band in the file replaces the series held for it;
 * any bad line (unknown area, year outside 1990–2100, age band not like 65+ or 18-64, negative count, repeated year)
 * rejects the whole file.
 */
export async function importPopulationProjection(db: Database, input: Readable, fileName: string): Promise<PopulationProjectionImportResult> {
  const problems = new ProblemList();
  const rows: { line: number; area: number; year: number; band: string; count: number; source: string }[] = [];
  let at: number[] = [];
  const lines = await streamCsv(input, (header) => {
    if (!isPopulationProjectionHeader(header)) {
      problems.note(1, `header must have the columns ${PROJECTION_COLUMNS.join(',')}; found "${header.join(',')}"`);
      return false;
    }
    const keys = header.map(headerKey);
    at = PROJECTION_COLUMNS.map((c) => keys.indexOf(c));
    return true;
  }, async (batch) => {
    for (const { line, cells } of batch) {
      const [area, year, band, count, source] = at.map((i) => (cells[i] ?? '').trim());
      const n = Number(count);
      if (!/^\d+$/.test(area)) problems.note(line, `area_code "${area}" is not a CSSR code (a whole number, see map_la_region.csv)`);
      else if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100) problems.note(line, `year "${year}" is not a year between 1990 and 2100`);
      else if (!AGE_BAND.test(band.replace(/\s+/g, ''))) problems.note(line, `age_band "${band}" is not an age band such as 65+, 85+ or 18-64`);
      else if (count === '' || !Number.isFinite(n) || n < 0) problems.note(line, `count "${count}" is not a number of people (0 or more)`);
      else if (source === '') problems.note(line, 'source is blank: say which projection and edition the count comes from');
      else rows.push({ line, area: Number(area), year: Number(year), band: band.replace(/\s+/g, ''), count: n, source });
    }
  });
  if (lines === 0) problems.note(0, 'the file is empty');
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`create temp table projection_in (line int, area_code int, year int, age_band text, count numeric, source text) on commit drop`);
    await client.query(`insert into projection_in select * from unnest($1::int[], $2::int[], $3::int[], $4::text[], $5::numeric[], $6::text[])`,
      [rows.map((r) => r.line), rows.map((r) => r.area), rows.map((r) => r.year), rows.map((r) => r.band), rows.map((r) => r.count), rows.map((r) => r.source)]);
    if (problems.count === 0) {
      const unknown = await client.query<{ line: number; area_code: number }>(
        `select line, area_code from projection_in i where not exists (select 1 from ref_local_authority la where la.code = i.area_code) order by line limit 50`);
      for (const r of unknown.rows) problems.note(r.line, `area_code ${r.area_code} is not a local authority (CSSR) code in map_la_region.csv`);
      const dupes = await client.query<{ lines: number[]; key: string }>(
        `select array_agg(line order by line) as lines, area_code || ' ' || age_band || ' ' || year as key
         from projection_in group by area_code, age_band, year having count(*) > 1 order by min(line) limit 50`);
      for (const d of dupes.rows) problems.note(d.lines[1], `${d.key} is given more than once (lines ${d.lines.join(', ')})`);
    }
    if (problems.count) {
      const first = problems.listed[0];
      throw new ValidationFailed(`${fileName}: ${problems.count} problem(s), first at line ${first.line}: ${first.message}; nothing was imported`,
        { file: fileName, problems: problems.listed, problemCount: problems.count });
    }
    await client.query(`delete from ref_population_projection p using (select distinct area_code, age_band from projection_in) i
                        where p.area_code = i.area_code and p.age_band = i.age_band`);
    await client.query(`insert into ref_population_projection (area_code, year, age_band, count, source) select area_code, year, age_band, count, source from projection_in`);
    const series = await client.query<PopulationProjectionImportResult['series'][number]>(
      `select area_code as "areaCode", age_band as "ageBand", min(year) as "fromYear", max(year) as "toYear", count(*)::int as years
       from projection_in group by 1, 2 order by 1, 2`);
    await client.query('COMMIT');
    return { rows: rows.length, series: series.rows };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
