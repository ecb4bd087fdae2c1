import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config';
import type { Database } from '../db/database';
import { createLoaders, type Loaders } from './loaders';

/** Who is asking. Filled from the bearer token once access control lands; the scoping hooks read it from here. */
export interface Viewer {
  role: 'admin' | 'provider' | 'analyst' | 'bi';
  providerId: number | null;
  /** The provider key a provider token is bound to (set even before the provider's first return creates it). */
  providerKey?: string | null;
  tokenId: number | null;
  name: string;
}

/** Request-scoped state: one EntityManager fork and one set of DataLoaders per request. */
export interface GraphQLContext {
  em: EntityManager;
  loaders: Loaders;
  config: HubConfig;
  db: Database;
  viewer: Viewer;
}

export function createContext(db: Database, config: HubConfig, viewer: Viewer): GraphQLContext {
  const em = db.orm.em.fork() as EntityManager;
  return { em, loaders: createLoaders(em, viewer), config, db, viewer };
}
