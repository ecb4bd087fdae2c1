import { Readable } from 'node:stream';
import { ValidationFailed } from '../../src/errors';
import { importPostcodes, normalisePostcode } from '../../src/reference/postcode-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';

const csv = (text: string) => Readable.from([Buffer.from(text)]);

describe('postcode → local authority import', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('normalises postcodes to upper case with one space', () => {
    expect(normalisePostcode(' ls12rp ')).toBe('LS1 2RP');
    expect(normalisePostcode('sw1a  1aa')).toBe('SW1A 1AA');
  });

  it('loads a file (BOM and CRLF accepted) and updates postcodes already known', async () => {
    const first = await importPostcodes(t.db, csv('\uFEFFpostcode,cssr_code\r\nls1 2rp,316\r\nM1 1AE,410\r\n'), 'pc.csv');
    expect(first).toEqual({ rows: 2, inserted: 2, updated: 0 });
    const second = await importPostcodes(t.db, csv('postcode,cssr_code\nLS1 2RP,317\nB1 1AA,406\n'), 'pc2.csv');
    expect(second).toEqual({ rows: 2, inserted: 1, updated: 1 });
    const rows = await sql<{ postcode: string; cssr_code: number }>(t.db, 'select postcode, cssr_code from postcode order by postcode');
    expect(rows).toEqual([
      { postcode: 'B1 1AA', cssr_code: 406 },
      { postcode: 'LS1 2RP', cssr_code: 317 },
      { postcode: 'M1 1AE', cssr_code: 410 },
    ]);
  });

  it('rejects the whole file, naming each bad line, and changes nothing', async () => {
    const before = await sql(t.db, 'select * from postcode order by postcode');
    const attempt = importPostcodes(t.db, csv('postcode,cssr_code\nNE1 4ST,999999\nnot a postcode,316\nCV37 6PH,\nLN1 1AA,318\n'), 'bad.csv');
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    const err = (await attempt.catch((e) => e)) as ValidationFailed;
    const lines = (err.details.problems as { line: number; message: string }[]).map((p) => p.line).sort();
    expect(lines).toEqual([2, 3, 4]);
    expect(err.message).toMatch(/3 problem/);
    expect(await sql(t.db, 'select * from postcode order by postcode')).toEqual(before);
  });

  it('rejects a file with the wrong header', async () => {
    await expect(importPostcodes(t.db, csv('pc,la\nLS1 2RP,316\n'), 'h.csv')).rejects.toThrow(/header must be "postcode,cssr_code"/);
  });
});
