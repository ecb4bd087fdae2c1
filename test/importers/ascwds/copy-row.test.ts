import { descriptorsFor, fieldDescriptors, toCopyRow } from '../../../importers/ascwds/copy-row';
import { emptyTrainingRecord } from '../../../importers/ascwds/training-record';
import { emptyWorkerRecord } from '../../../importers/ascwds/worker-record';
import { emptyWorkplaceRecord, type WorkplaceRecord } from '../../../importers/ascwds/workplace-record';
import { buildFile, validateText } from './support/row-builder';

describe('field descriptors and COPY rows', () => {
  test.each([
    ['workplace', emptyWorkplaceRecord(2)],
    ['worker', emptyWorkerRecord(2)],
    ['training', emptyTrainingRecord(2)],
  ] as const)('%s descriptors name every record field except kind, once each', (kind, empty) => {
    const names = descriptorsFor(kind).map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(Object.keys(empty).filter((k) => k !== 'kind').sort());
  });

  test('NI numbers only appear as a key field', () => {
    expect(fieldDescriptors.worker.filter((d) => /^ni|nino|insurance/i.test(d.name)).map((d) => [d.name, d.pg])).toEqual([['niKey', 'text'], ['niKeep', 'boolean']]);
  });

  test('values are rendered by their PostgreSQL type', async () => {
    const { records } = await validateText(buildFile('workplace', [{}]));
    const rec = records[0] as WorkplaceRecord;
    const row = toCopyRow(rec);
    const cell = (name: string) => row[fieldDescriptors.workplace.findIndex((d) => d.name === name)];
    expect(row).toHaveLength(fieldDescriptors.workplace.length);
    expect(cell('line')).toBe('2');
    expect(cell('cqcRegulated')).toBe('t');
    expect(cell('shareWithLa')).toBe('f');
    expect(cell('serviceCodes')).toBe('{1,8}');
    expect(cell('pensionContribution')).toBe('5.13');
    expect(cell('address2')).toBeNull();
    expect(JSON.parse(cell('starters')!)).toEqual([{ jobRole: 8, count: 3 }, { jobRole: 4, count: 0 }]);
    expect(JSON.parse(cell('services')!)[0]).toEqual({ service: 1, capacity: 30, utilisation: 28, description: null });
  });

  test('dates are ISO and qualifications are JSON', async () => {
    const { records } = await validateText(buildFile('worker', [{}]));
    const row = toCopyRow(records[0]);
    const cell = (name: string) => row[fieldDescriptors.worker.findIndex((d) => d.name === name)];
    expect(cell('dob')).toBe('1980-02-01');
    expect(cell('niKey')).toBe('hmac:C654321BA');
    expect(JSON.parse(cell('qualifications')!)).toEqual([{ code: 1, year: 2010, notes: 'NVQ' }]);
  });
});
