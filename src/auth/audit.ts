import type { Database } from '../db/database';
import type { Viewer } from '../graphql/context';

/** What the audit log records: submissions and dry runs, downloads, and token lifecycle. */
export enum AuditAction {
  RETURN_SUBMITTED = 'RETURN_SUBMITTED',
  RETURN_VALIDATED = 'RETURN_VALIDATED',
  REPORT_DOWNLOADED = 'REPORT_DOWNLOADED',
  EXPORT_DOWNLOADED = 'EXPORT_DOWNLOADED',
  TOKEN_CREATED = 'TOKEN_CREATED',
  TOKEN_REVOKED = 'TOKEN_REVOKED',
}

/** The searchable facts of an entry; anything else goes to `details` as JSON (never person-level values). */
export interface AuditDetails {
  providerKey?: string | null;
  period?: string | null;
  outcome?: string | null;
  [key: string]: unknown;
}

type Queryable = Pick<Database['pool'], 'query'>;

/** Append one entry to the audit log: who (token, name, role) did what, for which provider and period, with what outcome. */
export async function recordAudit(db: Pick<Database, 'pool'> | { pool: Queryable }, viewer: Viewer, action: AuditAction | `${AuditAction}`, details: AuditDetails = {}): Promise<void> {
  const { providerKey = null, period = null, outcome = null, ...rest } = details;
  await db.pool.query(
    `insert into audit_log (token_id, actor, role, action, provider_key, period, outcome, details) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [viewer.tokenId, viewer.name, viewer.role, action, providerKey, period, outcome, JSON.stringify(rest)],
  );
}
