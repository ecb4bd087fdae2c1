import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import express, { type Express, type Request } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { authenticate } from '../auth/authenticate';
import { RequestRateLimiter } from '../auth/rate-limit';
import { applyStatementTimeout, statementTimeoutErrors } from '../auth/statement-timeout';
import { createContext, type GraphQLContext } from '../graphql/context';
import { viewerOf } from './viewer';
import { errorHandler } from './error-handler';
import { graphiqlRoutes } from './graphiql';
import { webPagesRoutes } from './web-pages';
import { healthRoutes } from './health';
import { returnsRoutes } from '../returns/returns.http';
import { exportRoutes } from '../analytics/export.http';
import type { AnalyticsRequest } from '../analytics/workforce-analytics';
import { AuditAction, recordAudit } from '../auth/audit';
import { commissioningExportRoutes } from '../commissioning/commissioning.http';
import { planningExportRoutes } from '../planning/planning-export.http';

export interface AppDeps {
  config: HubConfig;
  db: Database;
  apollo: ApolloServer<GraphQLContext>;
  log: (m: string) => void;
}

/** The HTTP surface: health, GraphiQL and GraphQL; routes for uploads and exports are mounted beside /graphql. */
export function createApp({ config, db, apollo, log }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(db));
  app.use(graphiqlRoutes());
  app.use(webPagesRoutes());
  // public routes above this line (health, the GraphiQL page, static pages); every route below needs a bearer token
  app.use(authenticate({ db, limiter: new RequestRateLimiter({ perMinute: config.limits.rateLimitPerMinute }) }));
  applyStatementTimeout(db, { timeoutMs: config.limits.statementTimeoutMs });
  app.use(returnsRoutes(db, config));
  // every CSV download is audited: who exported what, for which period and slice
  const auditExport = (req: Request, what: string, args: AnalyticsRequest) =>
    recordAudit(db, viewerOf(req), AuditAction.EXPORT_DOWNLOADED, { period: args.period, export: what, groupBy: args.groupBy ?? [], filter: args.filter ?? {} });
  app.use(exportRoutes(db, config, auditExport));
  app.use(commissioningExportRoutes(db, config));
  app.use(planningExportRoutes(db, config, auditExport));
  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyBytes }),
    graphqlUploadExpress({ maxFileSize: config.limits.uploadBytes, maxFiles: 3 }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, config, viewerOf(req)) }),
  );
  app.use(statementTimeoutErrors(config.limits.statementTimeoutMs));
  app.use(errorHandler(log));
  return app;
}
