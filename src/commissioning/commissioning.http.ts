import { Router, type Request } from 'express';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { viewerOf } from '../http/viewer';
import { qualityRiskRoutes } from './quality-risk/quality-risk.http';
import { representationRoutes } from './representation/representation.http';
import { retentionFactorsRoutes } from './retention-factors/retention-factors.http';
import { wdfEligibilityRoutes } from './wdf-eligibility/wdf-eligibility.http';

/** The commissioning CSV exports under /api/export/, mounted once in src/http/app.ts. */
export function commissioningExportRoutes(db: Database, config: HubConfig): Router {
  const deps = (req: Request) => ({ db, config, viewer: viewerOf(req) });
  return Router().use(wdfEligibilityRoutes(deps), representationRoutes(deps), qualityRiskRoutes(deps), retentionFactorsRoutes(deps));
}
