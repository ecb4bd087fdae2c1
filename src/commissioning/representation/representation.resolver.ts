import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Characteristic } from '../../analytics/characteristic';
import { WorkforceFilter } from '../../analytics/workforce-filter.input';
import type { GraphQLContext } from '../../graphql/context';
import { COMMISSIONING_ROLES } from '../workplace-visibility';
import { representation } from './representation';
import { Representation } from './representation.type';

@Resolver()
export class RepresentationResolver {
  @Authorized(COMMISSIONING_ROLES)
  @Query(() => Representation, { description: 'Workforce share against local population share for each category of ETHNIC_GROUP, AGE_BAND, GENDER or NATIONALITY_GROUP in one local authority (population from `wfhub reference import population`).' })
  representation(
    @Arg('period') period: string,
    @Arg('characteristic', () => Characteristic) characteristic: Characteristic,
    @Arg('area', { description: 'Local authority (CSSR) code, e.g. "316".' }) area: string,
    @Arg('filter', () => WorkforceFilter, { nullable: true, description: 'Narrow the workforce side, e.g. jobRoleGroups: ["direct_care"].' }) filter: WorkforceFilter | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Representation> {
    return representation(ctx, { period, characteristic, area, filter });
  }
}
