import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/paths';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { makeProvider, makeReturn, makeWorkplace, sql } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/http';
import { createTestToken } from '../support/tokens';
import { buildFile } from '../importers/ascwds/support/row-builder';
import { careWorker, plainWorkplace } from '../returns/support/return-files';

export const PERIOD = '2024-25';

/**
 * Two providers and every kind of token: alpha (workplace A1, shares with LAs), beta (B1 does not share, B2 does),
 * tokens for admin, each provider, analyst, bi, a provider not yet in the hub (gamma), and a revoked and an expired one.
 */
export interface World {
  t: TestDatabase;
  server: TestServer;
  tokens: Record<'admin' | 'alpha' | 'beta' | 'gamma' | 'analyst' | 'bi' | 'revoked' | 'expired', string>;
  ids: { alpha: number; beta: number; a1: number; b1: number; b2: number; alphaReport: number; betaReport: number };
}

export async function buildWorld(env: Record<string, string> = {}): Promise<World> {
  const t = await createTestDatabase(env);
  const server = await startTestServer(t.db, t.config);
  // the analytics views join each period's dates (submitReturn records them; the raw fixtures here do it themselves)
  await sql(t.db, `insert into return_period (code, starts_on, snapshot_date) values ('2023-24', '2023-04-01', '2024-03-31'), ('2024-25', '2024-04-01', '2025-03-31') on conflict do nothing`);
  const alpha = await makeProvider(t.db, 'alpha');
  const beta = await makeProvider(t.db, 'beta');
  const alphaReturn = await makeReturn(t.db, alpha, PERIOD);
  const betaReturn = await makeReturn(t.db, beta, PERIOD);
  const a1 = await makeWorkplace(t.db, alpha, alphaReturn, PERIOD, { localRef: 'A1', cssrCode: 101, regionCode: 1, mainService: 20, workers: 3, trainingPerWorker: 2 });
  const b1 = await makeWorkplace(t.db, beta, betaReturn, PERIOD, { localRef: 'B1', cssrCode: 101, regionCode: 1, mainService: 20, workers: 3, trainingPerWorker: 2 });
  const b2 = await makeWorkplace(t.db, beta, betaReturn, PERIOD, { localRef: 'B2', cssrCode: 101, regionCode: 1, mainService: 20, workers: 2, trainingPerWorker: 1 });
  await sql(t.db, `update workplace_period set share_with_la = (workplace_id <> $1)`, [b1]);
  await sql(t.db, `update staff_record set date_of_birth = '1980-01-01', hourly_pay = 11.5, annual_pay = 24000`);
  await sql(t.db, `insert into qualification_achieved (staff_record_id, qualification, year) select id, 1, 2020 from staff_record`);
  const reports = await sql<{ id: number; provider_key: string }>(t.db, `select id, provider_key from return_report`);
  const revoked = await createTestToken(t.db, 'provider', { provider: 'alpha', name: 'revoked alpha' });
  const expired = await createTestToken(t.db, 'admin', { name: 'expired admin', expiresInDays: 1 });
  await sql(t.db, `update api_token set revoked_at = now() where name = 'revoked alpha'`);
  await sql(t.db, `update api_token set expires_at = now() - interval '1 minute' where name = 'expired admin'`);
  return {
    t,
    server,
    tokens: {
      admin: server.adminToken,
      alpha: await createTestToken(t.db, 'provider', { provider: 'alpha', name: 'alpha uploader' }),
      beta: await createTestToken(t.db, 'provider', { provider: 'beta', name: 'beta uploader' }),
      gamma: await createTestToken(t.db, 'provider', { provider: 'gamma', name: 'gamma, not yet a provider' }),
      analyst: await createTestToken(t.db, 'analyst', { name: 'council analyst' }),
      bi: await createTestToken(t.db, 'bi', { name: 'bi tool' }),
      revoked,
      expired,
    },
    ids: { alpha, beta, a1, b1, b2, alphaReport: reports.find((r) => r.provider_key === 'alpha')!.id, betaReport: reports.find((r) => r.provider_key === 'beta')!.id },
  };
}

export async function dropWorld(w: World | undefined): Promise<void> {
  await w?.server.stop();
  await w?.t.drop();
}

const COUNTED = ['provider', '"return"', 'return_report', 'return_problem', 'workplace', 'workplace_period', 'worker', 'staff_record', 'training_record', 'qualification_achieved', 'api_token'];

/** Row counts of every table a request could change (and a checksum of the current returns), to assert that nothing changed. */
export async function snapshot(w: World): Promise<Record<string, string>> {
  const [row] = await sql<Record<string, string>>(w.t.db,
    `select ${COUNTED.map((t) => `(select count(*) from ${t})::text as ${t.replace(/"/g, '')}`).join(', ')},
       (select string_agg(id || ':' || state, ',' order by id) from "return") as return_states,
       (select coalesce(max(revoked_at)::text, '') from api_token) as last_revocation`);
  return row;
}

export async function auditCount(w: World): Promise<number> {
  return Number((await sql<{ n: string }>(w.t.db, `select count(*) as n from audit_log`))[0].n);
}

export const auth = (token: string | null): Record<string, string> => (token === null ? {} : { authorization: `Bearer ${token}` });

/** POST /graphql as JSON on the server's unmodified port (no token added). */
export async function gql(w: World, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const res = await fetch(`${w.server.rawUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(token) }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.json() };
}

/** A valid two-file return for a provider's workplace. */
export function returnFiles(localRef: string): [string, string][] {
  return [['workplace.csv', buildFile('workplace', [plainWorkplace(localRef, 1)])], ['staff.csv', buildFile('worker', [careWorker(localRef, 'S1')])]];
}

export function uploadForm(provider: string, files: [string, string][], extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('provider', provider);
  form.append('period', PERIOD);
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  for (const [name, content] of files) form.append('files', new Blob([content], { type: 'text/csv' }), name);
  return form;
}

/** A GraphQL multipart request (graphql-multipart-request-spec) for submitReturn or validateReturn. */
export function mutationForm(op: 'submitReturn' | 'validateReturn', provider: string, files: [string, string][]): FormData {
  const form = new FormData();
  const query = `mutation($provider: String!, $period: String!, $files: [Upload!]!) { ${op}(provider: $provider, period: $period, files: $files) { outcome reportId problems { value } } }`;
  form.append('operations', JSON.stringify({ query, variables: { provider, period: PERIOD, files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach(([name, content], i) => form.append(String(i), new Blob([content], { type: 'text/csv' }), name));
  return form;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every HTTP route under /api the source mounts (a census, so a route added later is attacked too). */
export function apiRoutes(): { method: 'GET' | 'POST'; path: string }[] {
  const routes = new Map<string, { method: 'GET' | 'POST'; path: string }>();
  for (const file of sourceFiles(join(projectRoot, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/router\.(get|post)\(\s*'(\/api\/[^']+)'/g)) {
      const route = { method: m[1].toUpperCase() as 'GET' | 'POST', path: m[2] };
      routes.set(`${route.method} ${route.path}`, route);
    }
  }
  return [...routes.values()].sort((a, b) => a.path.localeCompare(b.path));
}
