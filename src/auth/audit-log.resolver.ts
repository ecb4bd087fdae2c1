import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { decodeCursor, pageSize, toPage, type Page } from '../graphql/connection';
import type { GraphQLContext } from '../graphql/context';
import { AuditAction } from './audit';
import { AuditEntry, AuditEntryConnection } from './audit-entry.type';
import { ADMIN_ONLY } from './role';

@Resolver()
export class AuditLogResolver {
  @Authorized(ADMIN_ONLY)
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (admin only).' })
  async auditLog(
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('after', () => String, { nullable: true }) after: string | undefined,
    @Arg('action', () => AuditAction, { nullable: true }) action: AuditAction | undefined,
    @Ctx() { db, config }: GraphQLContext,
  ): Promise<Page<AuditEntry>> {
    const limit = pageSize(first, config.limits.maxPageSize);
    const before = decodeCursor(after);
    const filter = `($1::text is null or action = $1)`;
    const [{ rows: [{ total }] }, { rows }] = await Promise.all([
      db.pool.query(`select count(*)::int as total from audit_log where ${filter}`, [action ?? null]),
      db.pool.query(
        `select id::int, at, token_id, actor, role, action, provider_key, period, outcome, details from audit_log
         where ${filter} and ($2::bigint = 0 or id < $2) order by id desc limit $3`,
        [action ?? null, before, limit + 1],
      ),
    ]);
    const entries = rows.map((r): AuditEntry => ({ id: r.id, at: r.at, tokenId: r.token_id, actor: r.actor, role: r.role, action: r.action,
      providerKey: r.provider_key, period: r.period, outcome: r.outcome, details: r.details }));
    return toPage(entries, limit, total);
  }
}
