import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalyticsResolver } from '../analytics/analytics.resolver';
import { authChecker } from '../auth/auth-checker';
import { AuditLogResolver } from '../auth/audit-log.resolver';
import { ViewerResolver } from '../auth/viewer.resolver';
import { commissioningResolvers } from '../commissioning/commissioning.resolvers';
import { PlanningResolver } from '../planning/planning.resolver';
import { ProviderResolver } from '../providers/provider.resolver';
import { ReferenceResolver } from '../reference/reference.resolver';
import { ReturnResolver } from '../returns/return.resolver';
import { SubmitReturnResolver } from '../returns/submit-return.resolver';
import { WorkerResolver } from '../workers/worker.resolver';
import { WorkplaceResolver } from '../workplaces/workplace.resolver';

export const resolvers = [ReferenceResolver, ProviderResolver, WorkplaceResolver, WorkerResolver, ReturnResolver, SubmitReturnResolver, AnalyticsResolver, AuditLogResolver, ViewerResolver, ...commissioningResolvers, PlanningResolver] as const;

let cached: GraphQLSchema | null = null;

/** The type-graphql schema, built once per process (the SDL in schema/schema.graphql is printed from it). */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  cached ??= await buildSchema({ resolvers: [...resolvers], validate: false, emitSchemaFile: false, authChecker, authMode: 'error' });
  return cached;
}
