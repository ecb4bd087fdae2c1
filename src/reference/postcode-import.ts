import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { Database } from '../db/database';
import { CopyWriter } from '../db/copy';
import { ValidationFailed } from '../errors';

const POSTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$/;
const MAX_LISTED = 50;

/** Upper case with exactly one space before the inward code ("ls12rp" → "LS1 2RP"). */
export function normalisePostcode(raw: string): string {
  const compact = raw.toUpperCase().replace(/\s+/g, '');
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

export interface PostcodeImportResult {
  rows: number;
  inserted: number;
  updated: number;
}

interface LineProblem {
  line: number;
  message: string;
}

/** Load a `postcode,cssr_code` CSV into the postcode table in one transaction; any bad line rejects the whole file. */
export async function importPostcodes(db: Database, input: Readable, fileName: string): Promise<PostcodeImportResult> {
  const client = await db.pool.connect();
  const problems: LineProblem[] = [];
  let problemCount = 0;
  const note = (line: number, message: string) => {
    problemCount++;
    if (problems.length < MAX_LISTED) problems.push({ line, message });
  };
  try {
    await client.query('BEGIN');
    await client.query('CREATE TEMP TABLE postcode_in (line int, postcode text, cssr_code int) ON COMMIT DROP');
    const copy = new CopyWriter(client, 'postcode_in', ['line', 'postcode', 'cssr_code']);
    let line = 0;
    let header: string[] | null = null;
    await new Promise<void>((resolve, reject) => {
      Papa.parse<string[]>(input as unknown as File, {
        skipEmptyLines: 'greedy',
        chunk: (results, parser) => {
          input.pause(); // backpressure: resume once COPY has taken the batch
          const batch: [number, string, number][] = [];
          for (const row of results.data) {
            line++;
            if (!header) {
              header = row.map((c) => c.replace(/^\uFEFF/, '').trim().toLowerCase());
              if (header[0] !== 'postcode' || header[1] !== 'cssr_code') {
                note(1, `header must be "postcode,cssr_code"; found "${row.join(',')}"`);
                parser.abort();
                return;
              }
              continue;
            }
            const postcode = normalisePostcode(row[0] ?? '');
            const cssr = Number((row[1] ?? '').trim());
            if (!POSTCODE.test(postcode)) note(line, `"${row[0]}" is not a UK postcode`);
            else if (!Number.isInteger(cssr) || (row[1] ?? '').trim() === '') note(line, `cssr_code "${row[1] ?? ''}" is not a whole number`);
            else batch.push([line, postcode, cssr]);
          }
          copy.write(batch).then(() => input.resume(), reject);
        },
        complete: () => resolve(),
        error: (err: Error) => reject(err),
      });
    });
    await copy.end();
    if (!header) note(0, 'the file is empty');
    const unknown = await client.query<{ line: number; cssr_code: number }>(
      `select line, cssr_code from postcode_in i where not exists (select 1 from ref_local_authority la where la.code = i.cssr_code) order by line limit ${MAX_LISTED}`,
    );
    for (const u of unknown.rows) note(u.line, `cssr_code ${u.cssr_code} is not a local authority code (map_la_region.csv)`);
    const dupes = await client.query<{ postcode: string; lines: number[] }>(
      `select postcode, array_agg(line order by line) as lines from postcode_in group by postcode having count(distinct cssr_code) > 1 limit ${MAX_LISTED}`,
    );
    for (const d of dupes.rows) note(d.lines[1], `${d.postcode} is given two different cssr_codes (lines ${d.lines.join(', ')})`);
    if (problemCount) {
      throw new ValidationFailed(`${fileName}: ${problemCount} problem(s), first at line ${problems[0].line}: ${problems[0].message}; nothing was imported`, { file: fileName, problems, problemCount });
    }
    const result = await client.query<{ inserted: boolean }>(
      `insert into postcode (postcode, cssr_code) select distinct on (postcode) postcode, cssr_code from postcode_in order by postcode
       on conflict (postcode) do update set cssr_code = excluded.cssr_code returning (xmax = 0) as inserted`,
    );
    await client.query('COMMIT');
    const inserted = result.rows.filter((r) => r.inserted).length;
    return { rows: line - 1, inserted, updated: result.rows.length - inserted };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
