import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ValidationFailed } from '../../src/errors';
import { projectRoot } from '../../src/paths';
import { importPopulation, populationLayout } from '../../src/reference/population-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';

const csv = (text: string) => Readable.from([Buffer.from(text)]);
const HEADER = 'area_code,characteristic,category,count,source\n';

describe('population reference import (area × characteristic × category)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('loads the shipped two-area sample, every category spelt as the code lists spell it', async () => {
    const r = await importPopulation(t.db, createReadStream(join(projectRoot, 'docs', 'samples', 'population-sample.csv')), 'sample.csv');
    expect(r.rows).toBe(32);
    expect(r.replaced).toEqual([
      { areaCode: 316, characteristic: 'AGE_BAND', categories: 6 }, { areaCode: 316, characteristic: 'ETHNIC_GROUP', categories: 5 },
      { areaCode: 316, characteristic: 'GENDER', categories: 2 }, { areaCode: 316, characteristic: 'NATIONALITY_GROUP', categories: 3 },
      { areaCode: 317, characteristic: 'AGE_BAND', categories: 6 }, { areaCode: 317, characteristic: 'ETHNIC_GROUP', categories: 5 },
      { areaCode: 317, characteristic: 'GENDER', categories: 2 }, { areaCode: 317, characteristic: 'NATIONALITY_GROUP', categories: 3 },
    ]);
    const [{ n }] = await sql<{ n: number }>(t.db, `select count(*)::int as n from ref_population_characteristic`);
    expect(n).toBe(32);
  });

  it('matches categories without regard to case, reads 1,200 as 1200, stores the hub spelling, and replaces an area × characteristic whole', async () => {
    await importPopulation(t.db, csv(`${HEADER}316,gender,female,"1,200",Census 2021 TS008\n316,GENDER, MALE ,100,Census 2021 TS008\n`), 'g.csv');
    const rows = await sql(t.db, `select category, count::int as count, source from ref_population_characteristic where area_code = 316 and characteristic = 'GENDER' order by category`);
    expect(rows).toEqual([{ category: 'Female', count: 1200, source: 'Census 2021 TS008' }, { category: 'Male', count: 100, source: 'Census 2021 TS008' }]);
    // a file with only Female for 316 drops Male: the area × characteristic is replaced, other areas untouched
    await importPopulation(t.db, csv(`${HEADER}316,GENDER,Female,210,Census 2021 TS008 v2\n`), 'g2.csv');
    const after = await sql(t.db, `select area_code, category from ref_population_characteristic where characteristic = 'GENDER' order by 1, 2`);
    expect(after).toEqual([{ area_code: 316, category: 'Female' }, { area_code: 317, category: 'Female' }, { area_code: 317, category: 'Male' }]);
  });

  it('rejects the whole file, naming each bad line, and changes nothing', async () => {
    const before = await sql(t.db, `select * from ref_population_characteristic order by 1, 2, 3`);
    const attempt = importPopulation(t.db, csv(HEADER + [
      '316,ETHNIC_GROUP,White,10,src', // fine
      '99999,GENDER,Female,10,src', // unknown area
      '316,RELIGION,None,10,src', // unknown characteristic
      '316,ETHNIC_GROUP,Purple,10,src', // unknown category
      '316,AGE_BAND,25 to 34,-4,src', // negative
      '316,AGE_BAND,35 to 44,5,', // no source
      '316,ETHNIC_GROUP,white,11,src', // duplicate of line 2
    ].join('\n')), 'bad.csv');
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailed);
    const err = (await attempt.catch((e) => e)) as ValidationFailed;
    const problems = err.details.problems as { line: number; message: string }[];
    expect(problems.map((p) => p.line).sort((a, b) => a - b)).toEqual([4, 6, 7]);
    expect(problems.find((p) => p.line === 4)!.message).toMatch(/not one of ETHNIC_GROUP, AGE_BAND, GENDER, NATIONALITY_GROUP/);
    // reference checks run once the lines themselves are sound
    const second = importPopulation(t.db, csv(HEADER + ['316,ETHNIC_GROUP,White,10,src', '99999,GENDER,Female,10,src', '316,ETHNIC_GROUP,Purple,10,src', '316,ETHNIC_GROUP,white,11,src'].join('\n')), 'bad2.csv');
    const err2 = (await second.catch((e) => e)) as ValidationFailed;
    const p2 = err2.details.problems as { line: number; message: string }[];
    expect(p2.map((p) => p.line).sort((a, b) => a - b)).toEqual([3, 4, 5]);
    expect(p2.find((p) => p.line === 4)!.message).toMatch(/use one of: White; Mixed \/ multiple ethnic groups; Asian \/ Asian British/);
    expect(p2.find((p) => p.line === 3)!.message).toMatch(/99999 is not a local authority/);
    expect(await sql(t.db, `select * from ref_population_characteristic order by 1, 2, 3`)).toEqual(before);
  });

  it('tells the projection layout (issue 11) apart by its header and points to its own command', async () => {
    expect(populationLayout(['area_code', 'year', 'age_band', 'count', 'source'])).toBe('projection');
    expect(populationLayout(['Area Code', 'Characteristic', 'Category', 'Count', 'Source'])).toBe('characteristic');
    await expect(importPopulation(t.db, csv('area_code,year,age_band,count,source\n316,2030,65 and over,1000,SNPP\n'), 'p.csv'))
      .rejects.toThrow(/population projection file .*wfhub reference import population-projection/);
    await expect(importPopulation(t.db, csv('la,what,n\n'), 'x.csv')).rejects.toThrow(/header must have the columns area_code,characteristic,category,count,source/);
  });
});
