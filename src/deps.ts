import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { UnansweredRequests } from './runtime/unanswered.js';
import type { SlackApi } from './slack/web/client.js';
import type { TrataClient } from './trata/client.js';

/** What every listener needs, built once at start-up and passed in (no singletons). */
export interface AppDeps {
  config: Config;
  trata: TrataClient;
  logger: Logger;
  /** The hot Web API calls (views.open/update, card posts), sent lean; see ./slack/api.ts. */
  slackApi: SlackApi;
  /** How long a view submission may wait for Trata before answering with a "Creating…" view. */
  ackBudgetMs: number;
  /** Slack requests not yet answered (HTTP mode): deferred work lets their answers go first. */
  unanswered: UnansweredRequests;
  /**
   * Runs work that outlives its request (the request is answered; the outcome comes later). A
   * shutdown waits for it like for a request in flight; a failure is logged.
   */
  background(task: () => Promise<void>): void;
  /** A fresh, unguessable key for a new form. */
  newSubmissionKey: () => string;
}
