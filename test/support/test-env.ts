/** The real PostgreSQL server the tests use (DATABASE_URL; this machine's local server by default). */
export const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** The same server, another database. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export const TEMPLATE_DB = 'wfhub_test_template';
export const TEST_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789';
