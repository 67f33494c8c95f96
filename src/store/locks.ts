import type { Kysely } from 'kysely';
import { KeyedLock, type KeyedRunner } from '../runtime/keyed-lock.js';
import type { Schema } from './schema.js';

/**
 * Named locks held in the store, so several instances take turns (e.g. status changes to one
 * prospect). A lock is a row with an expiry, renewed while its holder works: a holder that dies
 * frees it when the expiry passes. The same rows on SQLite and PostgreSQL; within one process,
 * tasks for one name queue in memory first, so only one of them at a time polls the store.
 */
export interface StoreLockOptions {
  /** Identifies this process as a holder. */
  holder: string;
  /** Names are `${scope}:${key}`. */
  scope: string;
  ttlMs?: number;
  /** The wait between tries while another instance holds the lock. */
  pollMs?: number;
  /** Gives up waiting (and runs anyway, logged by the caller) after this long. */
  maxWaitMs?: number;
  now?: () => number;
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  readonly code = 'LOCK_TIMEOUT';
}

export function createStoreLock(db: Kysely<Schema>, options: StoreLockOptions): KeyedRunner {
  const { holder, scope, ttlMs = 10_000, pollMs = 40, maxWaitMs = 30_000, now = Date.now } = options;
  const local = new KeyedLock();
  // Several tasks of one process may hold different names at once: each acquisition has its own holder id.
  let sequence = 0;

  async function acquire(name: string, me: string): Promise<void> {
    const giveUpAt = now() + maxWaitMs;
    for (let wait = pollMs; ; wait = Math.min(wait * 1.5, 250)) {
      const at = now();
      // Insert, or take over a row whose holder let it expire: one statement, so only one wins.
      const taken = await db
        .insertInto('store_locks')
        .values({ name, holder: me, expires_at: at + ttlMs })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ holder: me, expires_at: at + ttlMs })
            .where('store_locks.expires_at', '<', at),
        )
        .returning('holder')
        .executeTakeFirst();
      if (taken?.holder === me) return;
      if (at > giveUpAt) throw new LockTimeoutError(`waited ${maxWaitMs} ms for lock ${name}`);
      await new Promise((resolve) => setTimeout(resolve, wait * (0.5 + Math.random())));
    }
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const name = `${scope}:${key}`;
      return local.run(name, async () => {
        const me = `${holder}#${++sequence}`;
        await acquire(name, me);
        const renew = setInterval(() => {
          void db
            .updateTable('store_locks')
            .set({ expires_at: now() + ttlMs })
            .where('name', '=', name)
            .where('holder', '=', me)
            .execute()
            .catch(() => undefined);
        }, ttlMs / 3);
        renew.unref();
        try {
          return await task();
        } finally {
          clearInterval(renew);
          await db
            .deleteFrom('store_locks')
            .where('name', '=', name)
            .where('holder', '=', me)
            .execute()
            .catch(() => undefined);
        }
      });
    },
  };
}
