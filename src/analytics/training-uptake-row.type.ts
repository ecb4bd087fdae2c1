import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from './disclosure';
import { Category, GroupValue } from './group.type';

@ObjectType({ description: 'Staff records of the group with each Care Certificate answer (direct-care roles).' })
export class CareCertificateCount {
  @Field(() => Category) category!: Category;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true }) share!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType({ description: 'Training and qualifications for one group, at the period\'s snapshot date (docs/analytics.md).' })
export class TrainingUptakeRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => Int, { nullable: true }) workplaces!: number | null;
  @Field(() => Int, { nullable: true }) staffRecords!: number | null;
  @Field(() => Int, { nullable: true, description: 'Staff with the training (of the category, or any) in date at the snapshot.' }) inDate!: number | null;
  @Field(() => Int, { nullable: true, description: 'Staff whose training (in some category) had expired by the snapshot, with no in-date record of it.' }) expired!: number | null;
  @Field(() => Int, { nullable: true, description: 'Staff whose in-date training expires within 90 days after the snapshot.' }) expiringSoon!: number | null;
  @Field(() => Int, { nullable: true, description: 'Staff who completed the training within the period.' }) completedInPeriod!: number | null;
  @Field(() => Float, { nullable: true }) inDateShare!: number | null;
  @Field(() => [CareCertificateCount]) careCertificate!: CareCertificateCount[];
  @Field(() => Float, { nullable: true, description: 'Care-providing staff with a relevant social-care qualification at level 2 or above ÷ those answering yes with a known level or no.' }) qualifiedLevel2Share!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
