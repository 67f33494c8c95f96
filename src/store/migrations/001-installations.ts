import type { Kysely } from 'kysely';

/**
 * One row per installation of the app. Only what routing and the Home tab need is in clear; the
 * whole Bolt Installation, tokens included, is the sealed `secret`.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('installations')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('is_enterprise_install', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('bot_user_id', 'text')
    .addColumn('bot_id', 'text')
    .addColumn('installer_user_id', 'text')
    .addColumn('team_name', 'text')
    .addColumn('secret', 'text', (col) => col.notNull())
    .addColumn('bot_token_expires_at', 'bigint')
    .addColumn('installed_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();
  // Finding an org's install from one of its workspaces goes through enterprise_id.
  await db.schema
    .createIndex('installations_enterprise_id')
    .on('installations')
    .column('enterprise_id')
    .execute();
}
