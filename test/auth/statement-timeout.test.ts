import { createTestDatabase, type TestDatabase } from '../support/database';
import { sql } from '../support/fixtures';
import { startTestServer, type TestServer } from '../support/http';
import { auth } from './attack-world';

/** The server's connections carry statement_timeout; an over-long API query is stopped and reported, the server goes on. */
describe('statement_timeout for API queries', () => {
  let t: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    t = await createTestDatabase({ WFHUB_STATEMENT_TIMEOUT_MS: '300' });
    server = await startTestServer(t.db, t.config);
  });
  afterAll(async () => {
    await server.stop();
    await t.drop();
  });

  it('applies to both pools of the server process', async () => {
    expect((await t.db.pool.query('show statement_timeout')).rows[0].statement_timeout).toBe('300ms');
    const [orm] = await t.db.orm.em.getConnection().execute('show statement_timeout');
    expect(orm.statement_timeout).toBe('300ms');
    await expect(t.db.pool.query('select pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
    await expect(t.db.orm.em.getConnection().execute('select pg_sleep(1)')).rejects.toMatchObject({ code: '57014' });
  });

  it('a GraphQL query that runs too long answers LIMIT_EXCEEDED, not a crash, and the next query works', async () => {
    // make reading workplaces slow: the table behind a view that sleeps per row
    await sql(t.db, `insert into provider (key, name) values ('slowco', 'Slow')`);
    await sql(t.db, `insert into workplace (provider_id, local_key, local_ref) select id, 'W' || g, 'W' || g from provider, generate_series(1, 5) g`);
    await sql(t.db, `alter table workplace rename to workplace_t`);
    await sql(t.db, `create view workplace as select * from workplace_t where pg_sleep(0.2) is not null`);
    try {
      const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth(server.adminToken) },
        body: JSON.stringify({ query: '{ workplaces(first: 5) { totalCount edges { node { localRef } } } }' }) });
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
      expect(body.errors[0].message).toMatch(/longer than the limit of 300 ms/);
      expect(body.data).toBeNull();
      const next = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ providers { key } }' }) });
      expect(((await next.json()) as any).data.providers).toEqual([{ key: 'slowco' }]);
    } finally {
      await sql(t.db, `drop view workplace`);
      await sql(t.db, `alter table workplace_t rename to workplace`);
    }
  });

  it('an HTTP route whose query runs too long answers 503 LIMIT_EXCEEDED, not a masked 500', async () => {
    await sql(t.db, `alter table return_report rename to return_report_t`);
    await sql(t.db, `create view return_report as select * from return_report_t where pg_sleep(0.5) is not null`);
    await sql(t.db, `insert into return_report_t (provider_key, period, status, outcome, files, summary) values ('slowco', '2024-25', 'PASSED', 'ACCEPTED', '[]', '{}')`);
    try {
      const res = await fetch(`${server.url}/api/returns/1/report`);
      expect(res.status).toBe(503);
      expect(((await res.json()) as any).error).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { timeoutMs: 300 } });
    } finally {
      await sql(t.db, `drop view return_report`);
      await sql(t.db, `alter table return_report_t rename to return_report`);
    }
  });

  it('an import lifts it inside its own transaction (a national file takes longer than an API query)', async () => {
    const client = await t.db.pool.connect();
    try {
      await client.query('begin');
      await client.query('set local statement_timeout = 0');
      await client.query('select pg_sleep(0.5)');
      await client.query('commit');
      expect((await client.query('show statement_timeout')).rows[0].statement_timeout).toBe('300ms');
    } finally {
      client.release();
    }
  });
});
