import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { App, type Logger as BoltLogger, type CustomRoute } from '@slack/bolt';
import type { Logger } from 'pino';
import { type CaptureTiming, createCaptures } from './capture/index.js';
import type { Config } from './config.js';
import { createDurability } from './durability.js';
import { attachWorkspace, type ManageTrata } from './listeners/context.js';
import * as globalError from './listeners/global-error.js';
import { registerListeners } from './listeners/index.js';
import { toBoltLogger } from './logger.js';
import { UnansweredRequests } from './runtime/unanswered.js';
import { WorkTracker } from './runtime/work-tracker.js';
import { ROUTES } from './slack/ids.js';
import { createPayloadSigner, derivePayloadKey } from './slack/payloads/signer.js';
import { BOLT_LEVEL, createReceiver } from './slack/receiver/index.js';
import { createInstaller } from './slack/receiver/oauth.js';
import { createSlackWeb, type SlackWeb } from './slack/web/client.js';
import { createTransport } from './slack/web/transport.js';
import type { StoreDatabase } from './store/database.js';
import type { WorkspaceDirectory } from './store/directory.js';
import {
  createTrataAgents,
  createTrataClient,
  type TrataClient,
  type TrataClientOptions,
} from './trata/client.js';
import { TrataAuthError } from './trata/errors.js';
import { installedWorkspaces } from './workspaces/installed.js';
import { singleWorkspace } from './workspaces/single.js';

/** Start-up failed; `setting` names what to check. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  readonly code = 'STARTUP_FAILED';
  constructor(
    readonly setting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'PORT' | 'TRATA_API_TOKEN',
    cause: unknown,
  ) {
    super(`start-up failed (${setting}): ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

export interface CreateAppOptions {
  config: Config;
  logger: Logger;
  /** Single-workspace mode: the client for TRATA_API_TOKEN. */
  trata?: TrataClient | undefined;
  /** The open store; distributed mode keeps installations and Trata keys in its directory. */
  store?: { database: StoreDatabase; directory?: WorkspaceDirectory | undefined } | undefined;
  /** Distributed mode: options for each workspace's Trata client (tests shorten the retries). */
  trataClientOptions?: Partial<TrataClientOptions>;
  /** Secret values learned while running (tokens and keys loaded from the store): logs redact them. */
  secrets?: Set<string>;
  /** Defaults to 2000 ms from arrival: Slack wants an answer within 3 s, and it travels both ways. */
  ackBudgetMs?: number;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
  /** Captures without a click (workflow step, watched channels): lease and sweep timings (tests shorten them). */
  captureTiming?: CaptureTiming;
  /** The clock the listeners read (tests move it); defaults to the system clock. */
  now?: () => Date;
}

export interface RunningApp {
  app: App;
  /** The HTTP port actually listened on (HTTP mode). */
  port: number | undefined;
  /** Stops taking requests, lets in-flight work finish within `graceMs`, then resolves. */
  stop(graceMs?: number): Promise<void>;
}

/** Views and modals will not wait: their calls time out sooner than posts, which may still have been made. */
const VIEW_TIMEOUT_MS = 2500;

/** Builds the Bolt app with every listener wired; nothing runs until start(). */
export function createApp(options: CreateAppOptions) {
  const { config, logger } = options;
  const boltLogger = toBoltLogger(logger);
  const postTransport = createTransport();
  const viewTransport = createTransport({ timeoutMs: VIEW_TIMEOUT_MS });
  const web = createSlackWeb({
    apiUrl: config.slack.apiUrl,
    fetch: viewTransport.fetch,
    postFetch: postTransport.fetch,
  });
  const work = new WorkTracker(logger);
  const unanswered = new UnansweredRequests();
  const mode = installMode(options, web, boltLogger);
  const receiver = createReceiver({
    config,
    logger,
    boltLogger,
    unanswered,
    bodyLimit: options.bodyLimit ?? 256 * 1024,
    routes: [healthz(), readyz(options), ...mode.routes],
  });
  const app = new App({
    ...mode.auth,
    receiver,
    logger: boltLogger,
    logLevel: BOLT_LEVEL[config.logLevel],
    // Bolt's own client is used only by Bolt (auth.test at start-up); the app's calls go through `web`.
    clientOptions: { slackApiUrl: config.slack.apiUrl, logger: boltLogger, fetch: postTransport.fetch },
    deferInitialization: true,
    extendedErrorHandler: true,
    // The app listens to no message events: skip Bolt's per-request conversation store and self-filter.
    convoStore: false,
    ignoreSelf: false,
  });

  // private_metadata and Try again values are signed (HMAC) with a key derived (HKDF-SHA256, info
  // 'trata-prospects payloads') from a secret every instance already shares, so no new setting is
  // needed and all instances agree. Config requires one of these; the random key is a last resort
  // (open forms would not survive a restart).
  const payloadSecret = config.slack.signingSecret ?? config.slack.appToken ?? config.slack.botToken;
  const signer = createPayloadSigner(derivePayloadKey(payloadSecret ?? randomBytes(32).toString('hex')));
  app.use(({ next }) => work.track(next));
  const durable = createDurability({
    config,
    logger,
    database: options.store?.database,
    workspaces: mode.workspaces,
    web,
    signer,
    work,
  });
  app.use(durable.eventsOnce);
  app.use(attachWorkspace(mode.workspaces));
  // Capture without a click needs the store: its rows are what make each capture happen once.
  const captures = options.store
    ? createCaptures(
        options.store.database.db,
        {
          workspaces: mode.workspaces,
          logger,
          respond: web.respond,
          defaultRegion: config.defaultPhoneRegion,
          signer,
          background: (task) => work.background(task),
        },
        options.captureTiming,
      )
    : undefined;
  registerListeners(app, {
    captures,
    logger,
    defaultRegion: config.defaultPhoneRegion,
    respond: web.respond,
    ackBudgetMs: options.ackBudgetMs ?? 2000,
    unanswered,
    background: (task) => work.background(task),
    newSubmissionKey: () => randomUUID(),
    signer,
    workspaces: mode.workspaces,
    manageTrata: mode.manageTrata,
    trataAppUrl: config.trata.appUrl,
    now: options.now,
    submissions: durable.submissions,
    prospectLock: durable.prospectLock,
  });
  globalError.register(app, { logger, web, newCorrelationId: () => randomUUID().slice(0, 8) });

  async function start(): Promise<RunningApp> {
    // auth.test with the bot token: a wrong token is named at start-up, not at the first request.
    await app.init().catch((error: unknown) => {
      throw new StartupError('SLACK_BOT_TOKEN', error);
    });
    await mode.check();
    // Recovery starts with the app: what a crashed process left unfinished is taken up now.
    await durable.start();
    const started = await app.start(config.port).catch(async (error: unknown) => {
      await app.stop().catch(() => undefined);
      await durable.close();
      throw new StartupError(config.mode === 'socket' ? 'SLACK_APP_TOKEN' : 'PORT', error);
    });
    captures?.start();
    const server = config.mode === 'http' ? (started as Server) : undefined;
    const address = server?.address();
    const port = address && typeof address === 'object' ? address.port : undefined;
    logger.info(
      {
        mode: config.mode,
        install: config.install,
        port,
        pid: process.pid,
        slackApiUrl: config.slack.apiUrl,
      },
      'app ready',
    );
    return {
      app,
      port,
      async stop(graceMs = 10_000) {
        await Promise.race([
          app
            .stop()
            .catch((error: unknown) => logger.warn({ err: error }, 'error while stopping the receiver')),
          delay(graceMs),
        ]);
        durable.stop();
        captures?.stop();
        if (work.pending > 0) {
          logger.info({ inflight: work.pending }, 'waiting for in-flight requests to finish');
          await work.idle(graceMs);
        }
        await durable.close();
        mode.close();
        postTransport.close();
        viewTransport.close();
      },
    };
  }

  return { app, start };
}

