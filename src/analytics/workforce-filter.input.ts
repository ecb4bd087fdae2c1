import { Field, InputType } from 'type-graphql';
import { Dimension } from './dimension';

/** Narrows any analytics query to the given codes of each dimension (codes as in `group.code`); fields combine with AND. */
@InputType({ description: 'Codes to keep per dimension; an empty or missing list keeps everything. `periods` widens the query to several periods (use groupBy PERIOD for a trend).' })
export class WorkforceFilter {
  @Field(() => [String], { nullable: true }) periods?: string[];
  @Field(() => [String], { nullable: true }) regions?: string[];
  @Field(() => [String], { nullable: true }) localAuthorities?: string[];
  @Field(() => [String], { nullable: true }) mainServices?: string[];
  @Field(() => [String], { nullable: true }) serviceGroups?: string[];
  @Field(() => [String], { nullable: true }) sectors?: string[];
  @Field(() => [String], { nullable: true }) employerTypes?: string[];
  @Field(() => [String], { nullable: true }) jobRoles?: string[];
  @Field(() => [String], { nullable: true }) jobRoleGroups?: string[];
  @Field(() => [String], { nullable: true }) contracts?: string[];
}

/** Which filter field narrows which dimension. */
export const filterDimension: Record<Exclude<keyof WorkforceFilter, 'periods'>, Dimension> = {
  regions: Dimension.REGION,
  localAuthorities: Dimension.LOCAL_AUTHORITY,
  mainServices: Dimension.MAIN_SERVICE,
  serviceGroups: Dimension.SERVICE_GROUP,
  sectors: Dimension.SECTOR,
  employerTypes: Dimension.EMPLOYER_TYPE,
  jobRoles: Dimension.JOB_ROLE,
  jobRoleGroups: Dimension.JOB_ROLE_GROUP,
  contracts: Dimension.CONTRACT,
};
