import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../analytics/disclosure';
import { GroupValue } from '../analytics/group.type';

@ObjectType({ description: 'Return coverage for one group (docs/planning.md). Directory counts are public and never withheld; workforce figures follow the disclosure rules.' })
export class CoverageRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => String, { nullable: true, description: 'Date of the CQC directory snapshot used: the latest on or before the period\'s snapshot date, else the earliest after it.' }) directoryAsOf!: string | null;
  @Field(() => Int, { description: 'Registered adult social care locations in the directory snapshot.' }) locations!: number;
  @Field(() => Int, { description: 'Of those, locations whose CQC location ID is on a workplace of a current return for the period.' }) locationsWithReturn!: number;
  @Field(() => Float, { nullable: true, description: 'locationsWithReturn ÷ locations; null when there are no locations.' }) coverageRate!: number | null;
  @Field(() => Int, { description: 'Workplaces in current returns for the period, registered with CQC or not (placed by their own return).' }) workplacesWithReturn!: number;
  @Field(() => Int, { description: 'Of those, workplaces whose CQC location ID is blank or not a registered adult social care location in the snapshot.' }) workplacesNotInDirectory!: number;
  @Field(() => Int, { nullable: true }) staffRecords!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of returned workplaces whose staff records equal their declared total staff.' }) staffCountMatchShare!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}
