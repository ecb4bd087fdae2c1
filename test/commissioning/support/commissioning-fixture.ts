import type { Viewer } from '../../../src/graphql/context';
import { submitReturn } from '../../../src/returns/submit-return';
import type { TestDatabase } from '../../support/database';
import { sql } from '../../support/fixtures';
import { careWorker, plainWorkplace, returnFiles, type ReturnSpec, TODAY } from '../../returns/support/return-files';

export { careWorker, plainWorkplace };

export const analyst: Viewer = { role: 'analyst', providerId: null, tokenId: null, name: 'test analyst' };
export const bi: Viewer = { role: 'bi', providerId: null, tokenId: null, name: 'test bi' };
export const providerViewer = (providerId: number): Viewer => ({ role: 'provider', providerId, tokenId: null, name: `provider ${providerId}` });

/** Postcodes the fixtures use: LS1 2RP → 316, L1 8JQ → 317. */
export async function seedPostcodes(t: TestDatabase): Promise<void> {
  await sql(t.db, `insert into postcode values ('LS1 2RP', 316), ('L1 8JQ', 317) on conflict do nothing`);
}

/** Submit a return through the real use case; fails the test if it is not accepted. */
export async function submit(t: TestDatabase, providerKey: string, period: string, spec: ReturnSpec, today = TODAY): Promise<number> {
  const report = await submitReturn(t.db, t.config, { providerKey, period, files: returnFiles(spec), today });
  if (!report.accepted) throw new Error(`return not accepted: ${JSON.stringify(report.problems.filter((p) => p.severity === 'error').slice(0, 5))}`);
  const [p] = await sql<{ id: number }>(t.db, `select id from provider where key = $1`, [providerKey]);
  return p.id;
}

/** n workers at a workplace, S1..Sn, each a clean care worker with the overrides given for its index. */
export const workers = (localRef: string, n: number, extra: (i: number) => Record<string, string | undefined> = () => ({})): Record<string, string>[] =>
  Array.from({ length: n }, (_, i) => careWorker(localRef, `${localRef}-S${i + 1}`,
    Object.fromEntries(Object.entries(extra(i)).filter((e): e is [string, string] => e[1] !== undefined))));
