import { importCommissioned } from '../../src/planning/commissioned-import';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { stream } from './support/directory-file';

describe('wfhub reference import commissioned', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await createTestDatabase(); });
  afterAll(() => t.drop());

  it('loads location_id,contract_ref or provider_key,contract_ref, replacing the list, and warns of what the hub does not know', async () => {
    const first = await importCommissioned(t.db, stream('location_id,contract_ref\n1-100000001,C-1\n1-100000002,C-2\n'), 'a.csv');
    expect(first).toEqual({ rows: 2, byLocation: 2, byProvider: 0, warnings: [
      { line: 2, message: 'location 1-100000001 is in no CQC directory snapshot' }, { line: 3, message: 'location 1-100000002 is in no CQC directory snapshot' }] });
    const second = await importCommissioned(t.db, stream('provider_key,contract_ref\nacme,C-9\n'), 'b.csv');
    expect(second).toMatchObject({ rows: 1, byLocation: 0, byProvider: 1 });
    expect(await sql(t.db, `select location_id, provider_key, contract_ref, source_file from commissioned_service`)).toEqual([
      { location_id: null, provider_key: 'acme', contract_ref: 'C-9', source_file: 'b.csv' }]);
  });

  it('rejects a bad header or bad lines, keeping the list held', async () => {
    const header = await importCommissioned(t.db, stream('id,ref\n1,2\n'), 'h.csv').catch((e) => e);
    expect(header).toMatchObject({ code: 'VALIDATION_FAILED' });
    const lines = await importCommissioned(t.db, stream('location_id,provider_key,contract_ref\nABC,,C-1\n,,C-2\n1-100000001,,\n'), 'l.csv').catch((e) => e);
    expect(lines.details.problems).toEqual([
      { line: 2, message: 'location_id "ABC" is not a CQC location ID such as 1-123456789' },
      { line: 3, message: 'neither location_id nor provider_key is given' },
      { line: 4, message: 'contract_ref is blank' }]);
    expect((await sql(t.db, `select count(*)::int as n from commissioned_service`))[0].n).toBe(1);
  });
});
