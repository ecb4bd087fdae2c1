import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from './disclosure';
import { GroupValue } from './group.type';

@ObjectType({ description: 'Workforce figures for one group (docs/analytics.md gives each definition). Rates are fractions (0.25 = 25%); null when withheld or not computable.' })
export class WorkforceMetricRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => Int, { nullable: true, description: 'Workplaces contributing to the group.' }) workplaces!: number | null;
  @Field(() => Int, { nullable: true }) staffRecords!: number | null;
  @Field(() => Int, { nullable: true, description: 'Staff records on permanent (1) or temporary (2) contracts.' }) directlyEmployed!: number | null;
  @Field(() => Int, { nullable: true, description: 'Leavers declared by workplaces whose leavers answer is known.' }) leavers!: number | null;
  @Field(() => Int, { nullable: true }) starters!: number | null;
  @Field(() => Int, { nullable: true }) vacancies!: number | null;
  @Field(() => Float, { nullable: true, description: 'Σ leavers ÷ Σ directly employed, over workplaces whose leavers answer is known and whose staff records equal their declared total staff.' }) turnoverRate!: number | null;
  @Field(() => Float, { nullable: true }) starterRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Σ vacancies ÷ (Σ directly employed + Σ vacancies), same inclusion rule with the vacancies answer.' }) vacancyRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Directly employed in the same main job for 12 months or more at the snapshot date ÷ directly employed.' }) stabilityRate!: number | null;
  @Field(() => Float, { nullable: true }) agencyShare!: number | null;
  @Field(() => Float, { nullable: true }) bankShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Zero-hours yes ÷ (yes + no).' }) zeroHoursShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hourly pay; annual salaries converted at the worker\'s weekly hours × 52.143.' }) medianHourlyPay!: number | null;
  @Field(() => Float, { nullable: true }) meanSicknessDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Care Certificate completed ÷ answered, among direct-care job roles.' }) careCertificateCompletedRate!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
