import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { type HubConfig, loadConfig } from '../../src/config';
import { type Database, openDatabase } from '../../src/db/database';
import { databaseUrl, serverUrl, TEMPLATE_DB, TEST_PSEUDONYM_KEY } from './test-env';

export interface TestDatabase {
  db: Database;
  config: HubConfig;
  name: string;
  /** Close connections and drop the database. */
  drop(): Promise<void>;
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** A database of this test file's own, cloned from the migrated template: isolated, and fast to make. */
export async function createTestDatabase(env: Record<string, string> = {}): Promise<TestDatabase> {
  const name = `wfhub_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(async (c) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`create database "${name}" template "${TEMPLATE_DB}"`);
        return;
      } catch (e) {
        // another worker cloning the template at the same instant
        if (attempt > 20 || !/being accessed by other users/.test((e as Error).message)) throw e;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const config = loadConfig({
    DATABASE_URL: databaseUrl(name),
    WFHUB_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
    WFHUB_DATA_DIR: mkdtempSync(join(tmpdir(), 'wfhub-test-')),
    ...env,
  });
  const db = await openDatabase(config, () => undefined);
  return {
    db,
    config,
    name,
    async drop() {
      await db.close();
      await admin((c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
}
