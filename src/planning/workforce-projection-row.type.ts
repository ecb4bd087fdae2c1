import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../analytics/disclosure';
import { GroupValue } from '../analytics/group.type';

@ObjectType({ description: 'Posts a group will need in a year as its population grows (docs/planning.md: method and limits).' })
export class WorkforceProjectionRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => Int) year!: number;
  @Field(() => String) ageBand!: string;
  @Field(() => Float, { nullable: true, description: 'Whole-area estimated posts at the period\'s snapshot.' }) basePosts!: number | null;
  @Field(() => Float, { nullable: true, description: 'Σ over local authorities of basePosts × population(year) ÷ population(snapshot year).' }) projectedPosts!: number | null;
  @Field(() => Float, { nullable: true, description: 'projectedPosts − basePosts.' }) additionalPosts!: number | null;
  @Field(() => Float, { nullable: true, description: 'projectedPosts ÷ basePosts.' }) growth!: number | null;
  @Field(() => Float, { nullable: true, description: 'Population in the age band in the snapshot year, summed over the group\'s local authorities (interpolated between file years).' }) populationBase!: number | null;
  @Field(() => Float, { nullable: true, description: 'Population in the age band in the year.' }) populationInYear!: number | null;
  @Field(() => Float, { nullable: true, description: 'Current turnover rate of the group (the analytics definition).' }) turnoverRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'turnoverRate × projected filled posts in the year + additionalPosts ÷ (year − snapshot year): people to recruit in that year.' }) annualRecruitmentNeed!: number | null;
  @Field(() => Float, { nullable: true, description: 'Estimated filled posts held today by staff aged 55 and over, who may retire within ten years.' }) retirementRisk!: number | null;
  @Field(() => Float, { nullable: true, description: 'retirementRisk ÷ estimated filled posts held by staff of known age.' }) retirementRiskShare!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
