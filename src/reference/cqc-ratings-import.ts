import type { Readable } from 'node:stream';
import type { Database } from '../db/database';
import { CopyWriter } from '../db/copy';
import { ValidationFailed } from '../errors';
import { headerKey, ProblemList, streamCsv } from './reference-csv-stream';

/** CQC's key questions ("domains") and the header names each goes by (header cells compared as headerKey()). */
const DOMAINS: Record<string, string[]> = {
  OVERALL: ['overall', 'overall_rating', 'location_latest_overall_rating', 'latest_overall_rating'],
  SAFE: ['safe', 'safe_rating'],
  EFFECTIVE: ['effective', 'effective_rating'],
  CARING: ['caring', 'caring_rating'],
  RESPONSIVE: ['responsive', 'responsive_rating'],
  WELL_LED: ['well_led', 'wellled', 'well_led_rating'],
};
/** The other columns, by the names CQC's downloads and a hand-made file use. */
const COLUMNS = {
  location: ['location_id', 'locationid', 'cqc_location_id'],
  domain: ['domain', 'key_question'],
  rating: ['rating', 'latest_rating'],
  published: ['publication_date', 'published_on', 'rating_date', 'report_publication_date', 'latest_rating_date', 'date'],
  /** CQC's long file also rates population groups (GP practices, hospitals); only the location-level "Overall" rows apply */
  populationGroup: ['service_population_group', 'population_group', 'service_group'],
};
/** CQC's wording of a rating → the stored value; "not rated" wordings are skipped, not errors. */
const RATINGS: Record<string, string | null> = {
  outstanding: 'OUTSTANDING', good: 'GOOD', requires_improvement: 'REQUIRES_IMPROVEMENT', inadequate: 'INADEQUATE',
  insufficient_evidence_to_rate: 'INSUFFICIENT_EVIDENCE', insufficient_evidence: 'INSUFFICIENT_EVIDENCE',
  '': null, not_rated: null, no_published_rating: null, not_yet_rated: null,
};
const LOCATION_ID = /^1-\d{6,12}$/;

export interface CqcRatingsImportResult {
  layout: 'long' | 'wide';
  rows: number;
  ratings: number;
  locations: number;
  /** rows kept out because a newer rating for that location and key question is already held */
  older: number;
}

interface Layout {
  layout: 'long' | 'wide';
  location: number;
  published: number;
  domain: number;
  rating: number;
  populationGroup: number;
  /** wide: column index per domain */
  domains: [string, number][];
}

/** Long (one row per location × key question) or wide (one column per key question), told apart by the header. */
export function detectRatingsLayout(header: string[]): Layout | string {
  const keys = header.map(headerKey);
  const find = (names: string[]) => keys.findIndex((k) => names.includes(k));
  const location = find(COLUMNS.location);
  if (location < 0) return `no location ID column (one of ${COLUMNS.location.join(', ')})`;
  const published = find(COLUMNS.published);
  const domain = find(COLUMNS.domain);
  const rating = find(COLUMNS.rating);
  const populationGroup = find(COLUMNS.populationGroup);
  if (domain >= 0 && rating >= 0) return { layout: 'long', location, published, domain, rating, populationGroup, domains: [] };
  const domains = Object.entries(DOMAINS).map(([d, names]) => [d, find(names)] as [string, number]).filter(([, i]) => i >= 0);
  if (domains.length) return { layout: 'wide', location, published, domain: -1, rating: -1, populationGroup, domains };
  return `neither layout: long needs domain and rating columns, wide needs at least one of ${Object.keys(DOMAINS).map((d) => d.toLowerCase()).join(', ')}`;
}

const domainOf = (text: string): string | null => {
  const k = headerKey(text);
  return Object.entries(DOMAINS).find(([, names]) => names.includes(k))?.[0] ?? null;
};

