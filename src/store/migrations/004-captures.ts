import type { Kysely } from 'kysely';

/**
 * Capture without a click (Workflow Builder step, watched channels).
 *
 * `captures`: one row per thing captured, keyed by what makes it unique — the step's
 * function_execution_id, or the message (installation, channel, ts). The primary key is what makes
 * a retried event, a second instance or a restart handle it once. `claimed_until` is a lease: an
 * unfinished row whose lease ran out is finished by whichever instance sweeps first. No message text
 * is kept: only the contact details the capture needs.
 *
 * `watched_channels`: the channels `/prospect watch` turned on, per installation.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('captures')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('installation_key', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('request', 'text', (col) => col.notNull())
    .addColumn('result', 'text')
    .addColumn('prospect_id', 'text')
    .addColumn('suggestion_ts', 'text')
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('claimed_until', 'bigint', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();
  // The sweep looks for unfinished rows whose lease ran out.
  await db.schema
    .createIndex('captures_unfinished')
    .on('captures')
    .columns(['state', 'claimed_until'])
    .execute();
  await db.schema.createIndex('captures_installation').on('captures').column('installation_key').execute();

  await db.schema
    .createTable('watched_channels')
    .addColumn('installation_key', 'text', (col) => col.notNull())
    .addColumn('channel_id', 'text', (col) => col.notNull())
    .addColumn('mode', 'text', (col) => col.notNull())
    .addColumn('watched_by', 'text', (col) => col.notNull())
    .addColumn('watched_at', 'bigint', (col) => col.notNull())
    /** When the channel's members were told the app reads new messages there; null until then. */
    .addColumn('announced_at', 'bigint')
    .addPrimaryKeyConstraint('watched_channels_pk', ['installation_key', 'channel_id'])
    .execute();
}
