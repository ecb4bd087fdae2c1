import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Category } from '../../analytics/group.type';
import { QualityRiskFlag } from './quality-risk-rules';

registerEnumType(QualityRiskFlag, {
  name: 'QualityRiskFlag',
  description: 'BORDERLINE_GOOD_REQUIRES_IMPROVEMENT: Good with exactly one key question Requires improvement, or Requires improvement with exactly two (none Inadequate). BORDERLINE_REQUIRES_IMPROVEMENT_INADEQUATE: Requires improvement with one key question Inadequate, or Inadequate with exactly two. NOT_INSPECTED_RECENTLY: a CQC location with no published rating, or rated more than notInspectedMonths ago.',
});

@ObjectType({ description: 'A CQC key question and its latest published rating.' })
export class CqcDomainRating {
  @Field({ description: 'OVERALL, SAFE, EFFECTIVE, CARING, RESPONSIVE or WELL_LED.' }) domain!: string;
  @Field({ description: 'OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE or INSUFFICIENT_EVIDENCE.' }) rating!: string;
}

@ObjectType({ description: 'One workforce indicator of a workplace beside its comparison group (the other workplaces of the same local authority and benchmark service group).' })
export class RiskIndicator {
  @Field({ description: 'turnoverRate, vacancyRate, agencyShare, careCertificateCompletion, trainingExpiredShare or registeredManagerVacancy (docs/commissioning.md).' }) indicator!: string;
  @Field() definition!: string;
  @Field(() => Float, { nullable: true, description: 'The workplace\'s value (a fraction); null when it cannot be computed.' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Pooled value of the other workplaces of the group; null when withheld (fewer than the disclosure thresholds) or not computable.' }) comparison!: number | null;
  @Field(() => Int, { nullable: true, description: 'Other workplaces the comparison is based on; null when withheld.' }) comparisonWorkplaces!: number | null;
  @Field() comparisonSuppressed!: boolean;
  @Field(() => Int, { description: 'Points toward the score.' }) points!: number;
}

@ObjectType({ description: 'A workplace to consider for quality support: its CQC rating, workforce indicators, score and flags.' })
export class QualityRiskWorkplace {
  @Field(() => Int) workplaceId!: number;
  @Field() providerKey!: string;
  @Field() localRef!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) cqcLocationId!: string | null;
  @Field(() => Category, { description: 'Benchmark service group (code 1 care home with nursing, 2 without, 8 domiciliary, 0 other).' }) serviceGroup!: Category;
  @Field(() => Int) staffRecords!: number;
  @Field(() => String, { nullable: true, description: 'Latest overall CQC rating.' }) overallRating!: string | null;
  @Field(() => String, { nullable: true, description: 'Publication date of that rating (YYYY-MM-DD).' }) ratingPublishedOn!: string | null;
  @Field(() => Int, { nullable: true, description: 'Whole months from the rating\'s publication to the as-of date.' }) monthsSinceInspection!: number | null;
  @Field(() => [CqcDomainRating]) ratings!: CqcDomainRating[];
  @Field(() => [RiskIndicator]) indicators!: RiskIndicator[];
  @Field(() => Int, { description: 'Σ indicator points (docs/commissioning.md: 1 point per indicator worse than its comparison by more than its margin, 2 for a registered-manager vacancy).' }) score!: number;
  @Field(() => [QualityRiskFlag]) flags!: QualityRiskFlag[];
}

@ObjectType({ description: 'Quality-risk targeting for one local authority and period.' })
export class QualityRisk {
  @Field() period!: string;
  @Field(() => Category) area!: Category;
  @Field({ description: 'The date months since inspection are counted to.' }) asOf!: string;
  @Field(() => Int) notInspectedMonths!: number;
  @Field(() => [QualityRiskWorkplace], { description: 'Highest score first, then longest since inspection.' }) workplaces!: QualityRiskWorkplace[];
}
