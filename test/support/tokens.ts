import { createToken } from '../../src/auth/token.service';
import type { Database } from '../../src/db/database';
import type { Viewer } from '../../src/graphql/context';

const SETUP: Viewer = { role: 'admin', providerId: null, providerKey: null, tokenId: null, name: 'test setup' };

/** A real bearer token in the test database (made as `wfhub token create` makes them). */
export async function createTestToken(db: Database, role: Viewer['role'], opts: { provider?: string; name?: string; expiresInDays?: number } = {}): Promise<string> {
  const { token } = await createToken(db, { role, providerKey: opts.provider ?? null, name: opts.name ?? `test ${role}`, expiresInDays: opts.expiresInDays ?? null }, SETUP);
  return token;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
