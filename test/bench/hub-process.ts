import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The compiled hub CLI (npm run bench builds it first). */
export const HUB_CLI = resolve(__dirname, '../../src/cli.js');
const GNU_TIME = '/usr/bin/time';

export interface HubRun {
  code: number;
  ms: number;
  /** Peak resident set of the hub process in MB (GNU time's maximum RSS, else VmHWM polled from /proc). */
  peakRssMb: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a hub process on the bench database (a pseudonym key of its own, no data folder of the user's). */
export function hubEnv(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, WFHUB_PSEUDONYM_KEY: 'bench-pseudonym-key-0123456789', WFHUB_LOG_LEVEL: 'silent', ...extra };
}

function vmHwmKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Run `wfhub <args>` as a child process and time it from spawn to exit. */
export function runHub(args: string[], env: NodeJS.ProcessEnv): Promise<HubRun> {
  const timeDir = mkdtempSync(join(tmpdir(), 'wfhub-bench-'));
  const timeFile = join(timeDir, 'rss');
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, process.execPath, HUB_CLI, ...args]] : [process.execPath, [HUB_CLI, ...args]];
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    let polledKb = 0;
    const poll = useTime ? null : setInterval(() => { polledKb = Math.max(polledKb, vmHwmKb(child.pid!) ?? 0); }, 20);
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (poll) clearInterval(poll);
      let kb: number | null = polledKb || null;
      if (useTime) {
        const m = existsSync(timeFile) ? /(\d+)\s*$/.exec(readFileSync(timeFile, 'utf8')) : null;
        kb = m ? Number(m[1]) : null;
      }
      rmSync(timeDir, { recursive: true, force: true });
      done({ code: code ?? -1, ms, peakRssMb: kb === null ? null : kb / 1024, stdout, stderr });
    });
  });
}
