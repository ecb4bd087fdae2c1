import { QualityRiskResolver } from './quality-risk/quality-risk.resolver';
import { RetentionFactorsResolver } from './retention-factors/retention-factors.resolver';
import { RepresentationResolver } from './representation/representation.resolver';
import { WdfEligibilityResolver } from './wdf-eligibility/wdf-eligibility.resolver';

/** The commissioning analyses' resolvers (issue 8), listed once for src/graphql/schema.ts. */
export const commissioningResolvers = [WdfEligibilityResolver, RepresentationResolver, QualityRiskResolver, RetentionFactorsResolver] as const;
