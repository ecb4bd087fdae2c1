import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/paths';
import type { TestDatabase } from '../../support/database';

/** The built CLI (`npm test` builds it before jest runs). */
export const CLI = join(projectRoot, 'dist', 'src', 'cli.js');

export interface CliRun {
  child: ChildProcess;
  /** Resolves when the process has exited, with what it wrote and its peak resident memory (VmHWM, bytes). */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; peakRss: number; seconds: number }>;
}

/** Peak resident set size of a live process so far, from /proc (Linux); 0 once it has gone. */
export function peakRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `wfhub <args>` as a child process against a test database, sampling its peak memory until it exits. */
export function runCli(t: TestDatabase, args: string[], opts: { nodeArgs?: string[]; env?: Record<string, string> } = {}): CliRun {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), CLI, ...args], {
    env: { ...process.env, DATABASE_URL: t.config.databaseUrl!, WFHUB_PSEUDONYM_KEY: t.config.pseudonymKey.toString('utf8'), WFHUB_DATA_DIR: t.config.dataDir, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peak = 0;
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const sampler = setInterval(() => (peak = Math.max(peak, peakRss(child.pid!))), 25);
  const done = new Promise<Awaited<CliRun['done']>>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // the streams may still hold output after 'exit'
      child.on('close', () => resolve({ code, signal, stdout, stderr, peakRss: peak, seconds }));
    });
  });
  return { child, done };
}
