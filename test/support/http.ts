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
  const apollo = createApollo(await buildHubSchema(), () => undefined);
  await apollo.start();
  const app = createApp({ config, db, apollo, log: () => undefined });
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
