import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../graphql/connection';

@ObjectType({ description: 'A registered adult social care location with no return for the period (public directory facts).' })
export class CoverageGap {
  @Field({ description: 'CQC location ID.' }) locationId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field({ description: 'CSSR code, or UNKNOWN when neither postcode nor name placed it.' }) localAuthorityCode!: string;
  @Field() localAuthorityLabel!: string;
  @Field() regionLabel!: string;
  @Field(() => String, { nullable: true }) providerName!: string | null;
  @Field(() => String, { nullable: true, description: 'CQC provider ID.' }) cqcProviderId!: string | null;
  @Field(() => [String], { description: 'CQC service types, as the directory lists them.' }) serviceTypes!: string[];
  @Field({ description: 'Service group the hub counts the location under (from its service types).' }) serviceGroupLabel!: string;
  @Field(() => String, { nullable: true, description: 'The latest earlier period for which a workplace with this location ID was in a current return; null if none.' }) lastReturnedPeriod!: string | null;
  @Field({ description: 'On the council\'s commissioned services list (by location or provider).' }) commissioned!: boolean;
  @Field(() => [String]) contractRefs!: string[];
  @Field({ description: 'Date of the directory snapshot the location comes from.' }) directoryAsOf!: string;
}

export const CoverageGapConnection = Connection(CoverageGap, 'CoverageGap');
