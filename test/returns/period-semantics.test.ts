import { submitReturn } from '../../src/returns/submit-return';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { careWorker, plainWorkplace, returnFiles, TODAY, type ReturnSpec } from './support/return-files';

/** What a return means for the records it holds, leaves out, replaces and carries forward (issue 3, "Semantics of a return"). */
describe('the semantics of a return', () => {
  let t: TestDatabase;
  const submit = (period: string, spec: ReturnSpec) => submitReturn(t.db, t.config, { providerKey: 'semco', period, today: TODAY, files: returnFiles(spec) });
  /** The current return's staff of a period: reference, source, qualifications and training categories. */
  const staff = (period: string) => sql<{ ref: string; source: string; quals: string | null; training: string | null; hours: number | null }>(t.db,
    `select sr.unique_worker_ref as ref, sr.source, sr.contracted_hours::float as hours,
       (select string_agg(q.qualification || ':' || coalesce(q.year::text, '-'), ',' order by q.qualification) from qualification_achieved q where q.staff_record_id = sr.id) as quals,
       (select string_agg(tr.category::text, ',' order by tr.category) from training_record tr where tr.staff_record_id = sr.id) as training
     from staff_record sr join "return" r on r.id = sr.return_id where r.state = 'CURRENT' and r.period = $1 order by 1`, [period]);
  const workplaces = (period: string) => sql<{ ref: string; source: string }>(t.db,
    `select w.local_ref as ref, wp.source from workplace_period wp join workplace w on w.id = wp.workplace_id join "return" r on r.id = wp.return_id
     where r.state = 'CURRENT' and r.period = $1 order by 1`, [period]);

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
    const first = await submit('2023-24', {
      workplaces: [plainWorkplace('A', 2), plainWorkplace('B', 1), plainWorkplace('C', 1)],
      workers: [
        careWorker('A', 'S1', { QUALACH01: '1;2010', QUALACH02: '2;2012', QUALACH02NOTES: '' }),
        careWorker('A', 'S2', { CONTHOURS: '25' }),
        careWorker('B', 'S3'),
        careWorker('C', 'S4'),
      ],
      training: [
        { LOCALESTID: 'A', UNIQUEWORKERID: 'S1', CATEGORY: '1' }, { LOCALESTID: 'A', UNIQUEWORKERID: 'S1', CATEGORY: '2' },
        { LOCALESTID: 'A', UNIQUEWORKERID: 'S2', CATEGORY: '5' },
      ],
    });
    expect(first.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(first).toMatchObject({ outcome: 'ACCEPTED', counts: { workplaces: 3, staffRecords: 4, trainingRecords: 3 } });
  });
  afterAll(() => t.drop());

  it('next period: training rows replace a worker\'s training, QUALACHnn is the complete set, NOCHANGE carries a record forward, and what is left out is listed', async () => {
    const report = await submit('2024-25', {
      workplaces: [plainWorkplace('A', 2, { STATUS: 'UPDATE' }), plainWorkplace('B', 1, { STATUS: 'DELETE' })],
      workers: [
        // S1: one qualification now (the other is gone), and new training that replaces both earlier courses
        careWorker('A', 'S1', { STATUS: 'UPDATE', QUALACH01: '2;2012', QUALACH01NOTES: '' }),
        // S2: nothing changed: its facts, qualifications and training come forward
        careWorker('A', 'S2', { STATUS: 'NOCHANGE', CONTHOURS: '' }),
      ],
      training: [{ LOCALESTID: 'A', UNIQUEWORKERID: 'S1', CATEGORY: '6' }],
    });
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report).toMatchObject({ outcome: 'ACCEPTED', counts: { workplaces: 1, staffRecords: 2, trainingRecords: 2 } });
    expect(report.notInPeriod).toEqual({
      workplaces: [{ localRef: 'B', reason: 'DELETE' }, { localRef: 'C', reason: 'not in the workplace file' }],
      staff: [],
    });
    expect(await workplaces('2024-25')).toEqual([{ ref: 'A', source: 'UPDATE' }]);
    expect(await staff('2024-25')).toEqual([
      { ref: 'S1', source: 'UPDATE', hours: 37.5, quals: '2:2012', training: '6' },
      { ref: 'S2', source: 'CARRIED', hours: 25, quals: '1:2010', training: '5' },
    ]);
    // the earlier period is untouched
    expect(await staff('2023-24')).toEqual([
      { ref: 'S1', source: 'NEW', hours: 37.5, quals: '1:2010,2:2012', training: '1,2' },
      { ref: 'S2', source: 'NEW', hours: 25, quals: '1:2010', training: '5' },
      { ref: 'S3', source: 'NEW', hours: 37.5, quals: '1:2010', training: null },
      { ref: 'S4', source: 'NEW', hours: 37.5, quals: '1:2010', training: null },
    ]);
  });
});
