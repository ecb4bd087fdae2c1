import { Migration } from '@mikro-orm/migrations';

/**
 * Access control: bearer tokens (only a SHA-256 hash of each token is kept) and the audit log of who submitted,
 * validated or downloaded what, and of token creation and revocation.
 */
export class Migration20261129100000_access_control extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_token" (
      "id" serial primary key,
      "token_hash" text not null unique,
      "role" text not null check ("role" in ('admin', 'provider', 'analyst', 'bi')),
      "provider_key" text null,
      "name" text null,
      "created_at" timestamptz not null default now(),
      "expires_at" timestamptz null,
      "revoked_at" timestamptz null,
      "last_used_at" timestamptz null,
      constraint "api_token_provider_bound" check (("role" = 'provider') = ("provider_key" is not null))
    );`);
    this.addSql(`create index "api_token_provider_key_index" on "api_token" ("provider_key");`);
    this.addSql(`create table "audit_log" (
      "id" bigserial primary key,
      "at" timestamptz not null default now(),
      "token_id" int null references "api_token" ("id") on delete set null,
      "actor" text not null,
      "role" text not null,
      "action" text not null,
      "provider_key" text null,
      "period" text null,
      "outcome" text null,
      "details" jsonb not null default '{}'
    );`);
    this.addSql(`create index "audit_log_action_id_index" on "audit_log" ("action", "id");`);
    this.addSql(`create index "audit_log_provider_key_index" on "audit_log" ("provider_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_log";`);
    this.addSql(`drop table if exists "api_token";`);
  }
}
