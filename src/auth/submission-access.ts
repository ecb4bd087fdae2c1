import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { Forbidden } from '../errors';
import type { Viewer } from '../graphql/context';
import { submitReturn, type SubmissionReport, type SubmitRequest } from '../returns/submit-return';
import { AuditAction, recordAudit } from './audit';

/** May this viewer submit or validate a return for the provider? Admin any; a provider token only its own key; analyst and bi never. */
export function assertMaySubmitFor(viewer: Viewer, providerKey: string | undefined | null): void {
  const key = providerKey?.trim() ?? '';
  if (viewer.role === 'admin') return;
  if (viewer.role === 'provider') {
    if (viewer.providerKey && key === viewer.providerKey) return;
    throw new Forbidden(`This token may submit returns for provider "${viewer.providerKey}" only, not "${key}"`, { provider: key });
  }
  throw new Forbidden(`${viewer.role === 'analyst' ? 'An' : 'A'} ${viewer.role} token cannot submit or validate returns`, { role: viewer.role });
}

/** The permission check of a submission, auditing a refusal (who tried to submit for whom) before it is thrown. */
export async function checkSubmission(db: Database, viewer: Viewer, req: { providerKey?: string | null; period?: string | null; dryRun?: boolean }): Promise<void> {
  try {
    assertMaySubmitFor(viewer, req.providerKey);
  } catch (e) {
    await recordAudit(db, viewer, req.dryRun ? AuditAction.RETURN_VALIDATED : AuditAction.RETURN_SUBMITTED,
      { providerKey: req.providerKey?.trim() || null, period: req.period ?? null, outcome: 'FORBIDDEN' });
    throw e;
  }
}

/**
 * submitReturn as a viewer, for every door (HTTP, GraphQL, CLI): the permission check, the use case, and the audit
 * entry (who, provider, period, outcome); refusals are audited too.
 */
export async function submitReturnAs(db: Database, config: HubConfig, viewer: Viewer, req: Omit<SubmitRequest, 'submittedBy'>): Promise<SubmissionReport> {
  await checkSubmission(db, viewer, req);
  const report = await submitReturn(db, config, { ...req, submittedBy: viewer.name });
  await recordAudit(db, viewer, req.dryRun ? AuditAction.RETURN_VALIDATED : AuditAction.RETURN_SUBMITTED, {
    providerKey: report.provider.key, period: report.period, outcome: report.outcome,
    returnId: report.returnId, reportId: report.reportId, errors: report.errors, warnings: report.warnings,
  });
  return report;
}
