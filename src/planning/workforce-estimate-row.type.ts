import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../analytics/disclosure';
import { GroupValue } from '../analytics/group.type';

@ObjectType({ description: 'Posts in returned workplaces grossed up to every registered location (docs/planning.md: method and limits).' })
export class WorkforceEstimateRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => Int, { nullable: true, description: 'Directory locations (only when every groupBy dimension is one the directory has: REGION, LOCAL_AUTHORITY, MAIN_SERVICE, SERVICE_GROUP).' }) locations!: number | null;
  @Field(() => Int, { nullable: true }) locationsWithReturn!: number | null;
  @Field(() => Float, { nullable: true, description: 'locationsWithReturn ÷ locations.' }) coverageRate!: number | null;
  @Field(() => Int, { nullable: true, description: 'Locations in local authority × service group cells where no location returned: not represented in the estimate.' }) locationsNotEstimated!: number | null;
  @Field(() => Int, { nullable: true }) workplacesWithReturn!: number | null;
  @Field(() => Int, { nullable: true, description: 'Staff records in returned workplaces.' }) filledPosts!: number | null;
  @Field(() => Int, { nullable: true, description: 'Vacancies declared by returned workplaces whose vacancies answer is known.' }) vacancies!: number | null;
  @Field(() => Int, { nullable: true, description: 'filledPosts + vacancies.' }) posts!: number | null;
  @Field(() => Float, { nullable: true }) estimatedFilledPosts!: number | null;
  @Field(() => Float, { nullable: true }) estimatedVacancies!: number | null;
  @Field(() => Float, { nullable: true, description: 'Σ over returned workplaces of (filled + vacancies) × the grossing factor of its local authority × service group.' }) estimatedPosts!: number | null;
  @Field(() => Float, { nullable: true, description: 'estimatedPosts ÷ posts: the group\'s overall grossing factor (1 = nothing to gross up).' }) grossingFactor!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
