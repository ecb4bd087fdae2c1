import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { databaseUrl, serverUrl, TEMPLATE_DB, TEST_PSEUDONYM_KEY } from './test-env';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Once per run: a migrated, seeded template database; each test file clones it (test/support/database.ts). */
export default async function globalSetup(): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  process.env.WFHUB_TEST_TEMPLATE = TEMPLATE_DB;
  // leftovers of earlier runs that were killed before their teardown: names carry the pid of the run that made them
  const old = await admin.query<{ datname: string }>(`select datname from pg_database where datname ~ '^wfhub_(t|tpl)_[0-9]+'`);
  for (const { datname } of old.rows) {
    const pid = Number(/^wfhub_(?:t|tpl)_(\d+)/.exec(datname)![1]);
    if (pid !== process.pid && processAlive(pid)) continue;
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
  await admin.query(`create database "${TEMPLATE_DB}"`);
  await admin.end();
  const config = loadConfig({
    DATABASE_URL: databaseUrl(TEMPLATE_DB),
    WFHUB_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
    WFHUB_DATA_DIR: mkdtempSync(join(tmpdir(), 'wfhub-test-')),
  });
  const db = await openDatabase(config, () => undefined, { migrate: true });
  await db.close();
  // MikroORM keeps entity metadata on globalThis; a test file run in-band would otherwise inherit this realm's objects
  for (const key of Object.keys(globalThis)) if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];
}
