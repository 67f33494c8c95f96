import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { App, type CustomRoute, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import { homeNewProspect } from './listeners/actions/home-new-prospect.js';
import { retrySubmission } from './listeners/actions/retry-submission.js';
import { setStatus } from './listeners/actions/set-status.js';
import { prospectCommand } from './listeners/commands/prospect.js';
import { appHomeOpened } from './listeners/events/app-home.js';
import { reportListenerError } from './listeners/global-error.js';
import { createProspectShortcut } from './listeners/shortcuts/create-prospect.js';
import { prospectSubmit } from './listeners/views/prospect-submit.js';
import { toBoltLogger } from './logger.js';
import { UnansweredRequests } from './runtime/unanswered.js';
import { ACTION, CALLBACK, COMMAND } from './slack/ids.js';
import { arrivalTime, guardSlackRequests } from './slack/receiver/request-guard.js';
import { createSlackApi } from './slack/web/client.js';
import { createTransport } from './slack/web/transport.js';
import type { TrataClient } from './trata/client.js';

/** Start-up failed; `setting` names what to check. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
  readonly code = 'STARTUP_FAILED';
  constructor(
    readonly setting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN' | 'PORT',
    cause: unknown,
  ) {
    super(`start-up failed (${setting}): ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
  }
}

export interface CreateAppOptions {
  config: Config;
  trata: TrataClient;
  logger: Logger;
  /** Defaults to 2000 ms from arrival: Slack wants an answer within 3 s, and it travels both ways. */
  ackBudgetMs?: number;
  /** Largest request body accepted, in bytes. */
  bodyLimit?: number;
}

export interface RunningApp {
  app: App;
  /** The HTTP port actually listened on (HTTP mode). */
  port: number | undefined;
  /** Stops taking requests, lets in-flight work finish within `graceMs`, then resolves. */
  stop(graceMs?: number): Promise<void>;
}

const BOLT_LEVEL = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
} as const;

/** Builds the Bolt app with every listener wired; nothing runs until start(). */
export function createApp(options: CreateAppOptions) {
  const { config, trata, logger } = options;
  const boltLogger = toBoltLogger(logger);
  const transport = createTransport();
  const quickTransport = createTransport({ timeoutMs: 2500 });
  const clientOptions = {
    slackApiUrl: config.slack.apiUrl,
    logger: boltLogger,
    logLevel: BOLT_LEVEL[config.logLevel],
    fetch: transport.fetch,
    // Bounded retries for posting; web-api's default retries for ~30 minutes.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1500, randomize: true },
  };
  const slackApi = createSlackApi({
    apiUrl: config.slack.apiUrl,
    token: config.slack.botToken,
    fetch: quickTransport.fetch,
    postFetch: transport.fetch,
  });

  const bodyLimit = options.bodyLimit ?? 256 * 1024;
  const unanswered = new UnansweredRequests();
  let inflight = 0;
  let idle: (() => void) | undefined;
  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true }));
    },
  };
  const receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.slack.appToken ?? '',
          logger: boltLogger,
          logLevel: BOLT_LEVEL[config.logLevel],
          // Socket Mode still serves /healthz, on PORT like HTTP mode.
          installerOptions: { port: config.port, clientOptions: { slackApiUrl: config.slack.apiUrl } },
          customRoutes: [healthz],
        })
      : new HTTPReceiver({
          signingSecret: config.slack.signingSecret ?? '',
          endpoints: '/slack/events',
          logger: boltLogger,
          logLevel: BOLT_LEVEL[config.logLevel],
          customRoutes: [healthz],
          bodyLimit,
          processBeforeResponse: false,
          customPropertiesExtractor: arrivalTime,
        });
  if (receiver instanceof HTTPReceiver) {
    receiver.requestListener = guardSlackRequests(receiver.requestListener, {
      path: '/slack/events',
      bodyLimit,
      logger,
      unanswered,
    });
  }

  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: boltLogger,
    logLevel: BOLT_LEVEL[config.logLevel],
    clientOptions,
    deferInitialization: true,
    extendedErrorHandler: true,
    // The app listens to no message events: skip Bolt's per-request conversation store and self-filter.
    convoStore: false,
    ignoreSelf: false,
  });

  const deps: AppDeps = {
    config,
    trata,
    logger,
    slackApi,
    ackBudgetMs: options.ackBudgetMs ?? 2000,
    newSubmissionKey: () => randomUUID(),
    unanswered,
    background(task) {
      inflight++;
      task()
        .catch((error: unknown) => logger.error({ err: error }, 'work after an answered request failed'))
        .finally(done);
    },
  };

  // Count work in progress so a shutdown can let it finish.
  function done() {
    inflight--;
    if (inflight === 0) idle?.();
  }
  app.use(async ({ next }) => {
    inflight++;
    try {
      await next();
    } finally {
      done();
    }
  });
  app.command(COMMAND, prospectCommand(deps));
  app.shortcut(
    { callback_id: CALLBACK.messageShortcut, type: 'message_action' },
    createProspectShortcut(deps),
  );
  app.view({ callback_id: CALLBACK.prospectModal, type: 'view_submission' }, prospectSubmit(deps));
  app.action({ action_id: ACTION.retrySubmission, type: 'block_actions' }, retrySubmission(deps));
  app.action({ action_id: ACTION.setStatus, type: 'block_actions' }, setStatus(deps));
  app.action({ action_id: ACTION.homeNewProspect, type: 'block_actions' }, homeNewProspect(deps));
  app.event('app_home_opened', appHomeOpened(deps));
  // With extendedErrorHandler the handler gets { error, body, context, logger }.
  const onError = async (args: { error: Error; body?: unknown }) =>
    reportListenerError(args, {
      logger,
      client: app.client,
      newCorrelationId: () => randomUUID().slice(0, 8),
    });
  app.error(onError as unknown as Parameters<typeof app.error>[0]);

  async function start(): Promise<RunningApp> {
    // auth.test with the bot token: a wrong token is named at start-up, not at the first request.
    await app.init().catch((error: unknown) => {
      throw new StartupError('SLACK_BOT_TOKEN', error);
    });
    const started = await app.start(config.port).catch(async (error: unknown) => {
      await app.stop().catch(() => undefined);
      throw new StartupError(config.mode === 'socket' ? 'SLACK_APP_TOKEN' : 'PORT', error);
    });
    const server = config.mode === 'http' ? (started as Server) : undefined;
    const address = server?.address();
    const port = address && typeof address === 'object' ? address.port : undefined;
    logger.info({ mode: config.mode, port, slackApiUrl: config.slack.apiUrl }, 'app ready');
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
        if (inflight > 0) {
          logger.info({ inflight }, 'waiting for in-flight requests to finish');
          await Promise.race([new Promise<void>((resolve) => (idle = resolve)), delay(graceMs)]);
        }
        trata.close();
        transport.close();
        quickTransport.close();
      },
    };
  }

  return { app, deps, start };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
