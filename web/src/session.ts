import { ApiError, graphql } from './api';

/** The same key GraphiQL reads, so a token entered here also works in the API explorer. */
const TOKEN_KEY = 'wfhub.token';

export type Role = 'admin' | 'provider' | 'analyst' | 'bi';

export interface Viewer {
  role: Role;
  providerKey: string | null;
  name: string;
  /** False when the hub does not know the viewer query (no access control): treated as an administrator. */
  fromHub: boolean;
}

export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (t: string) => sessionStorage.setItem(TOKEN_KEY, t.trim()),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** Who the token speaks for; a hub without the viewer query (before access control) is treated as admin. */
export async function loadViewer(): Promise<Viewer> {
  try {
    const data = await graphql<{ viewer: { role: string; providerKey: string | null; name: string | null } | null }>('{ viewer { role providerKey name } }');
    if (!data.viewer) throw new ApiError('Sign in with a token', 'UNAUTHENTICATED', 401);
    return { role: data.viewer.role.toLowerCase() as Role, providerKey: data.viewer.providerKey, name: data.viewer.name ?? '', fromHub: true };
  } catch (e) {
    if (e instanceof ApiError && e.code === 'GRAPHQL_VALIDATION_FAILED' && /viewer/.test(e.message)) {
      return { role: 'admin', providerKey: null, name: 'local', fromHub: false };
    }
    throw e;
  }
}

export const canUpload = (v: Viewer) => v.role === 'admin' || v.role === 'provider';
/** Providers see the figures of their own workplaces only (the hub scopes them). */
export const canAnalyse = (_v: Viewer) => true;
