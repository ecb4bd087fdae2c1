import { join } from 'node:path';
import { crossFileMessages } from '../../../importers/ascwds/cross-file-messages';
import { fillMessage, message, messages, messagesOf } from '../../../importers/ascwds/message-catalogue';
import { readTable } from '../../../importers/ascwds/read-table';
import { ascwdsSpecDir } from '../../../src/paths';

describe('message catalogue', () => {
  test('loads every coded ASC-WDS message and the hub messages', () => {
    const csv = readTable(join(ascwdsSpecDir, 'bulk_upload_validation_messages.csv'));
    expect(csv).toHaveLength(265);
    const coded = csv.filter((r) => r.code !== '');
    expect(messages().filter((m) => m.source === 'ascwds')).toHaveLength(coded.length);
    expect(messages('any').map((m) => m.code)).toEqual(expect.arrayContaining([9000, 9001, 9002, 9010, 9011, 9020, 9021, 9022, 9023]));
    expect(messages().filter((m) => m.source === 'hub' && m.file === 'worker').map((m) => m.code)).toEqual([9050, 9050, 9055, 9055, 9060]);
  });

  test('hub codes do not collide with any ASC-WDS code', () => {
    const ascwds = new Set(messages().filter((m) => m.source === 'ascwds').map((m) => m.code));
    expect(messages().filter((m) => m.source === 'hub' && ascwds.has(m.code))).toEqual([]);
  });

  test('identifies a message by file, code, type and, where reused, a fragment of its text', () => {
    expect(message('worker', 1380, 'YEAROFENTRY_ERROR', 'in the future')).toMatchObject({ severity: 'error', column: 'YEAROFENTRY', message: 'YEAROFENTRY is in the future' });
    expect(message('workplace', 1010, 'LOCAL_ID_ERROR', 'longer').message).toBe('LOCALESTID is longer than 50 characters');
    expect(message('training', 1010, 'UNIQUE_WORKER_ID_ERROR', 'supplied').column).toBe('UNIQUEWORKERID');
    expect(() => message('worker', 1380, 'YEAROFENTRY_ERROR')).toThrow('matches 3 messages');
    expect(() => message('worker', 4242, 'NOPE')).toThrow('matches 0 messages');
  });

  test('keeps the CSV severities, quirks included', () => {
    const msg = messagesOf('worker');
    expect(msg(1240, 'DAYSSICK_ERROR').severity).toBe('warning');
    expect(msg(1360, 'SOCIALCARE_QUAL_ERROR', 'level you have entered').severity).toBe('warning');
    expect(message('training', 1080, 'WORKER_DOB_TRAINING_WARNING').severity).toBe('error');
    expect(message('workplace', 1130, 'SERVICE_USERS_ERROR', 'Entry for code <code>').severity).toBe('warning');
  });

  test('fills placeholders in order and leaves the rest', () => {
    const m = message('workplace', 1140, 'CAPACITY_UTILISATION_ERROR', 'unexpected capacity');
    expect(fillMessage(m, [2, 8])).toBe('Capacities (CAPACITY): position 2 is unexpected capacity (no expected capacity for given service: 8)');
    expect(fillMessage(m, [2])).toBe('Capacities (CAPACITY): position 2 is unexpected capacity (no expected capacity for given service: <x>)');
  });

  test('exports the cross-file messages the SQL phase reports', () => {
    const x = crossFileMessages();
    expect([x.workplace.duplicateLocalRef.code, x.workplace.duplicateLocalRef.column]).toEqual([998, 'LOCALESTID']);
    expect([x.workplace.postcodeUnknownUpdate.code, x.workplace.postcodeUnknownUpdate.severity]).toEqual([1060, 'warning']);
    expect(x.worker.noAssociatedWorkplace).toMatchObject({ code: 997, type: 'NO_ASSOCIATED_ESTABLISHMENT_ERROR', severity: 'error', message: 'LOCALESTID does not exist in Workplace file' });
    expect(x.worker.niOverFullTime).toMatchObject({ code: 5570, type: 'NI_WORKER_DUPLICATE_ERROR', severity: 'error' });
    expect(x.worker.fullTimeEquivalentPay).toMatchObject({ code: 1260, severity: 'warning' });
    expect(x.training.completedTooSoonAfterBirth).toMatchObject({ code: 1080, severity: 'error' });
    const all = [x.workplace, x.worker, x.training].flatMap((group) => Object.values(group));
    expect(all).toHaveLength(22 + 15 + 3);
    expect(new Set(all).size).toBe(all.length);
  });
});
