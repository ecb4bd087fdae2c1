import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Characteristic } from '../../analytics/characteristic';
import { SuppressionReason } from '../../analytics/disclosure';
import { Category } from '../../analytics/group.type';

@ObjectType({ description: 'One category: the workforce share beside the local population share. Shares are fractions; null when withheld or not available.' })
export class RepresentationRow {
  @Field(() => Category) category!: Category;
  @Field(() => Int, { nullable: true, description: 'Staff records in the category, at workplaces in the area.' }) workforceCount!: number | null;
  @Field(() => Float, { nullable: true, description: 'workforceCount ÷ staff records with a known answer.' }) workforceShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Residents in the category (population reference).' }) populationCount!: number | null;
  @Field(() => Float, { nullable: true, description: 'populationCount ÷ residents counted over all categories of the reference.' }) populationShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'workforceShare ÷ populationShare: 1 is proportionate, below 1 under-represented.' }) ratio!: number | null;
  @Field(() => Float, { nullable: true, description: 'workforceShare − populationShare (a fraction: 0.05 = 5 percentage points).' }) difference!: number | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppressionReason!: SuppressionReason | null;
}

@ObjectType({ description: 'Is the care workforce of an area representative of the people who live there, for one characteristic?' })
export class Representation {
  @Field() period!: string;
  @Field(() => Characteristic) characteristic!: Characteristic;
  @Field(() => Category, { description: 'The local authority (CSSR code).' }) area!: Category;
  @Field(() => Int, { nullable: true, description: 'Staff records with a known answer (the workforce denominator); null when withheld.' }) workforceStaffRecords!: number | null;
  @Field(() => String, { nullable: true, description: 'Where the population counts come from (the source column of the reference); null when none is loaded for this area and characteristic.' }) populationSource!: string | null;
  @Field(() => [RepresentationRow]) rows!: RepresentationRow[];
}
