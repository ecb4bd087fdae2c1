import { Readable } from 'node:stream';
import { ValidationFailed } from '../../src/errors';
import { detectRatingsLayout, importCqcRatings, ratingDate } from '../../src/reference/cqc-ratings-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';

const csv = (text: string) => Readable.from([Buffer.from(text)]);
const held = (t: TestDatabase) => sql(t.db, `select location_id, domain::text, rating::text, published_on::text from ref_cqc_rating order by 1, 2`);

describe('CQC ratings import (long and wide layouts)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('reads dates in both forms and rejects impossible ones', () => {
    expect(ratingDate('05/03/2024')).toBe('2024-03-05');
    expect(ratingDate('2024-03-05')).toBe('2024-03-05');
    expect(ratingDate('')).toBeNull();
    expect(ratingDate('31/02/2024')).toBeUndefined();
    expect(ratingDate('March 2024')).toBeUndefined();
  });

  it('long layout (CQC download headers): location-level rows only, ratings normalised, "not rated" skipped', async () => {
    const file = [
      'Location ID,Location Name,Service / Population Group,Domain,Latest Rating,Publication Date',
      '1-000000001,Rose House,Overall,Overall,Requires improvement,12/01/2024',
      '1-000000001,Rose House,Overall,Safe,Requires improvement,12/01/2024',
      '1-000000001,Rose House,Overall,Well-led,Good,12/01/2024',
      '1-000000001,Rose House,Older people,Safe,Inadequate,12/01/2024', // population-group row: not the location's rating
      '1-000000002,Ivy Lodge,Overall,Overall,Good,2023-06-30',
      '1-000000003,New Place,Overall,Overall,Not rated,',
    ].join('\n');
    expect(detectRatingsLayout(file.split('\n')[0].split(','))).toMatchObject({ layout: 'long' });
    const r = await importCqcRatings(t.db, csv(file), 'long.csv');
    expect(r).toEqual({ layout: 'long', rows: 6, ratings: 4, locations: 2, older: 0 });
    expect(await held(t)).toEqual([
      { location_id: '1-000000001', domain: 'OVERALL', rating: 'REQUIRES_IMPROVEMENT', published_on: '2024-01-12' },
      { location_id: '1-000000001', domain: 'SAFE', rating: 'REQUIRES_IMPROVEMENT', published_on: '2024-01-12' },
      { location_id: '1-000000001', domain: 'WELL_LED', rating: 'GOOD', published_on: '2024-01-12' },
      { location_id: '1-000000002', domain: 'OVERALL', rating: 'GOOD', published_on: '2023-06-30' },
    ]);
  });

  it('wide layout: one column per key question; a newer rating replaces, an older one is kept out', async () => {
    const file = [
      'location_id,overall,safe,effective,caring,responsive,well_led,publication_date',
      '1-000000002,Requires improvement,Requires improvement,Good,Good,Good,Requires improvement,01/02/2025',
      '1-000000001,Good,Good,Good,Good,Good,Good,01/01/2020', // older than what is held
    ].join('\n');
    const r = await importCqcRatings(t.db, csv(file), 'wide.csv');
    expect(r.layout).toBe('wide');
    expect(r.ratings).toBe(6 + 3); // 1-2: six domains; 1-1: only EFFECTIVE, CARING, RESPONSIVE are new
    expect(r.older).toBe(3);
    const rows = await held(t);
    expect(rows.filter((x) => x.location_id === '1-000000002')).toHaveLength(6);
    expect(rows.find((x) => x.location_id === '1-000000002' && x.domain === 'OVERALL')).toMatchObject({ rating: 'REQUIRES_IMPROVEMENT', published_on: '2025-02-01' });
    expect(rows.find((x) => x.location_id === '1-000000001' && x.domain === 'OVERALL')).toMatchObject({ rating: 'REQUIRES_IMPROVEMENT', published_on: '2024-01-12' });
  });

  it('rejects a file with bad lines whole, and a header of neither layout', async () => {
    const before = await held(t);
    const attempt = importCqcRatings(t.db, csv('location_id,domain,rating,publication_date\nABC,Overall,Good,01/01/2024\n1-000000009,Kindness,Good,01/01/2024\n1-000000009,Overall,Great,01/01/2024\n1-000000009,Overall,Good,2024-13-01\n'), 'bad.csv');
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    const err = (await attempt.catch((e) => e)) as ValidationFailed;
    expect((err.details.problems as { line: number }[]).map((p) => p.line)).toEqual([2, 3, 4, 5]);
    expect(await held(t)).toEqual(before);
    await expect(importCqcRatings(t.db, csv('location_id,name\n1-000000009,X\n'), 'h.csv')).rejects.toThrow(/neither layout/);
    await expect(importCqcRatings(t.db, csv('name,overall\nX,Good\n'), 'h2.csv')).rejects.toThrow(/no location ID column/);
  });
});
