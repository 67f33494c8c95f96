import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { handleEventsOnce } from './listeners/processed-events.js';
import { createDurableSubmissions } from './prospects/durable-submit.js';
import type { WorkTracker } from './runtime/work-tracker.js';
import type { PayloadSigner } from './slack/payloads/signer.js';
import type { SlackWeb } from './slack/web/client.js';
import { memoryDatabase, type StoreDatabase } from './store/database.js';
import { createStoreLock } from './store/locks.js';
import { createProcessedEvents, EVENT_ID_KEEP_MS } from './store/processed-events.js';
import { createJournal } from './store/submissions.js';
import type { WorkspaceResolver } from './workspaces/workspace.js';

/**
 * What makes the app survive a crash and share its work with other instances, all held in the
 * store: the submission journal (and its recovery sweep), Events API ids already handled, and the
 * per-prospect status lock. Without a store (tests building the app by hand) an in-memory SQLite
 * database stands in, lasting as long as the process.
 */
export interface DurabilityOptions {
  config: Config;
  logger: Logger;
  database: StoreDatabase | undefined;
  workspaces: WorkspaceResolver;
  web: SlackWeb;
  signer: PayloadSigner;
  work: WorkTracker;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createDurability(options: DurabilityOptions) {
  const { config, logger } = options;
  const memory = options.database ? undefined : memoryDatabase();
  const database = options.database ?? (memory as NonNullable<typeof memory>).database;
  // Unique per process: a restarted app is a new worker, and the dead one's claims simply run out.
  const workerId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const journal = createJournal(database.db, { dialect: database.kind, workerId });
  const processedEvents = createProcessedEvents(database.db);
  const submissions = createDurableSubmissions({
    journal,
    workspaces: options.workspaces,
    respond: options.web.respond,
    signer: options.signer,
    defaultRegion: config.defaultPhoneRegion,
    trataAppUrl: config.trata.appUrl,
    logger,
    track: (task) => options.work.track(task),
    retentionMs: config.submissionRetentionDays * DAY_MS,
    onPrune: (now) => processedEvents.prune(now - EVENT_ID_KEEP_MS),
  });
  return {
    workerId,
    submissions,
    prospectLock: createStoreLock(database.db, { holder: workerId, scope: 'prospect-status' }),
    eventsOnce: handleEventsOnce(processedEvents, logger),
    /** Migrates the stand-in store if there is one, then starts taking up unfinished work. */
    async start() {
      await memory?.migrate();
      submissions.start();
    },
    /** No more work taken up; claims on work still running stay renewed. */
    stop: () => submissions.stop(),
    async close() {
      submissions.close();
      await memory?.database.close();
    },
  };
}
