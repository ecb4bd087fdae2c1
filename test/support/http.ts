import type { Server } from 'node:http';
import express from 'express';
import Papa from 'papaparse';
import type { HubConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createApollo } from '../../src/graphql/apollo';
import { buildHubSchema } from '../../src/graphql/schema';
import { createApp } from '../../src/http/app';
import { createTestToken } from './tokens';

export interface TestServer {
  /** Requests here that carry no Authorization header are sent with an admin token (tests of other behaviour). */
  url: string;
  /** The same app with no header added: what an anonymous client meets (access-control tests). */
  rawUrl: string;
  /** The admin token `url` adds. */
  adminToken: string;
  stop(): Promise<void>;
}

function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  return new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve({ server: s, url: `http://127.0.0.1:${(s.address() as { port: number }).port}` }));
  });
}

/** The real HTTP app on free local ports, with an admin token created in the test database. */
export async function startTestServer(db: Database, config: HubConfig): Promise<TestServer> {
  const log = (m: string) => { if (process.env.WFHUB_TEST_LOG) console.error(m); };
  const apollo = createApollo(await buildHubSchema(), log, config.limits);
  await apollo.start();
  const app = createApp({ config, db, apollo, log });
  const adminToken = await createTestToken(db, 'admin', { name: 'test admin' });
  const withAdmin = express();
  withAdmin.use((req, _res, next) => {
    req.headers.authorization ??= `Bearer ${adminToken}`;
    next();
  });
  withAdmin.use(app);
  const [raw, admin] = await Promise.all([listen(app), listen(withAdmin)]);
  return {
    url: admin.url,
    rawUrl: raw.url,
    adminToken,
    async stop() {
      await Promise.all([raw, admin].map(({ server }) => new Promise<void>((r) => server.close(() => r()))));
      await apollo.stop();
    },
  };
}

export interface CsvDownload {
  status: number;
  /** the body exactly as sent, byte-order mark included (res.text() would drop it) */
  body: string;
  type: string | null;
  rows: Record<string, string>[];
}

/** GET a CSV export and parse it by its header row. */
export async function downloadCsv(url: string, headers: Record<string, string> = {}): Promise<CsvDownload> {
  const res = await fetch(url, { headers });
  const body = Buffer.from(await res.arrayBuffer()).toString('utf8');
  const rows = Papa.parse<Record<string, string>>(body.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  return { status: res.status, body, type: res.headers.get('content-type'), rows };
}
