import { currentHeader } from '../../../importers/ascwds/file-layout';
import { submitReturn } from '../../../src/returns/submit-return';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { sql } from '../../support/fixtures';
import { careWorker, memoryFile, plainWorkplace, TODAY } from '../../returns/support/return-files';
import { buildFile, VALID } from './support/row-builder';

/** A CQC-registered care home (the row builder's valid workplace) under another reference and location. */
const cqcHome = (ref: string, location: string, extra: Record<string, string> = {}) =>
  ({ ...VALID.workplace, LOCALESTID: ref, LOCATIONID: location, ...extra });
/** Staff header with the optional CHGUNIQUEWRKID and TRANSFERSTAFFRECORD columns. */
const staffWithInserts = (() => { const h = currentHeader('worker'); return [...h.slice(0, 2), 'CHGUNIQUEWRKID', 'TRANSFERSTAFFRECORD', ...h.slice(2)]; })();

interface Spec { w: Record<string, string>[]; s: Record<string, string>[]; t?: Record<string, string>[]; staffHeader?: readonly string[] }

describe('cross-file checks (SQL over the staging tables and the stored returns): one case per rule', () => {
  let t: TestDatabase;
  const run = (provider: string, spec: Spec, dryRun = true) => submitReturn(t.db, t.config, {
    providerKey: provider, period: '2024-25', today: TODAY, dryRun,
    files: [
      memoryFile('workplace.csv', buildFile('workplace', spec.w)),
      memoryFile('staff.csv', buildFile('worker', spec.s, { header: spec.staffHeader })),
      ...(spec.t ? [memoryFile('training.csv', buildFile('training', spec.t))] : []),
    ],
  });
  /** The problems with `code`, as `file:line code type column severity`. */
  const found = async (code: number, provider: string, spec: Spec) =>
    (await run(provider, spec)).problems.filter((p) => p.code === code).map((p) => `${p.file}:${p.line} ${p.code} ${p.type} ${p.column} ${p.severity}`);

  beforeAll(async () => {
    t = await createTestDatabase();
    await sql(t.db, `insert into postcode values ('LS1 2RP', 316)`);
    // what the hub already knows of provider "known": a plain workplace with two staff, and a CQC home
    const known = await run('known', {
      w: [plainWorkplace('K', 2), cqcHome('CQC', '1-111111111', { TOTALPERMTEMP: '1' })],
      s: [careWorker('K', 'K1', { DAYSSICK: '3' }), careWorker('K', 'K2'), careWorker('CQC', 'M1', { MAINJOBROLE: '4' })],
    }, false);
    expect(known.outcome).toBe('ACCEPTED');
  });
  afterAll(() => t.drop());

  describe('workplace file', () => {
    test('998 a LOCALESTID repeated in the file (the second row)', async () => {
      expect(await found(998, 'p', { w: [plainWorkplace('A', 1), plainWorkplace('A', 1)], s: [careWorker('A', 'S1')] }))
        .toEqual(['workplace.csv:3 998 DUPLICATE_ERROR LOCALESTID error']);
    });

    test('998 a LOCATIONID repeated in the file', async () => {
      expect(await found(998, 'p', { w: [cqcHome('A', '1-222222222'), cqcHome('B', '1-222222222')], s: [] }))
        .toEqual(['workplace.csv:3 998 DUPLICATE_ERROR LOCATIONID error']);
    });

    test('1110 a LOCATIONID that is already another provider\'s workplace in the hub (the hub\'s wording)', async () => {
      const r = await run('other', { w: [cqcHome('X', '1-111111111')], s: [] });
      const p = r.problems.filter((x) => x.code === 1110);
      expect(p.map((x) => [x.line, x.column, x.value, x.severity])).toEqual([[2, 'LOCATIONID', '1-111111111', 'error']]);
      expect(p[0].message).toBe('LOCATIONID is already the CQC location of another workplace in the hub');
      // the same provider re-sending its own workplace is fine
      expect(await found(1110, 'known', { w: [cqcHome('CQC', '1-111111111', { STATUS: 'UPDATE', TOTALPERMTEMP: '1' })], s: [careWorker('CQC', 'M1', { STATUS: 'UPDATE', MAINJOBROLE: '4' })] })).toEqual([]);
    });

    test('1020 STATUS against what the hub knows: NEW known and UPDATE unknown are warnings; UNCHECKED, NOCHANGE and DELETE of unknown are errors', async () => {
      const r = await run('known', {
        w: [plainWorkplace('K', 2), plainWorkplace('NEW1', 1, { STATUS: 'UPDATE' }), plainWorkplace('U', 1, { STATUS: 'UNCHECKED' }),
          plainWorkplace('N', 1, { STATUS: 'NOCHANGE' }), plainWorkplace('D', 1, { STATUS: 'DELETE' })],
        s: [careWorker('K', 'K1', { STATUS: 'UPDATE' }), careWorker('K', 'K2', { STATUS: 'UPDATE' }), careWorker('NEW1', 'S1')],
      });
      expect(r.problems.filter((p) => p.code === 1020).map((p) => [p.line, p.value, p.severity, p.message])).toEqual([
        [2, 'NEW', 'warning', 'Workplace has a STATUS of NEW but already exists, please use one of the other statuses'],
        [3, 'UPDATE', 'warning', 'Workplace has a STATUS of UPDATE but does not exist, please change to NEW to add it'],
        [4, 'UNCHECKED', 'error', 'Workplace has a STATUS of UNCHECKED but does not exist, please change to NEW to add it'],
        [5, 'NOCHANGE', 'error', 'Workplace has a STATUS of NOCHANGE but does not exist, please change to NEW to add it'],
        [6, 'DELETE', 'error', 'Workplace has a STATUS of DELETE but does not exist'],
      ]);
    });

    test('1060 a postcode the hub does not know is a warning, and the workplace counts under "Unknown area"', async () => {
      const r = await run('p', { w: [plainWorkplace('A', 1, { POSTCODE: 'ZZ9 9ZZ' })], s: [careWorker('A', 'S1')] });
      expect(r.status).toBe('WARNINGS');
      expect(r.problems.filter((p) => p.code === 1060).map((p) => [p.line, p.column, p.value, p.severity, p.message])).toEqual([
        [2, 'POSTCODE', 'ZZ9 9ZZ', 'warning', 'The POSTCODE is not in the hub\'s postcode table: the workplace will count under "Unknown area" until the postcode is loaded'],
      ]);
    });

    test('2200 TOTALPERMTEMP against every staff record of the period, carried-forward ones included', async () => {
      expect(await found(2200, 'p', { w: [plainWorkplace('A', 3)], s: [careWorker('A', 'S1'), careWorker('A', 'S2')] }))
        .toEqual(['workplace.csv:2 2200 TOTAL_PERM_TEMP_WARNING TOTALPERMTEMP warning']);
      // K1 carried forward (UNCHECKED) + K2 updated = 2 = TOTALPERMTEMP: no warning (ASC-WDS would count 1)
      expect(await found(2200, 'known', { w: [plainWorkplace('K', 2, { STATUS: 'UPDATE' })], s: [careWorker('K', 'K1', { STATUS: 'UNCHECKED' }), careWorker('K', 'K2', { STATUS: 'UPDATE' })] }))
        .toEqual([]);
    });

    test('2310 / 2320 / 2300 starters above, leavers and vacancies at or above the staff total', async () => {
      const r = await run('p', {
        w: [plainWorkplace('A', 2, { ALLJOBROLES: '8', STARTERS: '3', LEAVERS: '2', VACANCIES: '2' })],
        s: [careWorker('A', 'S1'), careWorker('A', 'S2')],
      });
      expect(r.problems.filter((p) => [2300, 2310, 2320].includes(p.code)).map((p) => `${p.line} ${p.code} ${p.column} ${p.value} ${p.severity}`).sort())
        .toEqual(['2 2300 VACANCIES 2 warning', '2 2310 STARTERS 3 warning', '2 2320 LEAVERS 2 warning']);
      // within range: no warnings
      expect((await run('p', { w: [plainWorkplace('A', 2, { ALLJOBROLES: '8', STARTERS: '2', LEAVERS: '1', VACANCIES: '1' })], s: [careWorker('A', 'S1'), careWorker('A', 'S2')] }))
        .problems.filter((p) => [2300, 2310, 2320].includes(p.code))).toEqual([]);
    });

    test('2301 a CQC-registered workplace with no registered manager and no vacancy for one', async () => {
      expect(await found(2301, 'p', { w: [cqcHome('A', '1-333333333', { TOTALPERMTEMP: '1' })], s: [careWorker('A', 'S1')] }))
        .toEqual(['workplace.csv:2 2301 REGISTERED_MANAGER_VACANCY_WARNING VACANCIES warning']);
      expect(await found(2301, 'p', { w: [cqcHome('A', '1-333333333', { TOTALPERMTEMP: '1', VACANCIES: '1;1' })], s: [careWorker('A', 'S1')] })).toEqual([]);
      expect(await found(2301, 'p', { w: [cqcHome('A', '1-333333333', { TOTALPERMTEMP: '1' })], s: [careWorker('A', 'S1', { MAINJOBROLE: '4' })] })).toEqual([]);
    });
  });

  describe('staff file', () => {
    test('1040 STATUS against what the hub knows: NEW known and UPDATE unknown are warnings; UNCHECKED and DELETE of unknown are errors', async () => {
      const r = await run('known', {
        w: [plainWorkplace('K', 3, { STATUS: 'UPDATE' })],
        s: [careWorker('K', 'K1'), careWorker('K', 'Z1', { STATUS: 'UPDATE' }), careWorker('K', 'Z2', { STATUS: 'UNCHECKED' }), careWorker('K', 'Z3', { STATUS: 'DELETE' })],
      });
      expect(r.problems.filter((p) => p.code === 1040).map((p) => [p.line, p.value, p.severity])).toEqual([
        [2, 'NEW', 'warning'], [3, 'UPDATE', 'warning'], [4, 'UNCHECKED', 'error'], [5, 'DELETE', 'error'],
      ]);
    });

    test('5570 one NI number on several rows over 75 contracted hours in all (reported on the later rows)', async () => {
      const ni = { NINUMBER: 'JR975628C' };
      expect(await found(5570, 'p', { w: [plainWorkplace('A', 1), plainWorkplace('B', 1)], s: [careWorker('A', 'S1', { ...ni, CONTHOURS: '40' }), careWorker('B', 'S1', { ...ni, CONTHOURS: '40' })] }))
        .toEqual(['staff.csv:3 5570 NI_WORKER_DUPLICATE_ERROR NINUMBER error']);
      expect(await found(5570, 'p', { w: [plainWorkplace('A', 1), plainWorkplace('B', 1)], s: [careWorker('A', 'S1', { ...ni, CONTHOURS: '30' }), careWorker('B', 'S1', { ...ni, CONTHOURS: '30' })] }))
        .toEqual([]);
    });

    test('1280 a registered manager in a workplace that is not CQC-registered', async () => {
      expect(await found(1280, 'p', { w: [plainWorkplace('A', 1)], s: [careWorker('A', 'S1', { MAINJOBROLE: '4' })] }))
        .toEqual(['staff.csv:2 1280 MAIN_JOB_ROLE_ERROR MAINJOBROLE error']);
    });

    test('5662 / 5663 DHA ignored where the workplace\'s main service cannot, or the workplace answered No', async () => {
      expect(await found(5662, 'p', { w: [plainWorkplace('A', 1, { MAINSERVICE: '72', ALLSERVICES: '72', SERVICEUSERS: '' })], s: [careWorker('A', 'S1', { DHA: '1' })] }))
        .toEqual(['staff.csv:2 5662 DHA_WARNING DHA warning']);
      expect(await found(5663, 'p', { w: [plainWorkplace('A', 1, { DHA: '2' })], s: [careWorker('A', 'S1', { DHA: '1' })] }))
        .toEqual(['staff.csv:2 5663 DHA_WARNING DHA warning']);
    });

    test('1400–1403 TRANSFERSTAFFRECORD: unknown record, destination not in the file, reference taken there, two moves of one reference', async () => {
      const moves = (rows: Record<string, string>[]) => ({ w: [plainWorkplace('K', 2, { STATUS: 'UPDATE' }), plainWorkplace('K2', 1)], s: rows, staffHeader: staffWithInserts });
      expect(await found(1400, 'known', moves([careWorker('K', 'NOBODY', { STATUS: 'UPDATE', TRANSFERSTAFFRECORD: 'K2' })])))
        .toEqual(['staff.csv:2 1400 TRANSFERSTAFFRECORD_ERROR LOCALESTID error']);
      expect(await found(1401, 'known', moves([careWorker('K', 'K1', { STATUS: 'UPDATE', TRANSFERSTAFFRECORD: 'NOWHERE' })])))
        .toEqual(['staff.csv:2 1401 TRANSFERSTAFFRECORD_ERROR TRANSFERSTAFFRECORD error']);
      // moved onto a reference that a row of the destination also uses: a duplicate, not a failure at write time
      const onto = moves([careWorker('CQC', 'M1', { STATUS: 'UPDATE', MAINJOBROLE: '4', TRANSFERSTAFFRECORD: 'K' }), careWorker('K', 'M1', { STATUS: 'NEW' })]);
      expect(await found(998, 'known', onto)).toEqual(['staff.csv:3 998 DUPLICATE_ERROR UNIQUEWORKERID or CHGUNIQUEWRKID error']);
      expect((await run('known', onto, false)).outcome).toBe('REJECTED');
      expect(await found(1402, 'known', moves([careWorker('CQC', 'K1', { STATUS: 'UPDATE', TRANSFERSTAFFRECORD: 'K' })])))
        .toEqual(['staff.csv:2 1402 TRANSFERSTAFFRECORD_ERROR UNIQUEWORKERID error']);
      expect(await found(1403, 'known', moves([careWorker('K', 'K1', { STATUS: 'UPDATE', TRANSFERSTAFFRECORD: 'K2' }), careWorker('CQC', 'K1', { STATUS: 'UPDATE', TRANSFERSTAFFRECORD: 'K2' })])))
        .toEqual(['staff.csv:3 1403 TRANSFERSTAFFRECORD_ERROR UNIQUEWORKERID error']);
    });

    test('998 a CHGUNIQUEWRKID onto another stored record\'s reference is refused before it could merge two records', async () => {
      const r = await run('known', { w: [plainWorkplace('K', 1, { STATUS: 'UPDATE' })], s: [careWorker('K', 'K1', { STATUS: 'UPDATE', CHGUNIQUEWRKID: 'K2' })], staffHeader: staffWithInserts }, false);
      expect(r.outcome).toBe('REJECTED');
      expect(r.problems.filter((p) => p.code === 998).map((p) => [p.line, p.column, p.value, p.severity, p.message])).toEqual([
        [2, 'CHGUNIQUEWRKID', 'K2', 'error', 'CHGUNIQUEWRKID is already the reference of another staff record of this workplace in the hub; choose an unused reference'],
      ]);
      expect(await found(998, 'known', { w: [plainWorkplace('K', 2, { STATUS: 'UPDATE' })], s: [careWorker('K', 'K1', { STATUS: 'UPDATE', CHGUNIQUEWRKID: 'K5' }), careWorker('K', 'K2', { STATUS: 'UPDATE' })], staffHeader: staffWithInserts }))
        .toEqual([]);
    });

    test('TRANSFERSTAFFRECORD on a row that is not UPDATE is ignored (as ASC-WDS): the new record stays where its row puts it', async () => {
      const r = await run('movers', { w: [plainWorkplace('A', 1)], s: [careWorker('A', 'N1', { TRANSFERSTAFFRECORD: 'NOWHERE' })], staffHeader: staffWithInserts }, false);
      expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(r).toMatchObject({ outcome: 'ACCEPTED', counts: { staffRecords: 1 } });
      expect(await sql(t.db, `select w.local_ref, wk.worker_ref from worker wk join workplace w on w.id = wk.workplace_id join provider p on p.id = w.provider_id where p.key = 'movers'`))
        .toEqual([{ local_ref: 'A', worker_ref: 'N1' }]);
    });

    test('1260 a part-timer\'s annual pay equal to a full-timer\'s in the same role (an FTE figure by mistake) is a warning', async () => {
      const salaried = (ref: string, hours: string) => careWorker('A', ref, { SALARYINT: '1', SALARY: '24000', HOURLYRATE: '', CONTHOURS: hours });
      expect(await found(1260, 'p', { w: [plainWorkplace('A', 2)], s: [salaried('FT', '37.5'), salaried('PT', '20')] }))
        .toEqual(['staff.csv:3 1260 SALARY_ERROR SALARY warning']);
    });

    test('3240 DAYSSICK unchanged from the stored record on UPDATE', async () => {
      expect(await found(3240, 'known', { w: [plainWorkplace('K', 2, { STATUS: 'UPDATE' })], s: [careWorker('K', 'K1', { STATUS: 'UPDATE', DAYSSICK: '3' }), careWorker('K', 'K2', { STATUS: 'UPDATE', DAYSSICK: '9' })] }))
        .toEqual(['staff.csv:2 3240 DAYSICK_WARNING DAYSSICK warning']);
    });
  });

  describe('training file', () => {
    test('997 a workplace not in the workplace file; 996 a staff record not in the staff file', async () => {
      const spec = { w: [plainWorkplace('A', 1)], s: [careWorker('A', 'S1')], t: [{ LOCALESTID: 'B', UNIQUEWORKERID: 'S1' }, { LOCALESTID: 'A', UNIQUEWORKERID: 'S9' }] };
      const r = await run('p', spec);
      expect(r.problems.filter((p) => p.file === 'training.csv').map((p) => `${p.line} ${p.code} ${p.type} ${p.column} ${p.severity}`)).toEqual([
        '2 997 NO_ASSOCIATED_ESTABLISHMENT_ERROR LOCALESTID error', '3 996 NO_ASSOCIATED_WORKER_ERROR UNIQUEWORKERID error',
      ]);
    });

    test('1080 training completed before the worker was 14 blocks the upload (a "warning" ASC-WDS sends as an error)', async () => {
      expect(await found(1080, 'p', { w: [plainWorkplace('A', 1)], s: [careWorker('A', 'S1', { DOB: '01/02/2010', STARTDATE: '', STARTINSECT: '', QUALACH01: '', QUALACH01NOTES: '' })], t: [{ LOCALESTID: 'A', UNIQUEWORKERID: 'S1', DATECOMPLETED: '01/06/2023' }] }))
        .toEqual(['training.csv:2 1080 WORKER_DOB_TRAINING_WARNING DATECOMPLETED error']);
    });
  });
});
