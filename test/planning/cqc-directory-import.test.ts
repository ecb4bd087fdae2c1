import 'reflect-metadata';
import { Dimension } from '../../src/analytics/dimension';
import { importCqcDirectory } from '../../src/planning/cqc-directory-import';
import { returnCoverage } from '../../src/planning/workforce-planning';
import { parseDirectoryDate } from '../../src/planning/cqc-directory-read';
import { nameKey } from '../../src/planning/local-authority-names';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { ADMIN } from '../support/graphql';
import { DIRECTORY_HEADER, directoryCsv, type DirectoryLocation, stream } from './support/directory-file';

const LEEDS = 212;
const BRADFORD = 209;

/** Six rows: three kept (one by postcode, one by name, one unknown), one dentist, one children-only, one duplicate. */
const MARCH: DirectoryLocation[] = [
  { id: '1-101', name: 'Oak House', postcode: 'ls1 2rp', types: 'Residential homes|Homecare agencies', la: 'Leeds',
    address: 'Oak House, 1 "Old" Road,\nLeeds' },
  { id: '1-102', name: 'Elm Lodge', postcode: 'BD1 1AA', types: 'Nursing homes', la: 'Bradford' },
  { id: '1-103', name: 'Ash Homecare', postcode: 'ZZ9 9ZZ', types: 'Homecare agencies', la: 'Nowhere, City of' },
  { id: '1-104', name: 'Smile Dental', postcode: 'LS1 2RP', types: 'Dentist', la: 'Leeds' },
  { id: '1-105', name: 'Little Steps', postcode: 'LS1 2RP', types: 'Homecare agencies', la: 'Leeds', specialisms: 'Caring for children (0 - 18yrs)' },
  { id: '1-101', name: 'Oak House again', postcode: 'LS1 2RP', types: 'Residential homes', la: 'Leeds' },
  { id: '', name: 'No id', postcode: 'LS1 2RP', types: 'Residential homes', la: 'Leeds' },
];

