import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../../analytics/disclosure';

@ObjectType({ description: 'Care workers whose previous-period record met this many of the five factors, and how many of them left.' })
export class RetentionByCount {
  @Field(() => Int, { description: '0 to 5.' }) factorsApplying!: number;
  @Field(() => Int, { nullable: true }) careWorkers!: number | null;
  @Field(() => Int, { nullable: true }) leavers!: number | null;
  @Field(() => Float, { nullable: true, description: 'leavers ÷ careWorkers.' }) turnoverRate!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}

@ObjectType({ description: 'Turnover of care workers for whom one factor applied, or did not.' })
export class RetentionByFactor {
  @Field({ description: 'paidAboveNationalLivingWage, notZeroHours, fullTime, trainedInLast12Months or relevantQualification.' }) factor!: string;
  @Field() definition!: string;
  @Field() applies!: boolean;
  @Field(() => Int, { nullable: true }) careWorkers!: number | null;
  @Field(() => Int, { nullable: true }) leavers!: number | null;
  @Field(() => Float, { nullable: true }) turnoverRate!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}

@ObjectType({ description: 'Which conditions keep care workers: snapshot-to-snapshot turnover of directly employed care workers split by the five retention factors.' })
export class RetentionFactors {
  @Field({ description: 'The period whose return shows who stayed.' }) period!: string;
  @Field({ description: 'The period whose care workers form the cohort, and whose records the factors are read from.' }) previousPeriod!: string;
  @Field(() => Float, { description: 'National Living Wage in force on 1 April of the previous period (£ an hour).' }) nationalLivingWage!: number;
  @Field() nationalLivingWageSource!: string;
  @Field(() => Int, { description: 'Providers with a CURRENT return in both periods (only their care workers are counted).' }) providersCompared!: number;
  @Field(() => [RetentionByCount]) byFactorsApplying!: RetentionByCount[];
  @Field(() => [RetentionByFactor]) byFactor!: RetentionByFactor[];
}
