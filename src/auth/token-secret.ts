import { createHash, randomBytes } from 'node:crypto';

/** Prefix of every hub token, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'wfh_';

/** A new bearer token: 32 random bytes (256 bits), base64url, prefixed. Shown once, never stored. */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: its SHA-256 (a 256-bit random secret needs no slow hash). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The token of an `Authorization: Bearer <token>` header; null when the header is absent or not a bearer token. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1] : null;
}
