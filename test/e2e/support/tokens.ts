import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../../src/paths';

const CLI = join(projectRoot, 'dist', 'src', 'cli.js');

/** True when the built CLI has `wfhub token` (access control); before that the hub answers without a token. */
export function tokensAvailable(): boolean {
  const help = spawnSync(process.execPath, [CLI, 'token', 'create', '--help'], { encoding: 'utf8' });
  return help.status === 0 && help.stdout.includes('--role');
}

/** A bearer token made by the real `wfhub token create` against the test's database. */
export function createToken(env: Record<string, string>, role: string, provider?: string): string {
  const out = execFileSync(process.execPath, [CLI, 'token', 'create', '--role', role, ...(provider ? ['--provider', provider] : [])],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, WFHUB_LOG_LEVEL: 'silent' } });
  const token = /\b(wfh_[A-Za-z0-9_-]+)/.exec(out)?.[1];
  if (!token) throw new Error(`no token in the output of wfhub token create: ${out}`);
  return token;
}
