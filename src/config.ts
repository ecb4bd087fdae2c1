import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigInvalid } from './errors';

/** Everything the hub reads from its environment, read once (loadConfig) and passed down; never read process.env elsewhere. */
export interface HubConfig {
  /** A real PostgreSQL server; when absent the hub runs its own embedded server under dataDir. */
  databaseUrl: string | null;
  port: number;
  host: string;
  dataDir: string;
  /** Secret for the keyed HMAC that turns NI numbers into pseudonymous keys. */
  pseudonymKey: Buffer;
  pseudonymKeySource: 'env' | 'data-dir' | 'generated';
  disclosure: { minStaffRecords: number; minWorkplaces: number };
  limits: {
    uploadBytes: number;
    bodyBytes: number;
    maxPageSize: number;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    statementTimeoutMs: number;
    rateLimitPerMinute: number;
  };
  logLevel: 'silent' | 'info' | 'debug';
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigInvalid(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`, { variable: name });
  }
  return n;
}

function databaseUrl(env: Env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigInvalid(`DATABASE_URL is not a URL: expected postgres://user@host:port/database`, { variable: 'DATABASE_URL' });
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigInvalid(`DATABASE_URL must start with postgres:// or postgresql://; got ${url.protocol}//`, { variable: 'DATABASE_URL' });
  }
  if (url.pathname.length <= 1) {
    throw new ConfigInvalid('DATABASE_URL names no database (e.g. postgres://root@127.0.0.1:5432/wfhub)', { variable: 'DATABASE_URL' });
  }
  return raw;
}

/** The key from WFHUB_PSEUDONYM_KEY, else the one persisted in the data folder, else a new one written there (with a warning). */
function pseudonymKey(env: Env, dataDir: string, warn: (m: string) => void): Pick<HubConfig, 'pseudonymKey' | 'pseudonymKeySource'> {
  const raw = env.WFHUB_PSEUDONYM_KEY;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 16) throw new ConfigInvalid('WFHUB_PSEUDONYM_KEY must be at least 16 characters', { variable: 'WFHUB_PSEUDONYM_KEY' });
    return { pseudonymKey: Buffer.from(raw, 'utf8'), pseudonymKeySource: 'env' };
  }
  const file = join(dataDir, 'pseudonym.key');
  if (existsSync(file)) {
    return { pseudonymKey: Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8'), pseudonymKeySource: 'data-dir' };
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, key + '\n', { mode: 0o600 });
  warn(`WFHUB_PSEUDONYM_KEY is not set: generated one and saved it in ${file}. Back it up: NI-number keys cannot be matched across databases without it.`);
  return { pseudonymKey: Buffer.from(key, 'utf8'), pseudonymKeySource: 'generated' };
}

export function loadConfig(env: Env = process.env, warn: (m: string) => void = (m) => process.stderr.write(`warning: ${m}\n`)): HubConfig {
  const dataDir = resolve(env.WFHUB_DATA_DIR || './.wfhub-data');
  const logLevel = (env.WFHUB_LOG_LEVEL ?? 'info') as HubConfig['logLevel'];
  if (!['silent', 'info', 'debug'].includes(logLevel)) {
    throw new ConfigInvalid(`WFHUB_LOG_LEVEL must be silent, info or debug; got "${logLevel}"`, { variable: 'WFHUB_LOG_LEVEL' });
  }
  return {
    databaseUrl: databaseUrl(env),
    port: int(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir,
    ...pseudonymKey(env, dataDir, warn),
    disclosure: {
      minStaffRecords: int(env, 'WFHUB_MIN_STAFF_RECORDS', 10, 1, 1000),
      minWorkplaces: int(env, 'WFHUB_MIN_WORKPLACES', 3, 1, 100),
    },
    limits: {
      uploadBytes: int(env, 'WFHUB_UPLOAD_LIMIT_MB', 200, 1, 10_000) * 1024 * 1024,
      bodyBytes: int(env, 'WFHUB_BODY_LIMIT_KB', 1024, 1, 100_000) * 1024,
      maxPageSize: int(env, 'WFHUB_MAX_PAGE_SIZE', 100, 1, 10_000),
      maxDepth: int(env, 'WFHUB_MAX_DEPTH', 10, 2, 50),
      maxAliases: int(env, 'WFHUB_MAX_ALIASES', 15, 1, 1000),
      maxCost: int(env, 'WFHUB_MAX_COST', 20000, 10, 10_000_000),
      statementTimeoutMs: int(env, 'WFHUB_STATEMENT_TIMEOUT_MS', 15000, 100, 3_600_000),
      rateLimitPerMinute: int(env, 'WFHUB_RATE_LIMIT_PER_MINUTE', 600, 1, 1_000_000),
    },
    logLevel,
  };
}
