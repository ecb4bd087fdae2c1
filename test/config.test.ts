import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { ConfigInvalid } from '../src/errors';

const dataDir = () => mkdtempSync(join(tmpdir(), 'wfhub-config-'));

describe('configuration', () => {
  it('has documented defaults', () => {
    const warnings: string[] = [];
    const dir = dataDir();
    const c = loadConfig({ WFHUB_DATA_DIR: dir }, (m) => warnings.push(m));
    expect(c).toMatchObject({ databaseUrl: null, port: 4000, dataDir: dir, disclosure: { minStaffRecords: 10, minWorkplaces: 3 } });
    expect(c.limits.uploadBytes).toBe(200 * 1024 * 1024);
    expect(c.pseudonymKeySource).toBe('generated');
    expect(warnings[0]).toMatch(/WFHUB_PSEUDONYM_KEY is not set/);
  });

  it('persists a generated pseudonym key in the data folder and reuses it', () => {
    const dir = dataDir();
    const first = loadConfig({ WFHUB_DATA_DIR: dir }, () => undefined);
    const second = loadConfig({ WFHUB_DATA_DIR: dir }, () => undefined);
    expect(second.pseudonymKeySource).toBe('data-dir');
    expect(second.pseudonymKey.equals(first.pseudonymKey)).toBe(true);
    expect(readFileSync(join(dir, 'pseudonym.key'), 'utf8').trim()).toBe(first.pseudonymKey.toString());
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /must start with postgres:\/\//],
    [{ DATABASE_URL: 'postgres://u@h:5432' }, /names no database/],
    [{ DATABASE_URL: 'not a url' }, /is not a URL/],
    [{ WFHUB_PSEUDONYM_KEY: 'short' }, /at least 16 characters/],
    [{ WFHUB_MIN_STAFF_RECORDS: '0' }, /WFHUB_MIN_STAFF_RECORDS/],
  ])('rejects %j with a clear message', (env, message) => {
    expect(() => loadConfig({ WFHUB_DATA_DIR: dataDir(), ...env }, () => undefined)).toThrow(ConfigInvalid);
    expect(() => loadConfig({ WFHUB_DATA_DIR: dataDir(), ...env }, () => undefined)).toThrow(message);
  });
});
