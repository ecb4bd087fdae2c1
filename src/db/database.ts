import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { HubConfig } from '../config';
import { DatabaseUnavailable } from '../errors';
import { seedReferenceData } from '../reference/seed';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server';
import { buildOrmConfig } from './orm-config';

/** The hub's database: MikroORM for reads, a raw pg pool for COPY-based imports; both on the same server. */
export interface Database {
  orm: MikroORM;
  pool: pg.Pool;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

export async function openDatabase(config: HubConfig, log: (m: string) => void, options: { migrate?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedServer | null = null;
  const url = config.databaseUrl ?? (embedded = await startEmbeddedServer(config.dataDir, log)).url;
  let orm: MikroORM;
  try {
    orm = await MikroORM.init(buildOrmConfig(url));
    await orm.em.getConnection().execute('select 1');
  } catch (e) {
    await embedded?.stop();
    throw new DatabaseUnavailable(`Cannot reach PostgreSQL at ${redact(url)}: ${(e as Error).message}`);
  }
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  const db: Database = {
    orm,
    pool,
    url,
    embedded: embedded !== null,
    async close() {
      await pool.end();
      await orm.close(true);
      await embedded?.stop();
    },
  };
  if (options.migrate) {
    try {
      await migrate(db, log);
    } catch (e) {
      await db.close();
      throw e;
    }
  }
  return db;
}

/** Apply pending migrations, then refresh the reference code lists from the shipped CSVs. */
export async function migrate(db: Database, log: (m: string) => void): Promise<void> {
  const applied = await db.orm.getMigrator().up();
  if (applied.length) log(`applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  const counts = await seedReferenceData(db.orm.em.fork());
  log(`reference data loaded: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
}

/** Migrations still to apply (readiness fails while any are pending). */
export async function pendingMigrations(db: Database): Promise<string[]> {
  return (await db.orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}
