import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { Provider } from './provider.entity';

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => [Provider])
  providers(@Ctx() { em }: GraphQLContext): Promise<Provider[]> {
    return em.find(Provider, {}, { orderBy: { key: 'asc' } });
  }

  @Query(() => Provider, { nullable: true })
  provider(@Arg('key') key: string, @Ctx() { em }: GraphQLContext): Promise<Provider | null> {
    return em.findOne(Provider, { key });
  }
}
