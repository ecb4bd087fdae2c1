import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SuppressionReason } from '../../analytics/disclosure';
import { Category, GroupValue } from '../../analytics/group.type';
import { WdfReason } from './wdf-rules';

registerEnumType(WdfReason, {
  name: 'WdfReason',
  description: 'Why a workplace is not WDF-eligible (ASC-WDS codes): NO_STAFF_RECORDS (100), TOO_FEW_ELIGIBLE_STAFF_RECORDS (101: under 90%), STAFF_RECORDS_NOT_TOTAL_STAFF (10), WORKPLACE_FIELDS_INCOMPLETE (11).',
});

@ObjectType({ description: 'Staff records of a workplace missing one WDF staff field.' })
export class WdfFieldGap {
  @Field({ description: 'The WDF field, e.g. weeklyHours, pay, sicknessDays (docs/commissioning.md lists each rule).' }) field!: string;
  @Field(() => Int) staffRecords!: number;
}

@ObjectType({ description: 'One staff record\'s WDF check (person-level: admin, and a provider for its own staff).' })
export class WdfStaffCheck {
  @Field() uniqueWorkerRef!: string;
  @Field() eligible!: boolean;
  @Field(() => [String], { description: 'WDF staff fields the record misses.' }) missingFields!: string[];
}

@ObjectType({ description: 'One workplace\'s Workforce Development Fund eligibility for a period, with its reasons.' })
export class WdfWorkplace {
  /** the workplace period judged; keys the per-record checks */
  workplacePeriodId!: number;
  @Field(() => Int) workplaceId!: number;
  @Field() period!: string;
  @Field() providerKey!: string;
  @Field() localRef!: string;
  @Field() name!: string;
  @Field(() => Category) localAuthority!: Category;
  @Field(() => Category) mainService!: Category;
  @Field(() => Int, { nullable: true, description: 'Declared total staff (TOTALPERMTEMP).' }) totalStaff!: number | null;
  @Field(() => Int) staffRecords!: number;
  @Field(() => Int, { description: 'Staff records with every WDF staff field present.' }) eligibleStaffRecords!: number;
  @Field(() => Int, { nullable: true, description: 'floor(eligible ÷ staff records × 100), as ASC-WDS reports it; 90 or more passes.' }) eligiblePercentage!: number | null;
  @Field() eligible!: boolean;
  @Field(() => [WdfReason]) reasons!: WdfReason[];
  @Field(() => [String], { description: 'WDF workplace fields missing (employerType, mainService, capacity, serviceUsers, vacancies, starters, leavers, totalStaff).' }) missingWorkplaceFields!: string[];
  @Field(() => [WdfFieldGap], { description: 'For each WDF staff field some records miss, how many.' }) staffFieldGaps!: WdfFieldGap[];
}

@ObjectType({ description: 'Eligible workplaces in one group. Null figures are withheld (disclosure control) or not computable.' })
export class WdfSummaryRow {
  @Field(() => [GroupValue]) group!: GroupValue[];
  @Field(() => Int, { nullable: true }) workplaces!: number | null;
  @Field(() => Int, { nullable: true }) eligibleWorkplaces!: number | null;
  @Field(() => Float, { nullable: true, description: 'eligible ÷ workplaces (a fraction).' }) eligibleShare!: number | null;
  @Field(() => Int, { nullable: true }) staffRecords!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}

@ObjectType({ description: 'WDF eligibility: the workplaces the caller may see by name, and counts of eligible workplaces by group.' })
export class WdfEligibility {
  @Field() period!: string;
  @Field(() => [WdfWorkplace]) workplaces!: WdfWorkplace[];
  @Field(() => [WdfSummaryRow]) summary!: WdfSummaryRow[];
}
