import type { Kysely } from 'kysely';

/**
 * Each installation's own Trata API key, sealed. No foreign key to installations: single-workspace
 * mode keeps per-workspace rows without an installation row, and uninstalling deletes these
 * explicitly (KEPT_PER_INSTALLATION), the same way on both databases.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('trata_connections')
    .addColumn('installation_key', 'text', (col) => col.primaryKey())
    .addColumn('secret', 'text', (col) => col.notNull())
    .addColumn('key_last4', 'text', (col) => col.notNull())
    .addColumn('connected_by', 'text', (col) => col.notNull())
    .addColumn('connected_at', 'bigint', (col) => col.notNull())
    .addColumn('broken_at', 'bigint')
    .addColumn('broken_reason', 'text')
    .execute();
}
