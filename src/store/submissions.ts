import { type Kysely, type Selectable, sql } from 'kysely';
import type { Schema, SubmissionsTable } from './schema.js';

/**
 * The capture journal: what a capture was asked to do, and each step's outcome as it happens, so a
 * process that dies mid-way loses nothing and a capture arriving twice is done once.
 *
 * - **Exactly once**: rows are keyed by (kind, idempotency key). `begin` inserts or finds the row, in
 *   one statement: whoever inserted it does the work; anyone else arriving with the same key gets
 *   the existing row and reuses its outcome.
 * - **One worker at a time**: a row is claimed by one worker until `claimed_until`, renewed while it
 *   works. Every write is fenced by the claim (`worker = me`), so a worker that lost its claim
 *   cannot record anything, and `claimStale` lets any instance take over rows whose worker is gone.
 * - Any kind of capture can use it (a prospect form today; a Workflow Builder step, a watched
 *   channel's message later): `request` and `steps` are the capture's own JSON.
 */

export interface CaptureIds {
  installationKey: string;
  teamId: string | undefined;
  enterpriseId: string | undefined;
  isEnterpriseInstall: boolean;
}

export interface JournalEntry<Request, Steps> {
  kind: string;
  key: string;
  ids: CaptureIds;
  userId: string;
  request: Request;
  steps: Steps;
  /** 1 for the first attempt; a finished capture that may be tried again (`reopen`) counts up. */
  attempt: number;
  state: 'working' | 'finished';
  worker: string | null;
  claimedUntil: number;
  createdAt: number;
  finishedAt: number | null;
}

export interface NewEntry<Request, Steps> {
  kind: string;
  key: string;
  ids: CaptureIds;
  userId: string;
  request: Request;
  steps: Steps;
}

export type Begun<Request, Steps> =
  /** This worker inserted the row and holds its claim. */
  | { mine: true; entry: JournalEntry<Request, Steps> }
  /** The row was there already: someone else's capture, working or finished. */
  | { mine: false; entry: JournalEntry<Request, Steps> };

/** A write refused because this worker no longer holds the row: another instance took it over. */
export class ClaimLostError extends Error {
  override readonly name = 'ClaimLostError';
  readonly code = 'CLAIM_LOST';
}

export interface JournalOptions {
  /** Which database: only the claim's locking clause differs. */
  dialect: 'sqlite' | 'postgres';
  /** Identifies this process in the rows it claims. */
  workerId: string;
  /** How long a claim lasts unless renewed. */
  claimMs?: number;
  now?: () => number;
}

export const DEFAULT_CLAIM_MS = 5000;

export interface Journal {
  readonly workerId: string;
  readonly claimMs: number;
  /** Inserts the capture claimed by this worker, or finds the one already there (same kind and key). */
  begin<R, S>(entry: NewEntry<R, S>): Promise<Begun<R, S>>;
  get<R, S>(kind: string, key: string): Promise<JournalEntry<R, S> | undefined>;
  /**
   * Records what has been done so far (the whole `steps`), renewing the claim; `finish` ends the
   * capture. Throws ClaimLostError when this worker no longer holds the row.
   */
  record<R, S>(entry: JournalEntry<R, S>, steps: S, options?: { finish?: boolean }): Promise<void>;
  /**
   * A finished capture tried again (e.g. a form sent back after a failure): starts attempt + 1 with
   * a new request and empty steps, claimed by this worker — unless someone else did it first.
   */
  reopen<R, S>(entry: JournalEntry<R, S>, request: R, steps: S): Promise<JournalEntry<R, S> | undefined>;
  /** Extends every claim this worker holds; returns how many. */
  renew(): Promise<number>;
  /** Takes over up to `limit` unfinished captures whose claim has run out (their worker is gone). */
  claimStale<R, S>(limit: number): Promise<JournalEntry<R, S>[]>;
  /** Deletes finished captures older than `finishedBefore`; returns how many. */
  prune(finishedBefore: number): Promise<number>;
}

type Row = Selectable<SubmissionsTable>;

