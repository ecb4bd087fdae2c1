import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { cliAgainst } from '../support/cli';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { directoryCsv } from './support/directory-file';
import { DIRECTORY } from './support/planning-fixture';
import { PROJECTION_65 } from './support/population-file';

describe('wfhub reference import cqc-directory | commissioned | population(-projection) (CLI doors)', () => {
  let t: TestDatabase;
  const wfhub = cliAgainst(() => t, 'wfhub-planning-cli-');
  const { dir, write } = wfhub;
  const run = (...args: string[]) => wfhub.run('reference', 'import', ...args);

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', 212)`);
  });
  afterAll(() => t.drop());

  it('cqc-directory: prints the snapshot report (kept, left out and why, areas, warnings)', async () => {
    const r = run('cqc-directory', '--as-of', '2025-03-31', write('dir.csv', directoryCsv([...DIRECTORY, { id: '1-100000401', name: 'Lost', postcode: 'ZZ1 1ZZ', types: 'Homecare agencies', la: 'Atlantis' }])));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('snapshot as at 2025-03-31 (--as-of)');
    expect(r.stderr).toContain('8 rows read; 7 adult social care locations kept; 1 left out');
    expect(r.stderr).toContain('1 left out: none of its service types is adult social care');
    expect(r.stderr).toContain('local authority from postcode 4, from the Local Authority name 2, unknown 1');
    expect(r.stderr).toMatch(/warning line \d+: 1-100000401 Lost: postcode ZZ1 1ZZ is not in the postcode table and Local Authority "Atlantis"/);
    expect(await sql(t.db, `select as_of::text, locations, unknown_area from cqc_directory_snapshot`)).toEqual([{ as_of: '2025-03-31', locations: 7, unknown_area: 1 }]);
    const bad = run('cqc-directory', '--as-of', '31/03/2025', write('dir2.csv', directoryCsv(DIRECTORY)));
    expect(bad.status).toBe(2);
    expect(run('cqc-directory', join(dir, 'missing.csv')).status).toBe(2);
  });

  it('commissioned and population-projection: load and report; a bad file exits 1 naming the line', async () => {
    const c = run('commissioned', write('c.csv', 'location_id,contract_ref\n1-100000201,C-1\n'));
    expect(c.status).toBe(0);
    expect(c.stderr).toContain('1 contracts (1 by location, 0 by provider)');
    const p = run('population-projection', write('p.csv', PROJECTION_65));
    expect(p.status).toBe(0);
    expect(p.stderr).toContain('5 rows; 2 area × age band series replaced (209 65+ 2025–2035, 212 65+ 2025–2035)');
    // the issue's own command: `population` routes a projection file here by its header
    const routed = run('population', write('p2.csv', 'area_code,year,age_band,count,source\n212,2025,85+,9000,ONS\n212,2035,85+,12000,ONS\n'));
    expect(routed.status).toBe(0);
    expect(await sql(t.db, `select year, count::int from ref_population_projection where age_band = '85+' order by year`)).toEqual([{ year: 2025, count: 9000 }, { year: 2035, count: 12000 }]);
    const bad = run('population-projection', write('bad.csv', 'area_code,year,age_band,count,source\n212,2030,65+,-1,x\n'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('line 2: count "-1" is not a number of people');
  });
});
