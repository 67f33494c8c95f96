import type { Kysely } from 'kysely';

/**
 * The capture journal, processed Events API ids, and store-held locks.
 *
 * `submissions`: one row per capture (a prospect form today; a Workflow Builder step or a watched
 * channel's message later), keyed by (kind, key) — the key is the capture's idempotency key, so the
 * same capture arriving twice finds the first row instead of making a second. `request` is what was
 * asked (JSON), `steps` what has been done so far (JSON, rewritten as each step finishes). A row is
 * worked on by one worker at a time: `worker` holds it until `claimed_until` (renewed while working).
 *
 * `processed_events`: Events API `event_id`s already handled, so a redelivery is handled once.
 * `store_locks`: named locks with an expiry (status changes to one prospect, across instances).
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not follow Schema.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('submissions')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('key', 'text', (col) => col.notNull())
    .addColumn('installation_key', 'text', (col) => col.notNull())
    .addColumn('team_id', 'text')
    .addColumn('enterprise_id', 'text')
    .addColumn('is_enterprise_install', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('request', 'text', (col) => col.notNull())
    .addColumn('steps', 'text', (col) => col.notNull())
    .addColumn('attempt', 'integer', (col) => col.notNull().defaultTo(1))
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('worker', 'text')
    .addColumn('claimed_until', 'bigint', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addColumn('finished_at', 'bigint')
    .addPrimaryKeyConstraint('submissions_pk', ['kind', 'key'])
    .execute();
  // The recovery sweep: unfinished rows whose claim has run out.
  await db.schema
    .createIndex('submissions_unfinished')
    .on('submissions')
    .columns(['state', 'claimed_until'])
    .execute();
  // Retention: finished rows past their time.
  await db.schema.createIndex('submissions_finished_at').on('submissions').column('finished_at').execute();
  await db.schema
    .createIndex('submissions_installation')
    .on('submissions')
    .column('installation_key')
    .execute();

  await db.schema
    .createTable('processed_events')
    .addColumn('event_id', 'text', (col) => col.primaryKey())
    .addColumn('received_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('processed_events_received_at')
    .on('processed_events')
    .column('received_at')
    .execute();

  await db.schema
    .createTable('store_locks')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('holder', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'bigint', (col) => col.notNull())
    .execute();
}
