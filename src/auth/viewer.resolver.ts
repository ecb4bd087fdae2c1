import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';

@ObjectType('Viewer', { description: 'Who the bearer token speaks for: the web pages choose their navigation by it.' })
export class ViewerView {
  @Field({ description: 'admin, provider, analyst or bi.' }) role!: string;
  @Field(() => String, { nullable: true, description: 'The provider a provider token is bound to; null for other roles.' }) providerKey!: string | null;
  @Field(() => String, { nullable: true, description: 'The token\'s name, as given to `wfhub token create --name`.' }) name!: string | null;
}

@Resolver()
export class ViewerResolver {
  @Query(() => ViewerView, { description: 'The caller: its role, and the provider key of a provider token.' })
  viewer(@Ctx() { viewer }: GraphQLContext): ViewerView {
    return { role: viewer.role, providerKey: viewer.providerKey ?? null, name: viewer.name || null };
  }
}
