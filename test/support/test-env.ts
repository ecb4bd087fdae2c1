/** The real PostgreSQL server the tests use (DATABASE_URL; this machine's local server by default). */
export const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The same server, another database. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One template per jest run (set by global setup, inherited by workers), so concurrent runs never drop each other's databases. */
export const TEMPLATE_DB = process.env.WFHUB_TEST_TEMPLATE || `wfhub_tpl_${process.pid}`;
export const TEST_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789';
