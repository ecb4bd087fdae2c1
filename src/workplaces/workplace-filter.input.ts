import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'Narrows workplaces; every list is "any of".' })
export class WorkplaceFilter {
  @Field(() => [String], { nullable: true, description: 'Provider keys.' })
  providers?: string[];

  @Field(() => String, { nullable: true, description: 'Only workplaces with a current return for this period (e.g. 2024-25).' })
  period?: string;

  @Field(() => [Int], { nullable: true, description: 'Local authority (CSSR) codes, in that period (or the latest).' })
  localAuthorities?: number[];

  @Field(() => [Int], { nullable: true })
  regions?: number[];

  @Field(() => [Int], { nullable: true, description: 'Main service codes.' })
  mainServices?: number[];

  @Field(() => String, { nullable: true, description: 'CQC location ID.' })
  cqcLocationId?: string;
}
