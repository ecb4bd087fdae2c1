import type { Server } from 'node:http';
import type { HubConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createApollo } from '../../src/graphql/apollo';
import { buildHubSchema } from '../../src/graphql/schema';
import { createApp } from '../../src/http/app';

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

/** The real HTTP app on a free local port. */
export async function startTestServer(db: Database, config: HubConfig): Promise<TestServer> {
  const apollo = createApollo(await buildHubSchema(), (m) => { if (process.env.WFHUB_TEST_LOG) console.error(m); });
  await apollo.start();
  const app = createApp({ config, db, apollo, log: (m) => { if (process.env.WFHUB_TEST_LOG) console.error(m); } });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((r) => server.close(() => r()));
      await apollo.stop();
    },
  };
}
