import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashToken } from '../../src/auth/token-secret';
import { projectRoot } from '../../src/paths';

const cli = join(projectRoot, 'dist', 'src', 'cli.js');

interface Hub {
  proc: ChildProcess;
  port: number;
  output: () => string;
}

/** `wfhub serve` with no DATABASE_URL, as a new user runs it; resolves once it prints its address. */
function startHub(dataDir: string): Promise<Hub> {
  const env: NodeJS.ProcessEnv = { ...process.env, WFHUB_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  const proc = spawn(process.execPath, [cli, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${out}`)), 45_000);
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /ready: http:\/\/localhost:(\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ proc, port: Number(m[1]), output: () => out });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${out}`));
    });
  });
}

/** An admin token, stored (as its hash) straight into the embedded database, as `wfhub token create` would. */
const TOKEN = 'wfh_embedded-server-test-token';

async function gql(port: number, query: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query }),
  });
  return res.json();
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL (no DATABASE_URL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wfhub-embedded-'));
  chmodSync(dataDir, 0o755); // postgres (not root) runs the cluster and must reach it
  const hubs: Hub[] = [];
  afterAll(() => {
    for (const h of hubs) if (h.proc.exitCode === null) h.proc.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves GraphQL from its own server, keeps data across restarts and survives kill -9', async () => {
    expect(existsSync(cli)).toBe(true); // npm test builds first
    const first = await startHub(dataDir);
    hubs.push(first);

    // write through the embedded server itself, as the importer will
    const pgDir = join(dataDir, 'pg');
    const pgPort = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
    const password = readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
    const client = new Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'wfhub' });
    await client.connect();
    await client.query(`insert into api_token (token_hash, role, name) values ($1, 'admin', 'embedded test')`, [hashToken(TOKEN)]);
    await client.query(`insert into provider (key, name) values ('kept', 'Survives restarts')`);
    await client.end();
    const roles = await gql(first.port, '{ jobRoles { code label group } }');
    expect(roles.data.jobRoles.length).toBeGreaterThan(30);

    const pgPid = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    first.proc.kill('SIGKILL');
    await new Promise((r) => first.proc.once('exit', r));
    expect(alive(pgPid)).toBe(true); // the orphaned server still holds the folder

    const second = await startHub(dataDir);
    hubs.push(second);
    expect(second.output()).toMatch(/stopping a server left running by an earlier hub/);
    const providers = await gql(second.port, '{ providers { key name } }');
    expect(providers.data.providers).toEqual([{ key: 'kept', name: 'Survives restarts' }]);

    const newPgPid = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    second.proc.kill('SIGTERM');
    const code = await new Promise((r) => second.proc.once('exit', r));
    expect(code).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(alive(newPgPid)).toBe(false); // a clean shutdown stops the database too
  }, 120_000);
});
