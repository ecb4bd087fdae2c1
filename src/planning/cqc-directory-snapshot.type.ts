import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Rows of a directory file left out of the register for one reason.' })
export class LeftOutCount {
  @Field({ description: 'NOT_ADULT_SOCIAL_CARE, CHILDREN_ONLY, NO_LOCATION_ID or DUPLICATE_LOCATION.' }) reason!: string;
  @Field() why!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType({ description: 'One imported snapshot of the CQC care directory (wfhub reference import cqc-directory).' })
export class CqcDirectorySnapshot {
  @Field({ description: 'The date the snapshot stands for.' }) asOf!: string;
  @Field() sourceFile!: string;
  @Field() importedAt!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int, { description: 'Adult social care locations kept.' }) locations!: number;
  @Field(() => [LeftOutCount]) leftOut!: LeftOutCount[];
  @Field(() => Int, { description: 'Placed in a local authority by postcode.' }) byPostcode!: number;
  @Field(() => Int, { description: 'Placed by the Local Authority name.' }) byName!: number;
  @Field(() => Int, { description: 'Placed by neither: counted under "Unknown area".' }) unknownArea!: number;
  @Field(() => Int, { description: 'Locations of the previous snapshot missing from this one (deregistered from asOf).' }) deregistered!: number;
}
