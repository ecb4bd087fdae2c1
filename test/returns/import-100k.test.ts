import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { currentHeader } from '../../importers/ascwds/file-layout';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { runCli } from './support/cli-process';
import { writeLargeReturn, type LargeReturn } from './support/large-return';

const MB = 1024 * 1024;
const WORKPLACES = 125;
const STAFF_PER_WORKPLACE = 800;
/** V8 old space given to the CLI: holding 100k staff records alone takes ~110 MB, so an import that kept them would die. */
const HEAP_LIMIT_MB = 96;

// about 45 s on an idle two-core machine; generous, since CI machines are shared
jest.setTimeout(300_000);

describe('a 100k-row staff file through the whole import (CLI door → submitReturn → COPY → one transaction)', () => {
  let t: TestDatabase;
  let big: LargeReturn;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-100k-'));

  beforeAll(async () => {
    t = await createTestDatabase();
    big = await writeLargeReturn(dir, { workplaces: WORKPLACES, staffPerWorkplace: STAFF_PER_WORKPLACE });
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
  });
  afterAll(async () => {
    await t.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports 100,000 staff rows in bounded memory, every record written, and logs its speed against COPY of the same file', async () => {
    const run = runCli(t, ['import', '--provider', 'bigco', '--period', '2024-25', '--json', big.workplaceFile, big.staffFile],
      { nodeArgs: [`--max-old-space-size=${HEAP_LIMIT_MB}`] });
    const r = await run.done;
    expect(r.stderr).not.toMatch(/heap out of memory/i);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ outcome: 'ACCEPTED', status: 'PASSED', errors: 0, warnings: 0,
      counts: { workplaces: WORKPLACES, staffRecords: big.staffRows, trainingRecords: 0 } });
    expect(await sql(t.db, `select count(*)::int as n, count(distinct w.ni_key)::int as keys from staff_record sr join worker w on w.id = sr.worker_id
      where sr.return_id = $1`, [report.returnId])).toEqual([{ n: 100_000, keys: 100_000 }]);
    // the sampler must have seen the process; the bound is the process baseline plus a few batches, not the file
    expect(r.peakRss).toBeGreaterThan(20 * MB);
    expect(r.peakRss).toBeLessThan(320 * MB);

    // the same bytes straight into a table of text columns by COPY, on the same server, in the same run
    const client = await t.db.pool.connect();
    let copySeconds: number;
    try {
      await client.query(`create table raw_staff (${currentHeader('worker').map((c) => `"${c}" text`).join(', ')})`);
      const copyStarted = process.hrtime.bigint();
      await pipeline(createReadStream(big.staffFile), client.query(copyFrom(`copy raw_staff from stdin with (format csv, header true)`)));
      copySeconds = Number(process.hrtime.bigint() - copyStarted) / 1e9;
      expect((await client.query(`select count(*)::int as n from raw_staff`)).rows).toEqual([{ n: big.staffRows }]);
    } finally {
      client.release();
    }
    const importRate = big.staffRows / r.seconds;
    const copyRate = big.staffRows / copySeconds;
    console.log(`${big.staffRows} staff rows (+${WORKPLACES} workplaces), wfhub import as a child process: ${r.seconds.toFixed(1)} s wall `
      + `= ${Math.round(importRate)} rows/s (process start and migration check included), peak RSS ${(r.peakRss / MB).toFixed(0)} MB `
      + `under a ${HEAP_LIMIT_MB} MB heap limit; COPY of the same file: ${copySeconds.toFixed(2)} s = ${Math.round(copyRate)} rows/s; `
      + `the import runs at ${(importRate / copyRate * 100).toFixed(1)}% of COPY speed`);
  });
});
