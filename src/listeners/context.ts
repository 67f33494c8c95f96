import type { AnyMiddlewareArgs, Context, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Captures } from '../capture/index.js';
import type { DurableSubmissions } from '../prospects/durable-submit.js';
import type { KeyedRunner } from '../runtime/keyed-lock.js';
import type { UnansweredRequests } from '../runtime/unanswered.js';
import type { PayloadSigner } from '../slack/payloads/signer.js';
import type { SlackWeb } from '../slack/web/client.js';
import type { TrataConnections } from '../store/trata-connections.js';
import type { TrataClient } from '../trata/client.js';
import type { Workspace, WorkspaceResolver } from '../workspaces/workspace.js';

/** What the listeners share, built once at start-up and passed in (no singletons). */
export interface ListenerDeps {
  logger: Logger;
  /** Phone numbers typed without a country code are read in this region. */
  defaultRegion: string;
  /** response_url posting, through the one Slack client. */
  respond: SlackWeb['respond'];
  /** How long a view submission may wait for Trata before answering with a "Creating…" view. */
  ackBudgetMs: number;
  /** Slack requests not yet answered (HTTP mode): deferred work lets their answers go first. */
  unanswered: UnansweredRequests;
  /** Runs work that outlives its request; a shutdown waits for it, a failure is logged. */
  background(task: () => Promise<void>): void;
  /** A fresh, unguessable key for a new form. */
  newSubmissionKey: () => string;
  /** Signs and checks what comes back from Slack in a later request: private_metadata, Try again values. */
  signer: PayloadSigner;
  /** Resolves a workspace again (from the store), e.g. after its Trata connection changed. */
  workspaces: WorkspaceResolver;
  /** TRATA_APP_URL: cards get a View in Trata link built from it (`{id}` is the prospect id). */
  trataAppUrl?: string | undefined;
  /** The clock (tests move it, e.g. past Undo's 10 minutes); defaults to the system clock. */
  now?: (() => Date) | undefined;
  /** Distributed mode: connecting each workspace's Trata account, and forgetting uninstalled ones. */
  manageTrata?: ManageTrata | undefined;
  /** Capture without a click (workflow step, watched channels); unset when the app runs without a store. */
  captures?: Captures | undefined;
  /** Prospect form submissions, journaled in the store: done once, finished after a crash. */
  submissions: DurableSubmissions;
  /** One status change per prospect at a time, across instances (a lock held in the store). */
  prospectLock: KeyedRunner;
}

export interface ManageTrata {
  connections: TrataConnections;
  /** A short-lived client to check a key before it is saved. */
  clientFor(apiKey: string): TrataClient;
  /** Deletes an installation and everything kept for it. */
  forget(key: string): Promise<boolean>;
}

/** Thrown when a request reaches a listener without a workspace: the global handler tells the person. */
export class NoWorkspaceError extends Error {
  override readonly name = 'NoWorkspaceError';
  readonly code = 'NO_WORKSPACE';
}

/** Thrown when the workspace has no Trata account connected. */
export class TrataNotConnectedError extends Error {
  override readonly name = 'TrataNotConnectedError';
  readonly code = 'TRATA_NOT_CONNECTED';
}

/** Global middleware: resolves the request's workspace once and puts it in the context. */
export function attachWorkspace(resolver: WorkspaceResolver): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    const workspace = await resolver.resolve({
      teamId: context.teamId,
      enterpriseId: context.enterpriseId,
      isEnterpriseInstall: context.isEnterpriseInstall,
      botToken: context.botToken,
    });
    if (workspace) context.workspace = workspace;
    await next();
  };
}

/** The request's workspace, as resolved by `attachWorkspace`. */
export function workspaceOf(context: Context): Workspace {
  const workspace = context.workspace as Workspace | undefined;
  if (!workspace) throw new NoWorkspaceError('no workspace for this request');
  return workspace;
}

/** The workspace's Trata account, or TrataNotConnectedError. */
export function trataOf(workspace: Workspace): TrataClient {
  if (!workspace.trata) throw new TrataNotConnectedError(`Trata is not connected for ${workspace.key}`);
  return workspace.trata;
}

/** The time now, by the injected clock when there is one. */
export function nowOf(deps: Pick<ListenerDeps, 'now'>): Date {
  return deps.now ? deps.now() : new Date();
}
