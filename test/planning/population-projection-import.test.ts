import { BadInput, NotFound } from '../../src/errors';
import { populationIn } from '../../src/planning/population-interpolation';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvHeaderOf, importPopulationProjection, isPopulationProjectionHeader } from '../../src/planning/population-projection-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { stream } from './support/directory-file';
import { PROJECTION_65 } from './support/population-file';

describe('population projections: import and linear interpolation', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(() => t.drop());

  it('loads the file and replaces each area × age band series it contains', async () => {
    const r = await importPopulationProjection(t.db, stream(PROJECTION_65), 'snpp.csv');
    expect(r).toEqual({ rows: 5, series: [
      { areaCode: 209, ageBand: '65+', fromYear: 2025, toYear: 2035, years: 2 },
      { areaCode: 212, ageBand: '65+', fromYear: 2025, toYear: 2035, years: 3 }] });
    // a newer edition for Leeds only: Leeds's series is replaced whole (2030 gone), Bradford's kept
    await importPopulationProjection(t.db, stream('Area_Code,Year,Age_Band,Count,Source\n212,2025,65 +,101000,ONS 2022-based\n212,2040,65+,140000,ONS 2022-based\n'), 'new.csv');
    expect(await sql(t.db, `select area_code, year, age_band, count::float8 as count, source from ref_population_projection order by area_code, year`)).toEqual([
      { area_code: 209, year: 2025, age_band: '65+', count: 50000, source: 'ONS 2018-based SNPP table 2' },
      { area_code: 209, year: 2035, age_band: '65+', count: 75000, source: 'ONS 2018-based SNPP table 2' },
      { area_code: 212, year: 2025, age_band: '65+', count: 101000, source: 'ONS 2022-based' },
      { area_code: 212, year: 2040, age_band: '65+', count: 140000, source: 'ONS 2022-based' },
    ]);
  });

  it('rejects the whole file, line by line, for each kind of bad row', async () => {
    const bad = ['area_code,year,age_band,count,source', 'x,2030,65+,1,s', '212,1900,65+,1,s', '212,2030,old,1,s', '212,2030,65+,-4,s', '212,2030,65+,1,',
      '212,2031,65+,1,s'].join('\n');
    const e = await importPopulationProjection(t.db, stream(bad), 'bad.csv').catch((x) => x);
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.details.problems.map((p: { line: number }) => p.line)).toEqual([2, 3, 4, 5, 6]);
    const unknown = await importPopulationProjection(t.db, stream('area_code,year,age_band,count,source\n99999,2030,65+,1,s\n212,2030,65+,1,s\n212,2030,65+,2,s'), 'u.csv').catch((x) => x);
    expect(unknown.details.problems).toEqual([
      { line: 2, message: 'area_code 99999 is not a local authority (CSSR) code in map_la_region.csv' },
      { line: 4, message: '212 65+ 2030 is given more than once (lines 3, 4)' }]);
    const header = await importPopulationProjection(t.db, stream('area_code,characteristic,category,count,source\n212,AGE,65+,1,s'), 'h.csv').catch((x) => x);
    expect(header.details.problems[0].message).toContain('header must have the columns area_code,year,age_band,count,source');
    expect((await sql(t.db, `select count(*)::int as n from ref_population_projection`))[0].n).toBe(4);
    expect(isPopulationProjectionHeader(['area_code', 'year', 'age_band', 'count', 'source'])).toBe(true);
    expect(isPopulationProjectionHeader(['area_code', 'characteristic', 'category', 'count', 'source'])).toBe(false);
    const file = join(mkdtempSync(join(tmpdir(), 'wfhub-pop-')), 'p.csv');
    writeFileSync(file, `\uFEFF"Area_Code",year,age_band,count,source\r\n212,2030,65+,1,s\r\n`);
    expect(await csvHeaderOf(file)).toEqual(['Area_Code', 'year', 'age_band', 'count', 'source']);
    expect(isPopulationProjectionHeader(await csvHeaderOf(file))).toBe(true);
  });

  it('interpolates linearly between the years given, and names the area and range when it cannot', () => {
    const series = { areaCode: '209', areaLabel: 'Bradford', ageBand: '65+', points: [{ year: 2035, count: 75000 }, { year: 2025, count: 50000 }] };
    const area = { code: '209', label: 'Bradford' };
    expect(populationIn(series, 2025, area, '65+')).toBe(50000);
    expect(populationIn(series, 2035, area, '65+')).toBe(75000);
    expect(populationIn(series, 2028, area, '65+')).toBe(57500);
    expect(() => populationIn(series, 2024, area, '65+')).toThrow(BadInput);
    expect(() => populationIn(series, 2036, area, '65+')).toThrow('Year 2036 is outside the population projection for Bradford (209), age band 65+, which covers 2025–2035');
    expect(() => populationIn(undefined, 2030, area, '85+')).toThrow(NotFound);
    expect(() => populationIn(undefined, 2030, area, '85+')).toThrow('No population projection for Bradford (209), age band 85+');
  });
});
