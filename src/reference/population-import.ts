import type { Readable } from 'node:stream';
import { isRepresented, REPRESENTED, representedSql } from '../commissioning/representation/represented-characteristic';
import type { Database } from '../db/database';
import { CopyWriter } from '../db/copy';
import { ValidationFailed } from '../errors';
import { headerKey, ProblemList, streamCsv } from './reference-csv-stream';

/** The population reference layout (issue 8): one count per area (CSSR code) × characteristic × category, with its source. */
export const POPULATION_COLUMNS = ['area_code', 'characteristic', 'category', 'count', 'source'] as const;
/** The population projection layout (issue 11), loaded by `wfhub reference import population-projection`. */
const PROJECTION_COLUMNS = ['area_code', 'year', 'age_band', 'count', 'source'];

export interface PopulationImportResult {
  rows: number;
  /** area × characteristic pairs replaced */
  replaced: { areaCode: number; characteristic: string; categories: number }[];
}

/** Which layout a header is: this importer's, the projection file's, or neither. */
export function populationLayout(header: string[]): 'characteristic' | 'projection' | null {
  const keys = header.map(headerKey);
  if (POPULATION_COLUMNS.every((c) => keys.includes(c))) return 'characteristic';
  if (PROJECTION_COLUMNS.every((c) => keys.includes(c))) return 'projection';
  return null;
}

/**
 * Load a population reference CSV in one transaction. Each area × characteristic in the file replaces what was held for it
 * (so categories dropped from a newer source do not linger); any bad line rejects the whole file.
 */
export async function importPopulation(db: Database, input: Readable, fileName: string): Promise<PopulationImportResult> {
  const problems = new ProblemList();
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE population_in (line int, area_code int, characteristic text, category text, count numeric, source text) ON COMMIT DROP`);
    const copy = new CopyWriter(client, 'population_in', ['line', 'area_code', 'characteristic', 'category', 'count', 'source']);
    let at: number[] = [];
    const lines = await streamCsv(
      input,
      (header) => {
        const layout = populationLayout(header);
        if (layout === 'projection') {
          problems.note(1, `this is a population projection file (${PROJECTION_COLUMNS.join(',')}); load it with "wfhub reference import population-projection"`);
          return false;
        }
        if (layout === null) {
          problems.note(1, `header must have the columns ${POPULATION_COLUMNS.join(',')}; found "${header.join(',')}"`);
          return false;
        }
        const keys = header.map(headerKey);
        at = POPULATION_COLUMNS.map((c) => keys.indexOf(c));
        return true;
      },
      async (rows) => {
        const batch: (string | number)[][] = [];
        for (const { line, cells } of rows) {
          const [area, characteristic, category, rawCount, source] = at.map((i) => (cells[i] ?? '').trim());
          const count = rawCount.replace(/,/g, ''); // Census downloads may write 340,000
          const areaCode = Number(area);
          const n = Number(count);
          const ch = characteristic.toUpperCase();
          if (!/^\d+$/.test(area)) problems.note(line, `area_code "${area}" is not a CSSR code (a whole number, see map_la_region.csv)`);
          else if (!isRepresented(ch)) problems.note(line, `characteristic "${characteristic}" is not one of ${REPRESENTED.join(', ')}`);
          else if (category === '') problems.note(line, 'category is blank');
          else if (count === '' || !Number.isFinite(n) || n < 0) problems.note(line, `count "${rawCount}" is not a number of people (0 or more)`);
          else if (source === '') problems.note(line, 'source is blank: say which table and edition the count comes from');
          else batch.push([line, areaCode, ch, category, n, source]);
        }
        await copy.write(batch);
      },
    );
    await copy.end();
    if (lines === 0) problems.note(0, 'the file is empty');

    if (problems.count === 0) await checkAgainstReference(client, problems);
    if (problems.count) {
      const first = problems.listed[0];
      throw new ValidationFailed(`${fileName}: ${problems.count} problem(s), first at line ${first.line}: ${first.message}; nothing was imported`,
        { file: fileName, problems: problems.listed, problemCount: problems.count });
    }
    const replaced = await client.query<{ areaCode: number; characteristic: string; categories: number }>(
      `SELECT area_code AS "areaCode", characteristic, count(*)::int AS categories FROM population_in GROUP BY 1, 2 ORDER BY 1, 2`);
    await client.query(`DELETE FROM ref_population_characteristic p USING (SELECT DISTINCT area_code, characteristic FROM population_in) i
                        WHERE p.area_code = i.area_code AND p.characteristic = i.characteristic`);
    await client.query(`INSERT INTO ref_population_characteristic (area_code, characteristic, category, count, source)
                        SELECT i.area_code, i.characteristic, k.category, i.count, i.source FROM population_in i
                        JOIN LATERAL (${categoryMatchSql('i')}) k ON true`);
    await client.query('COMMIT');
    return { rows: lines - 1, replaced: replaced.rows };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** The hub's spelling of a file row's category (matched without regard to case and surrounding space). */
function categoryMatchSql(alias: string): string {
  const branches = REPRESENTED.map((c) =>
    `SELECT category FROM (${representedSql[c].categories}) k WHERE ${alias}.characteristic = '${c}' AND lower(k.category) = lower(${alias}.category)`);
  return branches.join(' UNION ALL ');
}

async function checkAgainstReference(client: import('pg').PoolClient, problems: ProblemList): Promise<void> {
  const unknownArea = await client.query<{ line: number; area_code: number }>(
    `SELECT line, area_code FROM population_in i WHERE NOT EXISTS (SELECT 1 FROM ref_local_authority la WHERE la.code = i.area_code) ORDER BY line LIMIT 50`);
  for (const r of unknownArea.rows) problems.note(r.line, `area_code ${r.area_code} is not a local authority (CSSR) code in map_la_region.csv`);
  const unknownCategory = await client.query<{ line: number; characteristic: string; category: string; known: string }>(
    `SELECT i.line, i.characteristic, i.category,
            (SELECT string_agg(k.category, '; ' ORDER BY k.sort) FROM (${REPRESENTED.map((c) =>
              `SELECT category, sort FROM (${representedSql[c].categories}) x WHERE i.characteristic = '${c}'`).join(' UNION ALL ')}) k) AS known
     FROM population_in i WHERE NOT EXISTS (${categoryMatchSql('i')}) ORDER BY i.line LIMIT 50`);
  for (const r of unknownCategory.rows) problems.note(r.line, `category "${r.category}" is not a ${r.characteristic} category; use one of: ${r.known}`);
  const dupes = await client.query<{ lines: number[]; key: string }>(
    `SELECT array_agg(line ORDER BY line) AS lines, area_code || ' ' || characteristic || ' ' || lower(category) AS key
     FROM population_in GROUP BY area_code, characteristic, lower(category) HAVING count(*) > 1 LIMIT 50`);
  for (const d of dupes.rows) problems.note(d.lines[1], `${d.key} is given more than once (lines ${d.lines.join(', ')})`);
}
