import type { Kysely } from 'kysely';
import type { Schema } from './schema.js';

/**
 * Events API ids already handled. Slack redelivers an event (same `event_id`, `x-slack-retry-num`)
 * when no 2xx came back within 3 s; whichever instance gets it, the first to insert the id handles it.
 */
export interface ProcessedEvents {
  /** True for the first arrival of this id (it is now recorded), false for a redelivery. */
  first(eventId: string): Promise<boolean>;
  /** Forgets ids received before `before`; Slack's retries are over within minutes. */
  prune(before: number): Promise<number>;
}

/** How long an event id is remembered: Slack's three retries come within about an hour at most. */
export const EVENT_ID_KEEP_MS = 6 * 60 * 60 * 1000;

export function createProcessedEvents(db: Kysely<Schema>, now: () => number = Date.now): ProcessedEvents {
  return {
    async first(eventId) {
      const inserted = await db
        .insertInto('processed_events')
        .values({ event_id: eventId, received_at: now() })
        .onConflict((oc) => oc.column('event_id').doNothing())
        .returning('event_id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    async prune(before) {
      const result = await db
        .deleteFrom('processed_events')
        .where('received_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
