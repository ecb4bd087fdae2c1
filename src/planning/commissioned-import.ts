import type { Readable } from 'node:stream';
import type { Database } from '../db/database';
import { ValidationFailed } from '../errors';
import { headerKey, ProblemList, streamCsv } from '../reference/reference-csv-stream';

export interface CommissionedImportReport {
  rows: number;
  byLocation: number;
  byProvider: number;
  /** contracts whose location or provider the hub does not know (yet): kept, listed as warnings */
  warnings: { line: number; message: string }[];
}

const CQC_ID = /^1-\d+$/;

/**
 * Load the council's commissioned services (CSV `location_id,contract_ref` and/or `provider_key,contract_ref`; a
 * provider key is the hub's provider key or a CQC provider ID). The file replaces the list held; any bad line rejects it.
 */
export async function importCommissioned(db: Database, input: Readable, fileName: string): Promise<CommissionedImportReport> {
  const problems = new ProblemList();
  const rows: [number, string | null, string | null, string][] = [];
  let at = { location: -1, provider: -1, contract: -1 };
  const lines = await streamCsv(input, (header) => {
    const keys = header.map(headerKey);
    at = { location: keys.indexOf('location_id'), provider: keys.indexOf('provider_key'), contract: keys.indexOf('contract_ref') };
    if (at.contract < 0 || (at.location < 0 && at.provider < 0)) {
      problems.note(1, `header must be location_id,contract_ref or provider_key,contract_ref; found "${header.join(',')}"`);
      return false;
    }
    return true;
  }, async (batch) => {
    for (const { line, cells } of batch) {
      const cell = (i: number) => (i >= 0 ? (cells[i] ?? '').trim() : '');
      const [location, provider, contract] = [cell(at.location), cell(at.provider), cell(at.contract)];
      if (!location && !provider) problems.note(line, 'neither location_id nor provider_key is given');
      else if (location && !CQC_ID.test(location)) problems.note(line, `location_id "${location}" is not a CQC location ID such as 1-123456789`);
      else if (!contract) problems.note(line, 'contract_ref is blank');
      else rows.push([line, location || null, provider || null, contract]);
    }
  });
  if (lines === 0) problems.note(0, 'the file is empty');
  if (problems.count) {
    const first = problems.listed[0];
    throw new ValidationFailed(`${fileName}: ${problems.count} problem(s), first at line ${first.line}: ${first.message}; nothing was imported`,
      { file: fileName, problems: problems.listed, problemCount: problems.count });
  }
  const client = await db.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`delete from commissioned_service`);
    await client.query(`insert into commissioned_service (location_id, provider_key, contract_ref, source_file)
      select l, p, c, $4 from unnest($1::text[], $2::text[], $3::text[]) as t(l, p, c)`,
    [rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), fileName]);
    const unknown = await client.query<{ line: number; message: string }>(
      `select t.line, case when t.l is not null then 'location ' || t.l || ' is in no CQC directory snapshot'
                            else 'provider ' || t.p || ' is neither a hub provider key nor a CQC provider ID in the directory' end as message
       from unnest($1::int[], $2::text[], $3::text[]) as t(line, l, p)
       where (t.l is not null and not exists (select 1 from cqc_directory_location d where d.location_id = t.l))
          or (t.l is null and not exists (select 1 from provider pr where pr.key = t.p)
                          and not exists (select 1 from cqc_directory_location d where d.provider_id = t.p))
       order by t.line limit 50`, [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])]);
    await client.query('COMMIT');
    return { rows: rows.length, byLocation: rows.filter((r) => r[1]).length, byProvider: rows.filter((r) => !r[1]).length, warnings: unknown.rows };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
