import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { QuickSlackApi } from './slack/transport.js';
import type { UnansweredRequests } from './slack/unanswered.js';
import type { TrataClient } from './trata/client.js';

/** What every listener needs, built once at start-up and passed in (no singletons). */
export interface AppDeps {
  config: Config;
  trata: TrataClient;
  logger: Logger;
  /**
   * A Web API client with no automatic retries, for calls that race a deadline (views.open
   * with its 3-second trigger, views.update on a live modal): a retry would outlive the trigger.
   */
  quickClient: QuickSlackApi;
  /** How long a view submission may wait for Trata before answering with a "Creating…" view. */
  ackBudgetMs: number;
  /** Slack requests not yet answered (HTTP mode): deferred work lets their answers go first. */
  unanswered: UnansweredRequests;
  /** A fresh, unguessable key for a new form. */
  newSubmissionKey: () => string;
}