describe('wfhub reference import cqc-directory: dated snapshots of adult social care locations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', ${LEEDS})`);
  });
  afterAll(() => t.drop());

  it('finds the header under the title lines, keeps adult social care, places each location and counts what was left out', async () => {
    const r = await importCqcDirectory(t.db, stream(directoryCsv(MARCH)), 'march.csv');
    expect(r).toMatchObject({ asOf: '2025-03-01', asOfSource: 'FILE', rowsRead: 7, locations: 3, byPostcode: 1, byName: 1, unknownArea: 1,
      previousAsOf: null, deregistered: 0, newlyRegistered: 3, replaced: false, warningCount: 1 });
    expect(Object.fromEntries(r.leftOut.map((l) => [l.reason, l.rows]))).toEqual({ NOT_ADULT_SOCIAL_CARE: 1, CHILDREN_ONLY: 1, DUPLICATE_LOCATION: 1, NO_LOCATION_ID: 1 });
    expect(r.warnings[0]).toMatchObject({ locationId: '1-103' });
    expect(r.warnings[0].message).toContain('Unknown area');
    const rows = await sql(t.db, `select location_id, name, address, postcode, service_types, cssr_code, area_source, main_service, latest_check::text
      from cqc_directory_location order by location_id`);
    expect(rows).toEqual([
      { location_id: '1-101', name: 'Oak House', address: 'Oak House, 1 "Old" Road,\nLeeds', postcode: 'LS1 2RP', service_types: ['Residential homes', 'Homecare agencies'],
        cssr_code: LEEDS, area_source: 'POSTCODE', main_service: 2, latest_check: '2024-01-09' },
      { location_id: '1-102', name: 'Elm Lodge', address: '1 High Street, Leeds', postcode: 'BD1 1AA', service_types: ['Nursing homes'],
        cssr_code: BRADFORD, area_source: 'NAME', main_service: 1, latest_check: '2024-01-09' },
      { location_id: '1-103', name: 'Ash Homecare', address: '1 High Street, Leeds', postcode: 'ZZ9 9ZZ', service_types: ['Homecare agencies'],
        cssr_code: null, area_source: 'NONE', main_service: 8, latest_check: '2024-01-09' },
    ]);
    const located = await sql(t.db, `select location_id, local_authority_code, local_authority_label, region_code, service_group_code from planning_location_fact order by 1`);
    expect(located).toEqual([
      { location_id: '1-101', local_authority_code: String(LEEDS), local_authority_label: 'Leeds', region_code: '9', service_group_code: 'ADULT_RESIDENTIAL' },
      { location_id: '1-102', local_authority_code: String(BRADFORD), local_authority_label: 'Bradford', region_code: '9', service_group_code: 'ADULT_RESIDENTIAL' },
      { location_id: '1-103', local_authority_code: 'UNKNOWN', local_authority_label: 'Unknown area', region_code: 'UNKNOWN', service_group_code: 'ADULT_DOMICILIARY' },
    ]);
    // coverage counts the unmatched location under "Unknown area"
    const coverage = await returnCoverage({ db: t.db, config: t.config, viewer: ADMIN }, { period: '2024-25', groupBy: [Dimension.LOCAL_AUTHORITY] });
    expect(coverage.map((r) => [r.group[0].code, r.group[0].label, r.locations, r.locationsWithReturn])).toEqual([
      [String(BRADFORD), 'Bradford', 1, 0], [String(LEEDS), 'Leeds', 1, 0], ['UNKNOWN', 'Unknown area', 1, 0]]);
  });

  it('a later snapshot deregisters the locations it lacks from its date; the earlier snapshot still answers for earlier dates', async () => {
    const april = [MARCH[0], { id: '1-106', name: 'Birch Court', postcode: 'LS1 2RP', types: 'Supported living', la: 'Leeds' }];
    const r = await importCqcDirectory(t.db, stream(directoryCsv(april, { date: null })), 'april.csv', { asOf: '2025-04-15' });
    expect(r).toMatchObject({ asOf: '2025-04-15', asOfSource: 'OPTION', locations: 2, previousAsOf: '2025-03-01', deregistered: 2, newlyRegistered: 1 });
    const at = async (d: string) => (await sql<{ location_id: string }>(t.db,
      `select location_id from cqc_directory_location where snapshot_id = cqc_snapshot_for($1) order by 1`, [d])).map((x) => x.location_id);
    expect(await at('2025-03-31')).toEqual(['1-101', '1-102', '1-103']);
    expect(await at('2025-05-01')).toEqual(['1-101', '1-106']);
    // before any snapshot: the earliest stands in
    expect(await at('2024-01-01')).toEqual(['1-101', '1-102', '1-103']);
  });

  it('re-importing a date replaces that snapshot; with no date line and no --as-of the snapshot is dated today', async () => {
    const r = await importCqcDirectory(t.db, stream(directoryCsv([MARCH[1]], { date: null })), 'again.csv', { asOf: '2025-04-15' });
    expect(r).toMatchObject({ replaced: true, locations: 1, deregistered: 2 });
    const today = await importCqcDirectory(t.db, stream(directoryCsv([MARCH[1]], { date: null })), 'today.csv', { today: '2026-11-29' });
    expect(today).toMatchObject({ asOf: '2026-11-29', asOfSource: 'TODAY' });
    expect(await sql(t.db, `select as_of::text, locations from cqc_directory_snapshot order by as_of`)).toEqual([
      { as_of: '2025-03-01', locations: 3 }, { as_of: '2025-04-15', locations: 1 }, { as_of: '2026-11-29', locations: 1 }]);
  });

  it('maps columns by name whatever their order, and reads the newer "CQC Location ID" spelling', async () => {
    const header = [...DIRECTORY_HEADER];
    header[13] = 'CQC Location ID (for office use only)';
    const r = await importCqcDirectory(t.db, stream(directoryCsv([MARCH[1]], { header, date: '2 June 2025' })), 'new-spelling.csv');
    expect(r).toMatchObject({ asOf: '2025-06-02', locations: 1 });
    const reordered = ['Postcode,Service types,CQC Location (for office use only),Local Authority,Name', 'LS1 2RP,Shared Lives,1-107,Leeds,"Shared, Lives"'].join('\n');
    const r2 = await importCqcDirectory(t.db, stream(reordered), 'reordered.csv', { asOf: '2025-06-03' });
    expect(r2).toMatchObject({ locations: 1, byPostcode: 1 });
    expect(await sql(t.db, `select name, main_service from cqc_directory_location l join cqc_directory_snapshot s on s.id = l.snapshot_id where s.as_of = '2025-06-03'`))
      .toEqual([{ name: 'Shared, Lives', main_service: 17 }]);
  });

  it('rejects a file without the header row, and a bad --as-of, with typed errors', async () => {
    await expect(importCqcDirectory(t.db, stream('Title\nName,Address\nA,B\n'), 'bad.csv')).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // a long file with no header row: given up after the title lines, naming the nearest row's missing columns
    const long = ['Name,Postcode,Service types', ...Array.from({ length: 500 }, (_, i) => `n${i},p,t`)].join('\n');
    await expect(importCqcDirectory(t.db, stream(long), 'long.csv')).rejects.toThrow('the nearest row lacks "Local Authority", "CQC Location (for office use only)"');
    await expect(importCqcDirectory(t.db, stream(directoryCsv([])), 'x.csv', { asOf: '2025-02-30' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('reads the dates CQC writes and reduces local authority names to what both spellings share', () => {
    expect(parseDirectoryDate('This data was produced on 16 September 2026')).toBe('2026-09-16');
    expect(parseDirectoryDate('09/Jan/2018 - 00:00')).toBe('2018-01-09');
    expect(parseDirectoryDate('31/03/2025')).toBe('2025-03-31');
    expect(parseDirectoryDate('CQC Locations data')).toBeNull();
    expect(nameKey('Bristol, City of')).toBe(nameKey('Bristol'));
    expect(nameKey('Telford and Wrekin')).toBe(nameKey('Telford & Wrekin'));
    expect(nameKey('County Durham')).toBe(nameKey('Durham'));
    expect(nameKey('Southend-on-Sea')).toBe(nameKey('Southend on Sea'));
  });
});
