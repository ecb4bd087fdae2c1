import { type Command, Option } from 'commander';
import { loadConfig } from '../config';
import { type Database, migrate, openDatabase, pendingMigrations } from '../db/database';
import { BadInput } from '../errors';
import { cliViewer, ROLES } from './role';
import { checkTokenRequest, createToken, listTokens, revokeToken, type TokenInfo } from './token.service';

/** The database, migrated first only when a migration is pending (the first admin token may come before the first `serve`). */
async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig(), () => undefined);
  try {
    if ((await pendingMigrations(db)).length) await migrate(db, () => undefined);
    return await fn(db);
  } finally {
    await db.close();
  }
}

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') : '-');

function table(tokens: TokenInfo[]): string {
  const head = ['id', 'role', 'provider', 'name', 'created', 'expires', 'revoked', 'last used'];
  const rows = tokens.map((t) => [String(t.id), t.role, t.providerKey ?? '-', t.name ?? '-', when(t.createdAt), when(t.expiresAt), when(t.revokedAt), when(t.lastUsedAt)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [head, ...rows].map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

function positiveInt(name: string) {
  return (v: string) => {
    if (!/^\d+$/.test(v)) throw new BadInput(`${name} must be a whole number; got "${v}"`);
    return Number(v);
  };
}

/** `wfhub token create|list|revoke`: bearer tokens for the API. The secret is printed once; only its hash is stored. */
export function registerTokenCommands(program: Command, log: (m: string) => void): void {
  const token = program.command('token').description('Bearer tokens for the API (GraphQL, uploads, exports)');

  token
    .command('create')
    .description('Create a token and print it once on standard output (only its hash is stored)')
    .addOption(new Option('--role <role>', 'what the token may do').choices([...ROLES]).makeOptionMandatory())
    .option('--provider <key>', 'the provider a provider token is bound to (it need not exist yet)')
    .option('--name <label>', 'who or what holds the token (shown in the audit log)')
    .option('--expires <days>', 'expire after this many days (default: never)', positiveInt('--expires'))
    .action(async (opts: { role: string; provider?: string; name?: string; expires?: number }) => {
      const request = { role: opts.role, providerKey: opts.provider, name: opts.name, expiresInDays: opts.expires };
      checkTokenRequest(request);
      await withDatabase(async (db) => {
        const { token: secret, info } = await createToken(db, request, cliViewer());
        log(`Created ${info.role} token ${info.id}${info.providerKey ? ` for provider ${info.providerKey}` : ''}${info.expiresAt ? `, expires ${when(info.expiresAt)} UTC` : ''}.`);
        log('Copy it now: it is not shown again. Send it as "Authorization: Bearer <token>".');
        process.stdout.write(secret + '\n');
      });
    });

  token
    .command('list')
    .description('List tokens (never the secrets): id, role, provider, name, created, expires, revoked, last used')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const tokens = await withDatabase(listTokens);
      process.stdout.write((opts.json ? JSON.stringify(tokens, null, 2) : table(tokens)) + '\n');
    });

  token
    .command('revoke <id>')
    .description('Revoke a token: requests with it are refused from now on')
    .action(async (id: string) => {
      await withDatabase(async (db) => {
        const { info, alreadyRevoked } = await revokeToken(db, positiveInt('id')(id), cliViewer());
        log(alreadyRevoked ? `Token ${info.id} was already revoked (${when(info.revokedAt)} UTC).` : `Revoked ${info.role} token ${info.id}${info.name ? ` (${info.name})` : ''}.`);
      });
    });
}
