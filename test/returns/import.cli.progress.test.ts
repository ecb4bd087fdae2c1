import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { CLI } from './support/cli-process';
import { writeLargeReturn } from './support/large-return';

jest.setTimeout(90_000);

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a command under a pseudo-terminal (util-linux `script`), so the CLI sees a TTY; returns everything it drew. */
function onTerminal(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe('wfhub import on a terminal', () => {
  let t: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'wfhub-tty-'));
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('draws a progress bar with rows/s on standard error while importing, then prints the report', async () => {
    const big = await writeLargeReturn(dir, { workplaces: 40, staffPerWorkplace: 500 });
    const r = await onTerminal([process.execPath, CLI, 'import', '--provider', 'ttyco', '--period', '2024-25', big.workplaceFile, big.staffFile].map(quote).join(' '),
      { ...process.env, DATABASE_URL: t.config.databaseUrl!, WFHUB_PSEUDONYM_KEY: t.config.pseudonymKey.toString('utf8'), WFHUB_DATA_DIR: t.config.dataDir });
    expect(r.code).toBe(0);
    expect(r.output).toMatch(/importing large-staff\.csv \|.*\| \d+% \d+ rows, \d+ rows\/s/);
    expect(r.output).toMatch(/Accepted as ttyco's current return for 2024-25/);
  });
});
