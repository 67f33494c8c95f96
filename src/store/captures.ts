import type { Kysely } from 'kysely';
import type { CapturesTable, Schema, WatchedChannelsTable } from './schema.js';

/**
 * Captures without a click, and the channels watched for them. The primary key of `captures` is the
 * guarantee that a capture runs once: whoever inserts the row owns it (with a lease); anyone else
 * inserting the same key is told it exists. A lease that runs out (the instance died) lets the sweep
 * of any instance take the row up and finish it.
 */

export type CaptureKind = CapturesTable['kind'];
export type CaptureState = CapturesTable['state'];
export type WatchMode = WatchedChannelsTable['mode'];

export interface CaptureRow {
  key: string;
  installationKey: string;
  kind: CaptureKind;
  state: CaptureState;
  request: unknown;
  result: unknown;
  prospectId: string | undefined;
  suggestionTs: string | undefined;
  attempts: number;
}

export interface WatchedChannel {
  channelId: string;
  mode: WatchMode;
  watchedBy: string;
  watchedAt: number;
  announcedAt: number | undefined;
}

export interface CaptureStore {
  /** Inserts a new capture claimed by the caller for `leaseMs`; false when the key already exists. */
  begin(
    row: { key: string; installationKey: string; kind: CaptureKind; request: unknown },
    leaseMs: number,
  ): Promise<boolean>;
  get(key: string): Promise<CaptureRow | undefined>;
  /** Takes an unfinished capture whose lease ran out; false when another instance has it (or it is done). */
  claim(key: string, leaseMs: number): Promise<boolean>;
  /** Unfinished captures whose lease ran out, oldest first. */
  expired(limit: number): Promise<string[]>;
  update(
    key: string,
    changes: Partial<{
      state: CaptureState;
      result: unknown;
      prospectId: string;
      suggestionTs: string | null;
    }>,
  ): Promise<void>;

  watched(installationKey: string, channelId: string): Promise<WatchedChannel | undefined>;
  /** Watches a channel (or changes its mode); keeps when its members were told. */
  watch(installationKey: string, channelId: string, mode: WatchMode, by: string): Promise<void>;
  markAnnounced(installationKey: string, channelId: string): Promise<void>;
  unwatch(installationKey: string, channelId: string): Promise<boolean>;
}

export function createCaptureStore(db: Kysely<Schema>, now: () => number = Date.now): CaptureStore {
  return {
    async begin(row, leaseMs) {
      const at = now();
      const result = await db
        .insertInto('captures')
        .values({
          key: row.key,
          installation_key: row.installationKey,
          kind: row.kind,
          state: 'pending',
          request: JSON.stringify(row.request),
          result: null,
          prospect_id: null,
          suggestion_ts: null,
          attempts: 1,
          claimed_until: at + leaseMs,
          created_at: at,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async get(key) {
      const row = await db.selectFrom('captures').selectAll().where('key', '=', key).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async claim(key, leaseMs) {
      const at = now();
      const result = await db
        .updateTable('captures')
        .set((eb) => ({ claimed_until: at + leaseMs, attempts: eb('attempts', '+', 1), updated_at: at }))
        .where('key', '=', key)
        .where('state', '!=', 'done')
        .where('claimed_until', '<', at)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },
    async expired(limit) {
      const rows = await db
        .selectFrom('captures')
        .select('key')
        .where('state', '!=', 'done')
        .where('claimed_until', '<', now())
        .orderBy('created_at')
        .limit(limit)
        .execute();
      return rows.map((r) => r.key);
    },
    async update(key, changes) {
      await db
        .updateTable('captures')
        .set({
          updated_at: now(),
          ...(changes.state ? { state: changes.state } : {}),
          ...('result' in changes ? { result: JSON.stringify(changes.result) } : {}),
          ...(changes.prospectId ? { prospect_id: changes.prospectId } : {}),
          ...('suggestionTs' in changes ? { suggestion_ts: changes.suggestionTs ?? null } : {}),
        })
        .where('key', '=', key)
        .execute();
    },

    async watched(installationKey, channelId) {
      const row = await db
        .selectFrom('watched_channels')
        .selectAll()
        .where('installation_key', '=', installationKey)
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        channelId: row.channel_id,
        mode: row.mode,
        watchedBy: row.watched_by,
        watchedAt: row.watched_at,
        announcedAt: row.announced_at ?? undefined,
      };
    },
    async watch(installationKey, channelId, mode, by) {
      const at = now();
      await db
        .insertInto('watched_channels')
        .values({
          installation_key: installationKey,
          channel_id: channelId,
          mode,
          watched_by: by,
          watched_at: at,
          announced_at: null,
        })
        .onConflict((oc) =>
          oc
            .columns(['installation_key', 'channel_id'])
            .doUpdateSet({ mode, watched_by: by, watched_at: at }),
        )
        .execute();
    },
    async markAnnounced(installationKey, channelId) {
      await db
        .updateTable('watched_channels')
        .set({ announced_at: now() })
        .where('installation_key', '=', installationKey)
        .where('channel_id', '=', channelId)
        .execute();
    },
    async unwatch(installationKey, channelId) {
      const result = await db
        .deleteFrom('watched_channels')
        .where('installation_key', '=', installationKey)
        .where('channel_id', '=', channelId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function fromRow(row: CapturesTable): CaptureRow {
  return {
    key: row.key,
    installationKey: row.installation_key,
    kind: row.kind,
    state: row.state,
    request: JSON.parse(row.request) as unknown,
    result: row.result === null ? undefined : (JSON.parse(row.result) as unknown),
    prospectId: row.prospect_id ?? undefined,
    suggestionTs: row.suggestion_ts ?? undefined,
    attempts: row.attempts,
  };
}
