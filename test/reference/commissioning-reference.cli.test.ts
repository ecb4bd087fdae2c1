import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { cliAgainst } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';

describe('wfhub reference import population | cqc-ratings (CLI doors)', () => {
  let t: TestDatabase;
  const wfhub = cliAgainst(() => t, 'wfhub-ref-cli-');
  const { dir, write } = wfhub;
  const run = (...args: string[]) => wfhub.run('reference', 'import', ...args);

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('population: loads the shipped sample; a projection file is routed by its header to the projection import', async () => {
    const ok = run('population', join(projectRoot, 'docs', 'samples', 'population-sample.csv'));
    expect(ok.stderr).toMatch(/32 rows; replaced 316 AGE_BAND \(6\)/);
    expect(ok.status).toBe(0);
    expect(await sql(t.db, `select count(*)::int as n from ref_population_characteristic`)).toEqual([{ n: 32 }]);
    const projection = run('population', write('proj.csv', 'area_code,year,age_band,count,source\n316,2030,65+,100,SNPP\n316,2031,65+,110,SNPP\n'));
    expect(projection.stderr).toMatch(/a population projection file .*2 rows, 1 area × age band series/);
    expect(projection.status).toBe(0);
    // the characteristic table is untouched
    expect(await sql(t.db, `select count(*)::int as n from ref_population_characteristic`)).toEqual([{ n: 32 }]);
  });

  it('cqc-ratings: wide layout; a bad line exits 1 naming it; a missing file is a usage error', async () => {
    const ok = run('cqc-ratings', write('wide.csv', 'Location ID,Overall,Safe,Publication Date\n1-000000001,Good,Requires improvement,01/02/2025\n'));
    expect(ok.stderr).toMatch(/wide layout, 1 rows; 2 ratings for 1 locations written/);
    expect(ok.status).toBe(0);
    const bad = run('cqc-ratings', write('bad.csv', 'location_id,domain,rating,publication_date\n1-000000001,Overall,Splendid,01/02/2025\n'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/line 2: "Splendid" is not a CQC rating/);
    expect(run('cqc-ratings', join(dir, 'nope.csv')).status).toBe(2);
  });
});
