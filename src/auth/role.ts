import type { Viewer } from '../graphql/context';

export type Role = Viewer['role'];

/** Every role a token can carry. */
export const ROLES: readonly Role[] = ['admin', 'provider', 'analyst', 'bi'];

/** Roles that may see person-level data (staff records, training, qualifications) — a provider only its own. */
export const PERSON_LEVEL_ROLES: Role[] = ['admin', 'provider'];

/** Roles that may submit or validate returns and read submissions and their reports — a provider only its own. */
export const SUBMITTER_ROLES: Role[] = ['admin', 'provider'];

export const ADMIN_ONLY: Role[] = ['admin'];

/** The viewer the local command line acts as: whoever can run `wfhub` on the server already holds the database. */
export function cliViewer(): Viewer {
  return { role: 'admin', providerId: null, providerKey: null, tokenId: null, name: `cli:${process.env.USER ?? process.env.USERNAME ?? 'local'}` };
}