export function createJournal(
  db: Kysely<Schema>,
  { dialect, workerId, claimMs = DEFAULT_CLAIM_MS, now = Date.now }: JournalOptions,
): Journal {
  const postgres = dialect === 'postgres';

  async function get<R, S>(kind: string, key: string): Promise<JournalEntry<R, S> | undefined> {
    const row = await db
      .selectFrom('submissions')
      .selectAll()
      .where('kind', '=', kind)
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? toEntry<R, S>(row) : undefined;
  }

  return {
    workerId,
    claimMs,
    get,

    async begin<R, S>(entry: NewEntry<R, S>): Promise<Begun<R, S>> {
      const at = now();
      const row: Row = {
        kind: entry.kind,
        key: entry.key,
        installation_key: entry.ids.installationKey,
        team_id: entry.ids.teamId ?? null,
        enterprise_id: entry.ids.enterpriseId ?? null,
        is_enterprise_install: entry.ids.isEnterpriseInstall ? 1 : 0,
        user_id: entry.userId,
        request: JSON.stringify(entry.request),
        steps: JSON.stringify(entry.steps),
        attempt: 1,
        state: 'working',
        worker: workerId,
        claimed_until: at + claimMs,
        created_at: at,
        updated_at: at,
        finished_at: null,
      };
      const inserted = await db
        .insertInto('submissions')
        .values(row)
        .onConflict((oc) => oc.columns(['kind', 'key']).doNothing())
        .returning('key')
        .executeTakeFirst();
      if (inserted) return { mine: true, entry: toEntry<R, S>(row) };
      const existing = await get<R, S>(entry.kind, entry.key);
      // Deleted between the two statements (retention, uninstall): start afresh.
      if (!existing) return this.begin(entry);
      return { mine: false, entry: existing };
    },

    async record(entry, steps, { finish = false } = {}) {
      const at = now();
      const result = await db
        .updateTable('submissions')
        .set({
          steps: JSON.stringify(steps),
          updated_at: at,
          ...(finish
            ? { state: 'finished', finished_at: at, worker: null, claimed_until: 0 }
            : { claimed_until: at + claimMs }),
        })
        .where('kind', '=', entry.kind)
        .where('key', '=', entry.key)
        .where('worker', '=', workerId)
        .where('attempt', '=', entry.attempt)
        .where('state', '=', 'working')
        // An expired claim may already be another instance's to take: start nothing new on it.
        .where('claimed_until', '>', at)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new ClaimLostError(`${entry.kind} ${entry.key} is no longer held by this worker`);
      }
      entry.steps = steps;
      if (finish) {
        entry.state = 'finished';
        entry.finishedAt = at;
        entry.worker = null;
      } else {
        entry.claimedUntil = at + claimMs;
      }
    },

    async reopen<R, S>(entry: JournalEntry<R, S>, request: R, steps: S) {
      const at = now();
      const result = await db
        .updateTable('submissions')
        .set({
          request: JSON.stringify(request),
          steps: JSON.stringify(steps),
          attempt: entry.attempt + 1,
          state: 'working',
          worker: workerId,
          claimed_until: at + claimMs,
          updated_at: at,
          finished_at: null,
        })
        .where('kind', '=', entry.kind)
        .where('key', '=', entry.key)
        .where('state', '=', 'finished')
        .where('attempt', '=', entry.attempt)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return undefined;
      return {
        ...entry,
        request,
        steps,
        attempt: entry.attempt + 1,
        state: 'working',
        worker: workerId,
        claimedUntil: at + claimMs,
        finishedAt: null,
      };
    },

    async renew() {
      const at = now();
      const result = await db
        .updateTable('submissions')
        .set({ claimed_until: at + claimMs })
        .where('worker', '=', workerId)
        .where('state', '=', 'working')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async claimStale<R, S>(limit: number) {
      const at = now();
      // One statement: the rows are chosen and claimed atomically. On PostgreSQL, SKIP LOCKED lets
      // several instances sweep at once, each taking different rows; SQLite runs one write at a time.
      const { rows } = await sql<Row>`
        update submissions set worker = ${workerId}, claimed_until = ${at + claimMs}, updated_at = ${at}
        where (kind, key) in (
          select kind, key from submissions
          where state = 'working' and claimed_until < ${at}
          order by claimed_until
          limit ${limit}
          ${postgres ? sql`for update skip locked` : sql``}
        )
        and state = 'working' and claimed_until < ${at}
        returning *`.execute(db);
      return rows.map((row) => toEntry<R, S>(row));
    },

    async prune(finishedBefore) {
      const result = await db
        .deleteFrom('submissions')
        .where('state', '=', 'finished')
        .where('finished_at', '<', finishedBefore)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toEntry<R, S>(row: Row): JournalEntry<R, S> {
  return {
    kind: row.kind,
    key: row.key,
    ids: {
      installationKey: row.installation_key,
      teamId: row.team_id ?? undefined,
      enterpriseId: row.enterprise_id ?? undefined,
      isEnterpriseInstall: row.is_enterprise_install === 1,
    },
    userId: row.user_id,
    request: JSON.parse(row.request) as R,
    steps: JSON.parse(row.steps) as S,
    attempt: Number(row.attempt),
    state: row.state,
    worker: row.worker,
    claimedUntil: Number(row.claimed_until),
    createdAt: Number(row.created_at),
    finishedAt: row.finished_at === null ? null : Number(row.finished_at),
  };
}
