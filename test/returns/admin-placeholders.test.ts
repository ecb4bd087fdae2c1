import { submitReturn } from '../../src/returns/submit-return';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { careWorker, plainWorkplace, returnFiles, TODAY } from './support/return-files';

describe('"Admin" in NINUMBER and DOB (ASC-WDS sanitised downloads) keeps the stored values', () => {
  let t: TestDatabase;
  const submit = (workers: Record<string, string>[], status = 'UPDATE') => submitReturn(t.db, t.config, {
    providerKey: 'adminco', period: '2024-25', today: TODAY,
    files: returnFiles({ workplaces: [plainWorkplace('A', workers.length, { STATUS: status })], workers }),
  });
  const stored = () => sql<{ ref: string; dob: string | null; ni_key: string | null; hours: number }>(t.db,
    `select sr.unique_worker_ref as ref, to_char(sr.date_of_birth, 'YYYY-MM-DD') as dob, w.ni_key, sr.contracted_hours::float as hours
     from staff_record sr join worker w on w.id = sr.worker_id join "return" r on r.id = sr.return_id
     where r.state = 'CURRENT' order by 1`);

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
  });
  afterAll(() => t.drop());

  it('an UPDATE with Admin placeholders keeps the earlier DOB and NI key, and takes the row\'s other values', async () => {
    const first = await submit([careWorker('A', 'S1', { NINUMBER: 'AB123456C', DOB: '14/03/1975' }), careWorker('A', 'S2', { NINUMBER: 'CD654321A', DOB: '02/09/1990' })], 'NEW');
    expect(first.outcome).toBe('ACCEPTED');
    const before = await stored();
    expect(before.map((r) => r.dob)).toEqual(['1975-03-14', '1990-09-02']);
    expect(before.every((r) => /^[0-9a-f]{64}$/.test(r.ni_key!))).toBe(true);

    const second = await submit([
      careWorker('A', 'S1', { STATUS: 'UPDATE', NINUMBER: 'Admin', DOB: 'Admin', CONTHOURS: '20' }),
      careWorker('A', 'S2', { STATUS: 'UPDATE', NINUMBER: 'admin', DOB: 'ADMIN', DAYSSICK: '1' }),
    ]);
    expect(second.problems.filter((p) => p.column === 'NINUMBER' || p.column === 'DOB')).toEqual([]);
    expect(second).toMatchObject({ outcome: 'ACCEPTED', supersedesReturnId: first.returnId });
    expect(await stored()).toEqual([
      { ref: 'S1', dob: '1975-03-14', ni_key: before[0].ni_key, hours: 20 },
      { ref: 'S2', dob: '1990-09-02', ni_key: before[1].ni_key, hours: 37.5 },
    ]);
  });

  it('a real value replaces the stored one', async () => {
    const before = await stored();
    const third = await submit([
      careWorker('A', 'S1', { STATUS: 'UPDATE', NINUMBER: 'EF111111B', DOB: '15/03/1975', DAYSSICK: '5' }),
      careWorker('A', 'S2', { STATUS: 'UPDATE', NINUMBER: 'Admin', DOB: 'Admin', DAYSSICK: '6' }),
    ]);
    expect(third.outcome).toBe('ACCEPTED');
    const after = await stored();
    expect(after[0].dob).toBe('1975-03-15');
    expect(after[0].ni_key).not.toBe(before[0].ni_key);
    expect(after[1]).toEqual({ ...before[1], hours: 37.5 });
  });
});
