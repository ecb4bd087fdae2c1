import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import pg from 'pg';
import { HUB_CLI, runHub } from './hub-process';

/** One dashboard question: its GraphQL through HTTP, and the hub's own SQL for it run directly (the floor). */
export interface BenchQuery {
  name: string;
  field: string;
  graphql: string;
  /** The analytics module's query function called with the same arguments, or null if the module lacks it. */
  floor: ((pool: pg.Pool, period: string) => Promise<unknown>) | null;
}

export interface QueryTiming {
  name: string;
  /** null when the hub cannot answer it (not in the schema yet); note says why. */
  httpP50: number | null;
  httpP95: number | null;
  sqlP50: number | null;
  sqlP95: number | null;
  rows: number | null;
  note: string;
}

const ADMIN = { role: 'admin', providerId: null, tokenId: null, name: 'bench' };

/** The compiled analytics module, loaded at run time so the bench still runs (and says so) on a hub without it. */
function analytics(): Record<string, any> | null {
  try {
    require('reflect-metadata'); // the analytics modules declare GraphQL types too
    return {
      ...require('../../src/analytics/analytics-scope'),
      ...require('../../src/analytics/workforce-metrics.query'),
      ...require('../../src/analytics/workforce-composition.query'),
      ...require('../../src/analytics/training-uptake.query'),
    };
  } catch {
    return null;
  }
}

export function benchQueryList(): BenchQuery[] {
  const a = analytics();
  const scope = (period: string) => a!.analyticsScope(period, null, ADMIN);
  const has = (fn: string) => a !== null && typeof a[fn] === 'function' && typeof a.analyticsScope === 'function';
  return [
    {
      name: 'National turnover', field: 'workforceMetrics',
      graphql: 'query Q($p: String!) { workforceMetrics(period: $p) { leavers directlyEmployed turnoverRate } }',
      floor: has('queryWorkforceMetrics') ? (pool, p) => a!.queryWorkforceMetrics(pool, [], scope(p), { medianPay: false }) : null,
    },
    {
      name: 'Turnover by region × job-role group', field: 'workforceMetrics',
      graphql: 'query Q($p: String!) { workforceMetrics(period: $p, groupBy: [REGION, JOB_ROLE_GROUP]) { group { code } leavers directlyEmployed turnoverRate suppressed } }',
      floor: has('queryWorkforceMetrics') ? (pool, p) => a!.queryWorkforceMetrics(pool, ['REGION', 'JOB_ROLE_GROUP'], scope(p), { medianPay: false }) : null,
    },
    {
      name: 'Ethnic groups by local authority', field: 'workforceComposition',
      graphql: 'query Q($p: String!) { workforceComposition(period: $p, characteristic: ETHNIC_GROUP, groupBy: [LOCAL_AUTHORITY]) { group { code } category { code } count share suppressed } }',
      floor: has('queryWorkforceComposition') ? (pool, p) => a!.queryWorkforceComposition(pool, ['LOCAL_AUTHORITY'], 'ETHNIC_GROUP', scope(p)) : null,
    },
    {
      name: 'Training uptake by service group', field: 'trainingUptake',
      graphql: 'query Q($p: String!) { trainingUptake(period: $p, groupBy: [SERVICE_GROUP]) { group { code } staffRecords inDate expired inDateShare suppressed } }',
      floor: has('queryTrainingUptake') ? (pool, p) => a!.queryTrainingUptake(pool, ['SERVICE_GROUP'], scope(p), null) : null,
    },
  ];
}

export const percentile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};

/** Time fn: warm-ups, then up to `runs` sequential calls (at least 5, fewer once `budgetMs` is spent); p50 and p95 in ms. */
export async function timeRuns(runs: number, fn: () => Promise<unknown>, budgetMs = 60_000): Promise<{ p50: number; p95: number; runs: number }> {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await fn();
    if (performance.now() - t > 2_000) break; // a slow query is warm after one run
  }
  const ms: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs && (i < 5 || performance.now() - started < budgetMs); i++) {
    const t = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { p50: percentile(ms, 0.5), p95: percentile(ms, 0.95), runs: ms.length };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** `wfhub serve` as a child process, ready to answer. */
export async function startHubServer(env: NodeJS.ProcessEnv): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [HUB_CLI, 'serve', '--port', String(port)], { env: { ...env, HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wfhub serve exited ${child.exitCode}: ${stderr.slice(-2000)}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { child.kill('SIGTERM'); throw new Error(`wfhub serve not ready after 60 s: ${stderr.slice(-2000)}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** An admin bearer token from `wfhub token create --role admin`, or null on a hub without tokens (then no header is needed). */
export async function adminToken(env: NodeJS.ProcessEnv): Promise<string | null> {
  const r = await runHub(['token', 'create', '--role', 'admin', '--name', 'bench'], env);
  if (r.code !== 0) return null;
  const m = /\b([A-Za-z0-9_-]*[._-][A-Za-z0-9_.-]{20,}|[A-Za-z0-9_-]{32,})\b/.exec(r.stdout.trim());
  return m ? m[1] : r.stdout.trim().split(/\s+/).pop() ?? null;
}

/** POST one GraphQL request; throws on transport or GraphQL errors. */
export async function graphqlRequest(url: string, token: string | null, query: string, variables: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

/** The hub's query fields, from introspection. */
async function queryFields(url: string, token: string | null): Promise<Set<string>> {
  const data = await graphqlRequest(url, token, '{ __schema { queryType { fields { name } } } }', {});
  return new Set((data.__schema.queryType.fields as { name: string }[]).map((f) => f.name));
}

/** p50/p95 of each dashboard query through HTTP GraphQL and of the same SQL run directly. */
export async function benchQueries(databaseUrl: string, env: NodeJS.ProcessEnv, period: string, runs: number, log: (m: string) => void): Promise<QueryTiming[]> {
  const token = await adminToken(env);
  log(`queries: ${runs} runs each, ${token ? 'admin bearer token' : 'no token (hub without access control)'}`);
  const server = await startHubServer(env);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const fields = await queryFields(server.url, token);
    const out: QueryTiming[] = [];
    for (const q of benchQueryList()) {
      if (!fields.has(q.field)) {
        out.push({ name: q.name, httpP50: null, httpP95: null, sqlP50: null, sqlP95: null, rows: null, note: `\`${q.field}\` is not in the schema yet` });
        continue;
      }
      const data = await graphqlRequest(server.url, token, q.graphql, { p: period });
      const rows = (data[q.field] as unknown[]).length;
      const http = await timeRuns(runs, () => graphqlRequest(server.url, token, q.graphql, { p: period }));
      const sql = q.floor ? await timeRuns(runs, () => q.floor!(pool, period)) : null;
      log(`${q.name}: HTTP p50 ${http.p50.toFixed(1)} ms, SQL p50 ${sql?.p50.toFixed(1) ?? '-'} ms, ${rows} rows`);
      out.push({ name: q.name, httpP50: http.p50, httpP95: http.p95, sqlP50: sql?.p50 ?? null, sqlP95: sql?.p95 ?? null, rows, note: sql ? '' : 'no SQL floor (analytics query module not found)' });
    }
    return out;
  } finally {
    await pool.end();
    await server.stop();
  }
}