/** dd/mm/yyyy or yyyy-mm-dd → yyyy-mm-dd (a real date), '' → null, anything else → undefined. */
export function ratingDate(text: string): string | null | undefined {
  if (text === '') return null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const [y, m, d] = uk ? [uk[3], uk[2], uk[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y) return undefined;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Load CQC ratings (long or wide layout) in one transaction; for each location and key question the most recently
 * published rating is kept. Any bad line rejects the whole file.
 */
export async function importCqcRatings(db: Database, input: Readable, fileName: string): Promise<CqcRatingsImportResult> {
  const problems = new ProblemList();
  const client = await db.pool.connect();
  let layout: Layout | null = null;
  try {
    await client.query('BEGIN');
    await client.query(`CREATE TEMP TABLE rating_in (line int, location_id text, domain cqc_domain, rating cqc_rating_value, published_on date) ON COMMIT DROP`);
    const copy = new CopyWriter(client, 'rating_in', ['line', 'location_id', 'domain', 'rating', 'published_on']);
    const lines = await streamCsv(
      input,
      (header) => {
        const found = detectRatingsLayout(header);
        if (typeof found === 'string') {
          problems.note(1, `header has ${found}; found "${header.join(',')}"`);
          return false;
        }
        layout = found;
        return true;
      },
      async (rows) => {
        const l = layout!;
        const batch: (string | number | null)[][] = [];
        for (const { line, cells } of rows) {
          const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
          if (l.populationGroup >= 0 && !['', 'overall'].includes(headerKey(cell(l.populationGroup)))) continue;
          const location = cell(l.location);
          const published = ratingDate(cell(l.published));
          if (!LOCATION_ID.test(location)) { problems.note(line, `"${location}" is not a CQC location ID (like 1-123456789)`); continue; }
          if (published === undefined) { problems.note(line, `publication date "${cell(l.published)}" is not a date (dd/mm/yyyy or yyyy-mm-dd)`); continue; }
          const pairs: [string | null, string, string][] = l.layout === 'long'
            ? [[domainOf(cell(l.domain)), cell(l.domain), cell(l.rating)]]
            : l.domains.map(([d, i]) => [d, d, cell(i)]);
          for (const [domain, domainText, ratingText] of pairs) {
            const rating = RATINGS[headerKey(ratingText)];
            if (domain === null) problems.note(line, `"${domainText}" is not a key question (Overall, Safe, Effective, Caring, Responsive, Well-led)`);
            else if (rating === undefined) problems.note(line, `"${ratingText}" is not a CQC rating (Outstanding, Good, Requires improvement, Inadequate)`);
            else if (rating !== null) batch.push([line, location, domain, rating, published]);
          }
        }
        await copy.write(batch);
      },
    );
    await copy.end();
    if (lines === 0) problems.note(0, 'the file is empty');
    if (problems.count) {
      const first = problems.listed[0];
      throw new ValidationFailed(`${fileName}: ${problems.count} problem(s), first at line ${first.line}: ${first.message}; nothing was imported`,
        { file: fileName, problems: problems.listed, problemCount: problems.count });
    }
    // latest publication per location × key question within the file, then only where newer than (or as new as) what is held
    const written = await client.query<{ location_id: string }>(
      `INSERT INTO ref_cqc_rating (location_id, domain, rating, published_on, source)
       SELECT DISTINCT ON (location_id, domain) location_id, domain, rating, published_on, $1 FROM rating_in
       ORDER BY location_id, domain, published_on DESC NULLS LAST, line DESC
       ON CONFLICT (location_id, domain) DO UPDATE SET rating = excluded.rating, published_on = excluded.published_on,
         source = excluded.source, imported_at = now()
       WHERE ref_cqc_rating.published_on IS NULL OR excluded.published_on >= ref_cqc_rating.published_on
       RETURNING location_id`, [fileName]);
    const [{ n }] = (await client.query<{ n: number }>(`SELECT count(DISTINCT (location_id, domain))::int AS n FROM rating_in`)).rows;
    await client.query('COMMIT');
    return {
      layout: (layout as Layout | null)?.layout ?? 'long',
      rows: lines - 1,
      ratings: written.rows.length,
      locations: new Set(written.rows.map((r) => r.location_id)).size,
      older: n - written.rows.length,
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
