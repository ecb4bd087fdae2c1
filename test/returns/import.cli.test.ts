import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { buildFile } from '../importers/ascwds/support/row-builder';
import { careWorker, plainWorkplace } from './support/return-files';

const cli = join(projectRoot, 'dist', 'src', 'cli.js');

describe('wfhub import (CLI door)', () => {
  let t: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-cli-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, 'import', ...args], {
      env: { ...process.env, DATABASE_URL: t.config.databaseUrl!, WFHUB_PSEUDONYM_KEY: 'cli-test-key-0123456789', WFHUB_DATA_DIR: dir },
      encoding: 'utf8',
    });

  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  let goodFiles: string[] | null = null;
  const good = () =>
    (goodFiles ??= [write('w.csv', buildFile('workplace', [plainWorkplace('A', 1)])), write('s.csv', buildFile('worker', [careWorker('A', 'S1')]))]);

  it('imports a good return: exit 0, says the provider is new, prints the report', () => {
    const r = run('--provider', 'clico', '--period', '2024-25', '--name', 'Cli Co', ...good());
    expect(r.stderr).toContain('New provider "clico" created.');
    expect(r.stdout).toMatch(/Bulk upload validation: (PASSED|WARNINGS)/);
    expect(r.stdout).toMatch(/Accepted as clico's current return for 2024-25/);
    expect(r.status).toBe(0);
  });

  it('--json prints the JSON report on stdout, and a repeat is "already received"', () => {
    const r = run('--provider', 'clico', '--period', '2024-25', '--json', ...good());
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ outcome: 'ALREADY_RECEIVED', accepted: true, period: '2024-25' });
    expect(r.status).toBe(0);
  });

  it('a broken return exits 1 and writes nothing; --dry-run writes nothing either', async () => {
    const before = await sql(t.db, `select count(*)::int as n from staff_record`);
    const broken = run('--provider', 'clico', '--period', '2024-25', write('w2.csv', buildFile('workplace', [plainWorkplace('A', 1, { MAINSERVICE: '999' })])), write('s2.csv', buildFile('worker', [careWorker('A', 'S1', { EMPLSTATUS: '9' })])));
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/FAILED/);
    expect(broken.stdout).toMatch(/1220 CONTRACT_TYPE_ERROR/);
    const dry = run('--provider', 'clico', '--period', '2025-26', '--dry-run', ...good());
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/Dry run: validated only/);
    expect(await sql(t.db, `select count(*)::int as n from staff_record`)).toEqual(before);
  });

  it('usage errors exit 2', () => {
    expect(run('--period', '2024-25', ...good()).status).toBe(2);
    expect(run('--provider', 'x', '--period', '2024', ...good()).status).toBe(2);
    expect(run('--provider', 'x', '--period', '2024-25', join(dir, 'missing.csv')).status).toBe(2);
  });
});
