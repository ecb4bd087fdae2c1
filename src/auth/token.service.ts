import type { Database } from '../db/database';
import { BadInput, NotFound, Unauthenticated } from '../errors';
import type { Viewer } from '../graphql/context';
import { AuditAction, recordAudit } from './audit';
import { type Role, ROLES } from './role';
import { hashToken, newTokenSecret, TOKEN_PREFIX } from './token-secret';

export interface TokenRequest {
  role: string;
  /** Required for (and only for) a provider token; the provider need not exist yet (its first return creates it). */
  providerKey?: string | null;
  name?: string | null;
  expiresInDays?: number | null;
}

/** A token as `token list` shows it: everything but the secret, which is never stored. */
export interface TokenInfo {
  id: number;
  role: Role;
  providerKey: string | null;
  name: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The same rule submitReturn applies to provider keys. */
const PROVIDER_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_EXPIRY_DAYS = 3650;
/** last_used_at is refreshed at most this often, so a busy token does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const COLUMNS = `id, role, provider_key, name, created_at, expires_at, revoked_at, last_used_at`;

function toInfo(r: Record<string, any>): TokenInfo {
  return { id: r.id, role: r.role, providerKey: r.provider_key, name: r.name, createdAt: r.created_at, expiresAt: r.expires_at, revokedAt: r.revoked_at, lastUsedAt: r.last_used_at };
}

/** The rules of a token request (BAD_INPUT when broken), checked before anything is opened or written. */
export function checkTokenRequest(req: TokenRequest): { role: Role; providerKey: string | null; name: string | null; expiresInDays: number | null } {
  const role = req.role as Role;
  if (!ROLES.includes(role)) throw new BadInput(`role must be one of ${ROLES.join(', ')}; got "${req.role}"`, { role: req.role });
  const providerKey = req.providerKey?.trim() || null;
  if (role === 'provider' && !providerKey) throw new BadInput('A provider token needs --provider <key>: the provider it may see and submit for', { role });
  if (role !== 'provider' && providerKey) throw new BadInput(`Only provider tokens are bound to a provider; a ${role} token takes no --provider`, { role });
  if (providerKey && !PROVIDER_KEY.test(providerKey)) throw new BadInput(`Provider key "${providerKey}" must be 1-64 letters, digits, dot, dash or underscore`, { provider: providerKey });
  const days = req.expiresInDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS)) {
    throw new BadInput(`expires must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}; got ${days}`, { expires: days });
  }
  return { role, providerKey, name: req.name?.trim() || null, expiresInDays: days };
}

/** Create a token: the secret is returned once; only its hash is stored. The creation is audited. */
export async function createToken(db: Database, req: TokenRequest, actor: Viewer): Promise<{ token: string; info: TokenInfo }> {
  const r = checkTokenRequest(req);
  const token = newTokenSecret();
  const { rows } = await db.pool.query(
    `insert into api_token (token_hash, role, provider_key, name, expires_at)
     values ($1, $2, $3, $4, case when $5::int is null then null else now() + make_interval(days => $5::int) end) returning ${COLUMNS}`,
    [hashToken(token), r.role, r.providerKey, r.name, r.expiresInDays],
  );
  const info = toInfo(rows[0]);
  await recordAudit(db, actor, AuditAction.TOKEN_CREATED, { providerKey: info.providerKey, tokenId: info.id, tokenRole: info.role, tokenName: info.name, expiresAt: info.expiresAt });
  return { token, info };
}

export async function listTokens(db: Database): Promise<TokenInfo[]> {
  const { rows } = await db.pool.query(`select ${COLUMNS} from api_token order by id`);
  return rows.map(toInfo);
}

/** Revoke a token at once (the next request with it is refused); revoking a revoked token changes nothing. */
export async function revokeToken(db: Database, id: number, actor: Viewer): Promise<{ info: TokenInfo; alreadyRevoked: boolean }> {
  if (!Number.isInteger(id) || id <= 0) throw new BadInput(`"${id}" is not a token id (see wfhub token list)`, { id });
  const { rows } = await db.pool.query(
    `update api_token set revoked_at = now() where id = $1 and revoked_at is null returning ${COLUMNS}`, [id]);
  if (rows[0]) {
    const info = toInfo(rows[0]);
    await recordAudit(db, actor, AuditAction.TOKEN_REVOKED, { providerKey: info.providerKey, tokenId: id, tokenRole: info.role, tokenName: info.name });
    return { info, alreadyRevoked: false };
  }
  const existing = await db.pool.query(`select ${COLUMNS} from api_token where id = $1`, [id]);
  if (!existing.rows[0]) throw new NotFound(`No token ${id} (see wfhub token list)`, { id });
  return { info: toInfo(existing.rows[0]), alreadyRevoked: true };
}

const day = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** Who a bearer token speaks for; Unauthenticated (401) when it is unknown, revoked or expired. */
export async function viewerForToken(db: Pick<Database, 'pool'>, token: string): Promise<Viewer> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) {
    throw new Unauthenticated(`The bearer token is not a Workforce Hub token (they start with "${TOKEN_PREFIX}")`, { reason: 'malformed' });
  }
  const { rows } = await db.pool.query(
    `select t.id, t.role, t.provider_key, t.name, t.expires_at, t.revoked_at, t.last_used_at, p.id as provider_id, t.expires_at <= now() as expired
     from api_token t left join provider p on p.key = t.provider_key where t.token_hash = $1`,
    [hashToken(token)],
  );
  const t = rows[0];
  if (!t) throw new Unauthenticated('The bearer token is not valid (unknown or mistyped token)', { reason: 'unknown' });
  if (t.revoked_at) throw new Unauthenticated(`The bearer token was revoked on ${day(t.revoked_at)}`, { reason: 'revoked' });
  if (t.expired) throw new Unauthenticated(`The bearer token expired on ${day(t.expires_at)}`, { reason: 'expired' });
  if (!t.last_used_at || Date.now() - t.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.pool.query(`update api_token set last_used_at = now() where id = $1`, [t.id]);
  }
  return { role: t.role, providerId: t.provider_id ?? null, providerKey: t.provider_key, tokenId: t.id, name: t.name ?? `${t.role} token ${t.id}` };
}
