import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { withClient } from './bench-database';
import { graphqlRequest, type QueryTiming, timeRuns } from './query-bench';

export interface PeerTiming {
  name: string;
  p50: number | null;
  p95: number | null;
  note: string;
}

export interface PeerResult {
  ran: boolean;
  note: string;
  timings: PeerTiming[];
}

/**
 * What the peer aggregates: plain views over the hub's own fact views, one row per thing counted, with the hub's
 * inclusion rules as columns (turnover counts leavers and directly employed only where the leavers answer is known
 * and the staff records match the declared total). The peer computes every sum and count at query time.
 */
const PEER_VIEWS = [
  'drop schema if exists bench_peer cascade',
  'create schema bench_peer',
  `create view bench_peer.flow_role as
   with de as (select workplace_period_id, job_role, count(*) filter (where directly_employed) as de from wf_staff_fact group by 1, 2),
        jc as (select j.workplace_period_id, coalesce(r.recode_to, j.job_role) as job_role, sum(j.count) filter (where j.measure = 'LEAVERS') as leavers
               from workplace_job_count j left join ref_job_role r on r.code = j.job_role group by 1, 2)
   select wp.workplace_period_id, wp.period, wp.region_code, coalesce(r.group_code, 'unknown') as job_role_group_code,
          case when wp.leavers_known and wp.staff_count_matches then coalesce(jc.leavers, 0) else 0 end::int as turnover_leavers,
          case when wp.leavers_known and wp.staff_count_matches then coalesce(de.de, 0) else 0 end::int as turnover_base
   from de full join jc on jc.workplace_period_id = de.workplace_period_id and jc.job_role = de.job_role
   join wf_workplace_fact wp on wp.workplace_period_id = coalesce(de.workplace_period_id, jc.workplace_period_id)
   left join ref_job_role r on r.code = coalesce(de.job_role, jc.job_role)`,
  `create view bench_peer.staff_ethnic as
   select s.staff_record_id, s.period, s.local_authority_code, wf_slug(coalesce(e."group", 'Not known')) as ethnic_group
   from wf_staff_fact s left join ref_code e on e.list = 'ethnicity' and e.code = s.ethnicity`,
  `create view bench_peer.staff_training as
   select s.staff_record_id, s.period, s.service_group_code,
          (exists (select 1 from training_record tr where tr.staff_record_id = s.staff_record_id
                   and (tr.does_not_expire or tr.expires is null or tr.expires >= s.snapshot_date)))::int as in_date
   from wf_staff_fact s`,
];

/** The same four dashboard questions in PostGraphile's aggregate API (rates divided by the caller, as a BI client would). */
const PEER_QUERIES: Record<string, string> = {
  'National turnover': 'query Q($p: String!) { allFlowRoles(condition: { period: $p }) { aggregates { sum { turnoverLeavers turnoverBase } } } }',
  'Turnover by region × job-role group': `query Q($p: String!) { allFlowRoles(condition: { period: $p }) {
    groupedAggregates(groupBy: [REGION_CODE, JOB_ROLE_GROUP_CODE]) { keys sum { turnoverLeavers turnoverBase } } } }`,
  'Ethnic groups by local authority': `query Q($p: String!) { allStaffEthnics(condition: { period: $p }) {
    groupedAggregates(groupBy: [LOCAL_AUTHORITY_CODE, ETHNIC_GROUP]) { keys distinctCount { staffRecordId } } } }`,
  'Training uptake by service group': `query Q($p: String!) { allStaffTrainings(condition: { period: $p }) {
    groupedAggregates(groupBy: [SERVICE_GROUP_CODE]) { keys sum { inDate } distinctCount { staffRecordId } } } }`,
};

function startPeer(databaseUrl: string, port: number): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [resolve(__dirname, 'peer-server.js'), databaseUrl, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => (stderr += c));
  return new Promise((done, fail) => {
    const timer = setTimeout(() => { child.kill('SIGTERM'); fail(new Error(`peer not ready after 60 s: ${stderr.slice(-1000)}`)); }, 60_000);
    child.stdout.on('data', (c) => {
      if (String(c).includes('ready')) { clearTimeout(timer); done({ url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`peer exited ${code}: ${stderr.slice(-1000)}`)); });
  });
}

/** The peer: the same aggregates through PostGraphile with @graphile/pg-aggregates on the same database. */
export async function peerQueries(databaseUrl: string, period: string, runs: number, hub: QueryTiming[], log: (m: string) => void): Promise<PeerResult> {
  try {
    require.resolve('postgraphile');
    require.resolve('@graphile/pg-aggregates');
  } catch {
    return { ran: false, note: 'postgraphile / @graphile/pg-aggregates are not installed (npm install with dev dependencies)', timings: [] };
  }
  await withClient(databaseUrl, async (c) => { for (const sql of PEER_VIEWS) await c.query(sql); });
  let peer: { url: string; stop(): void };
  try {
    peer = await startPeer(databaseUrl, 20_000 + (process.pid % 20_000));
  } catch (e) {
    return { ran: false, note: `PostGraphile could not start: ${(e as Error).message.split('\n')[0]}`, timings: [] };
  }
  try {
    const timings: PeerTiming[] = [];
    for (const q of hub) {
      const query = PEER_QUERIES[q.name];
      try {
        await graphqlRequest(peer.url, null, query, { p: period });
        const t = await timeRuns(runs, () => graphqlRequest(peer.url, null, query, { p: period }));
        log(`peer ${q.name}: p50 ${t.p50.toFixed(1)} ms`);
        timings.push({ name: q.name, p50: t.p50, p95: t.p95, note: '' });
      } catch (e) {
        timings.push({ name: q.name, p50: null, p95: null, note: `peer error: ${(e as Error).message.slice(0, 120)}` });
      }
    }
    return {
      ran: true,
      note: 'PostGraphile 5.1.5 + @graphile/pg-aggregates 0.2.0-rc.2 (Amber preset) as its own process over views of the hub\'s fact views ' +
        '(`bench_peer`, test/bench/peer-postgraphile.ts); it sums row-level facts at query time, where the hub reads the rollups its import keeps. ' +
        'PostGraphile 5 declares Node ≥ 22; on Node 20 it runs with a Promise.withResolvers polyfill.',
      timings,
    };
  } finally {
    peer.stop();
  }
}
