import { Client } from 'pg';
import { serverUrl } from './test-env';

/** Drop this run's template (test files drop their own databases). */
export default async function globalTeardown(): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${process.env.WFHUB_TEST_TEMPLATE}" with (force)`);
  await admin.end();
}
