import type { TrainingRecord } from '../../../importers/ascwds/training-record';
import { buildFile, checkRow, codesOn, validateText } from './support/row-builder';

const long = (n: number) => 'x'.repeat(n);

const cases: [string, Record<string, string>, string[], Partial<TrainingRecord>?][] = [
  ['a valid row, expiry computed from VALIDITY', {}, [], { category: 1, accredited: 1, deliveredBy: 2, provider: 1, howDelivered: 1, validityMonths: 12, doesNotExpire: false, completedOn: '2024-06-01', expiryDate: null, expiresOn: '2025-05-31' }],
  ['LOCALESTID blank', { LOCALESTID: '' }, ['1000 LOCALESTID_ERROR LOCALESTID']],
  ['LOCALESTID of 51 characters', { LOCALESTID: long(51) }, ['1000 LOCALESTID_ERROR LOCALESTID']],
  ['LOCALESTID of 50 characters is accepted', { LOCALESTID: long(50) }, []],
  ['UNIQUEWORKERID blank', { UNIQUEWORKERID: '' }, ['1010 UNIQUE_WORKER_ID_ERROR UNIQUEWORKERID']],
  ['UNIQUEWORKERID of 51 characters', { UNIQUEWORKERID: long(51) }, ['1010 UNIQUE_WORKER_ID_ERROR UNIQUEWORKERID']],
  ['CATEGORY blank', { CATEGORY: '' }, ['1050 CATEGORY_ERROR CATEGORY']],
  ['CATEGORY unused code', { CATEGORY: '3' }, ['1050 CATEGORY_ERROR CATEGORY'], { category: null }],
  ['TRAININGNAME too long', { TRAININGNAME: long(121) }, ['1040 TRAININGNAME_ERROR TRAININGNAME']],
  ['ACCREDITED unknown', { ACCREDITED: '2' }, ['1060 ACCREDITED_ERROR ACCREDITED']],
  ['WHODELIVERED unknown', { WHODELIVERED: '3', PROVIDERNAME: '' }, ['1080 WHODELIVERED_ERROR WHODELIVERED']],
  ['PROVIDERNAME for in-house training is ignored', { WHODELIVERED: '1' }, ['2090 PROVIDERNAME_WARNING WHODELIVERED/PROVIDERNAME'], { provider: null, deliveredBy: 1 }],
  ['PROVIDERNAME unknown', { PROVIDERNAME: '500' }, ['1090 PROVIDERNAME_ERROR PROVIDERNAME']],
  ['PROVIDERNAME 999 (other)', { PROVIDERNAME: '999' }, [], { provider: 999 }],
  ['HOWDELIVERED unknown', { HOWDELIVERED: '3' }, ['1100 HOWDELIVERED_ERROR HOWDELIVERED']],
  ['VALIDITY text', { VALIDITY: 'forever' }, ['1110 VALIDITY_ERROR VALIDITY'], { validityMonths: null, expiresOn: null }],
  ['VALIDITY 0', { VALIDITY: '0' }, ['1110 VALIDITY_ERROR VALIDITY']],
  ['VALIDITY 1000', { VALIDITY: '1000' }, ['1110 VALIDITY_ERROR VALIDITY']],
  ['VALIDITY none', { VALIDITY: 'None' }, [], { doesNotExpire: true, validityMonths: null, expiresOn: null }],
  ['DATECOMPLETED not strict dd/mm/yyyy', { DATECOMPLETED: '1/6/2024' }, ['1020 DATE_COMPLETED_ERROR DATECOMPLETED'], { completedOn: null, expiresOn: null }],
  ['DATECOMPLETED not a real date', { DATECOMPLETED: '31/02/2024' }, ['1020 DATE_COMPLETED_ERROR DATECOMPLETED']],
  ['DATECOMPLETED in the future', { DATECOMPLETED: '01/07/2025' }, ['1020 DATE_COMPLETED_ERROR DATECOMPLETED']],
  ['EXPIRYDATE malformed', { VALIDITY: '', EXPIRYDATE: '2025-06-01' }, ['1030 EXPIRY_DATE_ERROR EXPIRYDATE']],
  ['EXPIRYDATE on the completion day', { VALIDITY: '', EXPIRYDATE: '01/06/2024' }, ['1030 EXPIRY_DATE_ERROR EXPIRYDATE/DATECOMPLETED'], { expiryDate: null }],
  ['EXPIRYDATE given and matching VALIDITY', { EXPIRYDATE: '31/05/2025' }, [], { expiryDate: '2025-05-31', expiresOn: '2025-05-31' }],
  ['EXPIRYDATE not matching VALIDITY', { EXPIRYDATE: '01/06/2025' }, ['2110 VALIDITY_WARNING EXPIRYDATE/VALIDITY'], { expiresOn: '2025-06-01' }],
  ['VALIDITY none with an EXPIRYDATE', { VALIDITY: 'none', EXPIRYDATE: '01/06/2025' }, ['2110 VALIDITY_WARNING EXPIRYDATE/VALIDITY']],
  ['NOTES too long', { NOTES: long(1001) }, ['1070 NOTES_ERROR NOTES'], { notes: null }],
];

describe('training rows', () => {
  test.each(cases.map(([n, o, e, r]) => [n, o, e, r ?? null] as const))('%s', async (_name, overrides, expected, record) => {
    const { codes, record: rec } = await checkRow<TrainingRecord>('training', overrides);
    expect(codes).toEqual(expected);
    if (record) expect(rec).toMatchObject(record);
  });

  test('the two 2110 texts are told apart', async () => {
    const none = await checkRow('training', { VALIDITY: 'none', EXPIRYDATE: '01/06/2025' });
    const months = await checkRow('training', { EXPIRYDATE: '01/06/2025' });
    expect(none.problems[0].message).toBe('The VALIDITY you have entered does not match the EXPIRYDATE');
    expect(months.problems[0].message).toBe('The EXPIRYDATE you have entered does not match the VALIDITY');
  });

  test('every problem on a training row is reported, not only the first', async () => {
    const v = await validateText(buildFile('training', [{ LOCALESTID: long(51), UNIQUEWORKERID: '', CATEGORY: '', WHODELIVERED: '9', PROVIDERNAME: '', DATECOMPLETED: 'x', EXPIRYDATE: 'y', VALIDITY: '' }]));
    expect(codesOn(v.problems)).toEqual([
      '1000 LOCALESTID_ERROR LOCALESTID', '1010 UNIQUE_WORKER_ID_ERROR UNIQUEWORKERID', '1050 CATEGORY_ERROR CATEGORY',
      '1080 WHODELIVERED_ERROR WHODELIVERED', '1020 DATE_COMPLETED_ERROR DATECOMPLETED', '1030 EXPIRY_DATE_ERROR EXPIRYDATE',
    ]);
    expect(v.problems.every((p) => p.workerRef === undefined && p.localRef === long(51))).toBe(true);
  });
});