/**
 * What differs between the two install modes: how a request's workspace is found, how Bolt
 * authorises requests, the install routes, and what is checked at start-up.
 */
function installMode(options: CreateAppOptions, web: SlackWeb, boltLogger: BoltLogger) {
  const { config, logger } = options;
  const distribution = config.slack.distribution;
  const directory = options.store?.directory;
  if (config.install === 'distributed' && distribution && directory) {
    const agents = createTrataAgents();
    const trataFor = (apiKey: string, onRefused?: (status: number) => Promise<void>) =>
      createTrataClient({
        ...options.trataClientOptions,
        baseUrl: config.trata.apiUrl,
        apiToken: apiKey,
        agents,
        ...(onRefused ? { onAuthRefused: onRefused } : {}),
      });
    const installer = createInstaller({
      distribution,
      apiUrl: config.slack.apiUrl,
      installationStore: directory.installationStore,
      logger,
      boltLogger,
    });
    const manageTrata: ManageTrata = {
      connections: directory.trataConnections,
      clientFor: (apiKey) => trataFor(apiKey),
      forget: (key) => directory.installationStore.forgetInstallation(key),
    };
    return {
      auth: { authorize: installer.authorize },
      routes: installer.routes,
      workspaces: installedWorkspaces({
        directory,
        web,
        trataFor,
        onSecret: (secret) => options.secrets?.add(secret),
      }),
      manageTrata,
      check: async () => undefined,
      close: () => {
        agents.http.destroy();
        agents.https.destroy();
      },
    };
  }
  const token = config.slack.botToken;
  const trata = options.trata;
  if (!token || !trata) {
    throw new Error(
      'single-workspace mode needs SLACK_BOT_TOKEN and a Trata client; distributed mode a store',
    );
  }
  return {
    auth: { token },
    routes: [] as CustomRoute[],
    workspaces: singleWorkspace({ slack: web.forToken(token), trata }),
    manageTrata: undefined,
    /** A cheap authenticated call: a refused TRATA_API_TOKEN is named now, not at the first submission. */
    check: async () => {
      try {
        await trata.listProspects({ limit: 1 }, { quick: true });
      } catch (error) {
        if (error instanceof TrataAuthError) throw new StartupError('TRATA_API_TOKEN', error);
        logger.warn({ err: error }, 'Trata did not answer at start-up; the app starts anyway');
      }
    },
    close: () => trata.close(),
  };
}

/** Readiness: the store answers, and (single-workspace mode) Trata accepts the key. */
function readyz(options: CreateAppOptions): CustomRoute {
  return {
    path: ROUTES.readyz,
    method: ['GET'],
    handler: (_req, res) => {
      const checks: Record<string, Promise<unknown>> = {};
      if (options.store) checks.store = options.store.database.ping();
      if (options.trata) checks.trata = options.trata.listProspects({ limit: 1 }, { quick: true });
      void Promise.all(
        Object.entries(checks).map(([name, check]) =>
          check.then(
            () => [name, 'ok'] as const,
            (error: unknown) => [name, error instanceof TrataAuthError ? 'refused' : 'unreachable'] as const,
          ),
        ),
      ).then((results) => {
        const ready = results.every(([, state]) => state === 'ok');
        res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: ready, checks: Object.fromEntries(results) }));
      });
    },
  };
}

function healthz(): CustomRoute {
  return {
    path: ROUTES.healthz,
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    },
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
