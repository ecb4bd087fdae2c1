import { AuditAction, recordAudit } from '../../src/auth/audit';
import type { Viewer } from '../../src/graphql/context';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { ADMIN, TestGraphQL } from '../support/graphql';

const ALPHA: Viewer = { role: 'provider', providerId: 1, providerKey: 'alpha', tokenId: null, name: 'alpha uploader' };
const ANALYST: Viewer = { role: 'analyst', providerId: null, tokenId: null, name: 'analyst' };

describe('auditLog: the admin-only record of submissions, downloads and tokens', () => {
  let t: TestDatabase;
  let gql: TestGraphQL;
  beforeAll(async () => {
    t = await createTestDatabase();
    gql = await TestGraphQL.start(t.db, t.config);
    await recordAudit(t.db, ALPHA, AuditAction.RETURN_SUBMITTED, { providerKey: 'alpha', period: '2024-25', outcome: 'ACCEPTED', returnId: 7 });
    await recordAudit(t.db, ALPHA, AuditAction.RETURN_VALIDATED, { providerKey: 'alpha', period: '2024-25', outcome: 'VALIDATED' });
    await recordAudit(t.db, ANALYST, 'EXPORT_DOWNLOADED', { export: 'workforce-metrics', period: '2024-25', groupBy: ['REGION'] });
    await recordAudit(t.db, ALPHA, AuditAction.REPORT_DOWNLOADED, { providerKey: 'alpha', period: '2024-25', reportId: 3, format: 'csv' });
  });
  afterAll(async () => {
    await gql.stop();
    await t.drop();
  });

  const QUERY = `query($first: Int, $after: String, $action: AuditAction) { auditLog(first: $first, after: $after, action: $action) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { actor role action providerKey period outcome details } } } }`;

  it('lists entries newest first, with who, what, for whom, and the details', async () => {
    const res = await gql.run(QUERY, {}, ADMIN);
    expect(res.errors).toBeUndefined();
    expect(res.data!.auditLog.totalCount).toBe(4);
    expect(res.data!.auditLog.edges.map((e: any) => e.node)).toEqual([
      { actor: 'alpha uploader', role: 'provider', action: 'REPORT_DOWNLOADED', providerKey: 'alpha', period: '2024-25', outcome: null, details: { reportId: 3, format: 'csv' } },
      { actor: 'analyst', role: 'analyst', action: 'EXPORT_DOWNLOADED', providerKey: null, period: '2024-25', outcome: null, details: { export: 'workforce-metrics', groupBy: ['REGION'] } },
      { actor: 'alpha uploader', role: 'provider', action: 'RETURN_VALIDATED', providerKey: 'alpha', period: '2024-25', outcome: 'VALIDATED', details: {} },
      { actor: 'alpha uploader', role: 'provider', action: 'RETURN_SUBMITTED', providerKey: 'alpha', period: '2024-25', outcome: 'ACCEPTED', details: { returnId: 7 } },
    ]);
  });

  it('filters by action and pages with a cursor', async () => {
    const submitted = await gql.run(QUERY, { action: 'RETURN_SUBMITTED' }, ADMIN);
    expect(submitted.data!.auditLog.edges.map((e: any) => e.node.outcome)).toEqual(['ACCEPTED']);
    const page1 = await gql.run(QUERY, { first: 3 }, ADMIN);
    expect(page1.data!.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await gql.run(QUERY, { first: 3, after: page1.data!.auditLog.pageInfo.endCursor }, ADMIN);
    expect(page2.data!.auditLog.edges.map((e: any) => e.node.action)).toEqual(['RETURN_SUBMITTED']);
    expect(page2.data!.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  it.each([['provider', ALPHA], ['analyst', ANALYST]] as const)('refuses a %s token', async (_role, viewer) => {
    const res = await gql.run(QUERY, {}, viewer);
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });
});
