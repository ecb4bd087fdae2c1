import { createServer } from 'node:http';

/**
 * The peer as its own process: PostGraphile 5 with @graphile/pg-aggregates over the bench database's `bench_peer`
 * views. Usage: node peer-server.js <database url> <port>; prints "ready" when listening.
 * PostGraphile 5 declares Node >= 22; on Node 20 its only gap met here is Promise.withResolvers, filled in below.
 */
type Resolvers<T> = { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void };
const P = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
P.withResolvers ??= <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
};

async function main(): Promise<void> {
  const [url, port] = process.argv.slice(2);
  process.env.GRAPHILE_ENV ??= 'production';
  // loaded at run time: the peer is a devDependency, and its types target Node 22
  const { postgraphile } = require('postgraphile');
  const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
  const { makePgService } = require('postgraphile/adaptors/pg');
  const { grafserv } = require('postgraphile/grafserv/node');
  const { PgAggregatesPreset } = require('@graphile/pg-aggregates');
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset, PgAggregatesPreset],
    pgServices: [makePgService({ connectionString: url, schemas: ['bench_peer'] })],
    grafserv: { graphqlPath: '/graphql' },
  });
  const server = createServer();
  pgl.createServ(grafserv).addTo(server);
  server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
  process.once('SIGTERM', () => server.close(() => pgl.release().then(() => process.exit(0))));
}

main().catch((e) => {
  process.stderr.write(`peer failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
