import type { Server } from 'node:http';
import type { HubConfig } from './config';
import { syncDisclosureSetting } from './analytics/disclosure-setting';
import { ensureFirstAdminToken } from './auth/first-admin-token';
import { openDatabase, type Database } from './db/database';
import { createApollo } from './graphql/apollo';
import { buildHubSchema } from './graphql/schema';
import { createApp } from './http/app';

export interface RunningHub {
  db: Database;
  server: Server;
  port: number;
  stop(): Promise<void>;
}

/** Start the hub: database (embedded when no DATABASE_URL), migrations, GraphQL and HTTP. */
export async function startHub(config: HubConfig, log: (m: string) => void): Promise<RunningHub> {
  const db = await openDatabase(config, log, { migrate: true });
  try {
    await syncDisclosureSetting(db.pool, config.disclosure);
    await ensureFirstAdminToken(db, config.dataDir, log);
    const apollo = createApollo(await buildHubSchema(), log, config.limits);
    await apollo.start();
    const app = createApp({ config, db, apollo, log });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, config.host, () => resolve(s));
      s.on('error', reject);
    });
    const port = (server.address() as { port: number }).port;
    let stopping: Promise<void> | null = null;
    return {
      db,
      server,
      port,
      stop() {
        stopping ??= (async () => {
          await new Promise<void>((resolve) => server.close(() => resolve()));
          await apollo.stop();
          await db.close();
        })();
        return stopping;
      },
    };
  } catch (e) {
    await db.close();
    throw e;
  }
}
