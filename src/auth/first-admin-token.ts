import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database';
import type { Viewer } from '../graphql/context';
import { createToken } from './token.service';

const HUB: Viewer = { role: 'admin', providerId: null, providerKey: null, tokenId: null, name: 'hub start-up' };

/**
 * A hub with no tokens at all cannot be used (every API route needs one), and with the embedded database
 * `wfhub token create` cannot run beside it: so the first start creates one admin token, shows it once and keeps it in
 * the data folder (owner-only) for the person who installed the hub. Returns the file, or null when tokens exist.
 */
export async function ensureFirstAdminToken(db: Database, dataDir: string, log: (m: string) => void): Promise<string | null> {
  const { rows } = await db.pool.query<{ n: number }>('select count(*)::int as n from api_token');
  if (rows[0].n > 0) return null;
  const { token, info } = await createToken(db, { role: 'admin', name: 'first admin (created at first start)' }, HUB);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'first-admin-token');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  log(`No tokens yet: created admin token #${info.id}, shown once here and kept in ${file} (sign in to the web pages with it; revoke it with "wfhub token revoke ${info.id}" once you have your own):\n  ${token}`);
  return file;
}
