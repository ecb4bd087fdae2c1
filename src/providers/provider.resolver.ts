import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { providerScope } from '../auth/viewer-scope';
import type { GraphQLContext } from '../graphql/context';
import { Provider } from './provider.entity';

/** Providers the viewer may see, in SQL: admin all, a provider itself, analyst and bi those with a workplace that shares with LAs. */
async function visibleProviders({ em, viewer }: GraphQLContext, key: string | null): Promise<Provider[]> {
  const scope = providerScope(viewer, 'p');
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select p.* from provider p where (${scope.sql}) ${key === null ? '' : 'and p.key = ?'} order by p.key`,
    key === null ? scope.params : [...scope.params, key],
  );
  return rows.map((r) => em.map(Provider, r));
}

@Resolver(() => Provider)
export class ProviderResolver {
  @Query(() => [Provider], { description: 'Providers: all for admin; a provider token its own; analyst and bi tokens those with a workplace that shares with local authorities.' })
  providers(@Ctx() ctx: GraphQLContext): Promise<Provider[]> {
    return visibleProviders(ctx, null);
  }

  @Query(() => Provider, { nullable: true, description: 'One provider by key; null when it does not exist or the token may not see it.' })
  async provider(@Arg('key') key: string, @Ctx() ctx: GraphQLContext): Promise<Provider | null> {
    return (await visibleProviders(ctx, key))[0] ?? null;
  }
}
