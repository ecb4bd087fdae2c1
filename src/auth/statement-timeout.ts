import type { ErrorRequestHandler } from 'express';
import type { Database } from '../db/database';
import { HubError } from '../errors';

/** Options for the API statement timeout. */
export interface StatementTimeoutOptions {
  /** Longest a single SQL statement of an API request may run (default WFHUB_STATEMENT_TIMEOUT_MS, 15000 ms). */
  timeoutMs: number;
}

interface SqlClient {
  query(sql: string): Promise<unknown>;
}

const applied = new WeakSet<object>();
const hooked = new WeakSet<object>();

/**
 * Give every connection the server process hands out a PostgreSQL statement_timeout, so one expensive API query
 * cannot hold the database: set once per connection, when it is first checked out (from the pg pool and from the ORM's
 * pool). Migrations run before this is applied and the CLI never applies it; an import lifts it inside its own
 * transaction (SET LOCAL statement_timeout = 0).
 */
export function applyStatementTimeout(db: Database, { timeoutMs }: StatementTimeoutOptions): void {
  const ms = Math.floor(timeoutMs);
  const set = (client: SqlClient) => {
    if (applied.has(client)) return;
    applied.add(client);
    // queued on the connection ahead of the caller's first statement
    client.query(`set statement_timeout = ${ms}`).catch(() => applied.delete(client));
  };
  if (!hooked.has(db.pool)) {
    hooked.add(db.pool);
    db.pool.on('acquire', (client) => set(client));
  }
  const ormPool = (db.orm.em.getConnection().getKnex().client as { pool?: { on(event: string, fn: (...args: unknown[]) => void): void } }).pool;
  if (ormPool && !hooked.has(ormPool)) {
    hooked.add(ormPool);
    ormPool.on('acquireSuccess', (_id, connection) => set(connection as SqlClient));
  }
}

/** PostgreSQL's code for a statement cancelled by statement_timeout. */
export const QUERY_CANCELED = '57014';

export function isStatementTimeout(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === QUERY_CANCELED;
}

/** A statement cancelled by statement_timeout: the request asked for more than one query may cost. */
export class QueryTimedOut extends HubError {
  readonly code = 'LIMIT_EXCEEDED' as const;
  readonly httpStatus = 503;
}

export const queryTimedOut = (timeoutMs: number) =>
  new QueryTimedOut(`The query ran longer than the limit of ${timeoutMs} ms (WFHUB_STATEMENT_TIMEOUT_MS) and was stopped: narrow it (fewer periods, groupings or rows)`, { timeoutMs });

/** HTTP routes: a statement timeout becomes QueryTimedOut for the one error handler, instead of a masked 500. */
export function statementTimeoutErrors(timeoutMs: number): ErrorRequestHandler {
  return (err, _req, _res, next) => next(isStatementTimeout(err) ? queryTimedOut(timeoutMs) : err);
}
