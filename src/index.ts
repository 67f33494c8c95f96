import { config as loadDotenv } from 'dotenv';
import { type Logger, pino } from 'pino';
import { createApp, StartupError } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { slackErrorCode } from './slack/web/errors.js';
import { createSecretBox, SecretBoxError } from './store/crypto.js';
import { openDatabase } from './store/database.js';
import { createWorkspaceDirectory } from './store/directory.js';
import { StoreError } from './store/errors.js';
import { resealAll } from './store/reseal.js';
import { createTrataClient } from './trata/client.js';

/** Entry point: config, logger, Trata client, app; start; stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // .env fills in what the environment does not set; quiet keeps stdout pure JSON logs.
  // DOTENV_CONFIG_PATH (dotenv's own variable) points at another file.
  const dotenvPath = process.env.DOTENV_CONFIG_PATH;
  loadDotenv({ quiet: true, ...(dotenvPath ? { path: dotenvPath } : {}) });
  // Whoever reads our output may go away (a closed pipe): a log line must never stop the process.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Secrets learned while running (workspaces' tokens and keys from the store) join these.
  const secrets = new Set(
    [
      config.slack.botToken,
      config.slack.signingSecret,
      config.slack.appToken,
      config.slack.distribution?.clientSecret,
      config.slack.distribution?.stateSecret,
      config.trata.apiToken,
      config.encryption?.key,
      config.encryption?.previous,
    ].filter((s): s is string => s !== undefined),
  );
  const logger = createLogger({ level: config.logLevel, secrets });

  let running: Awaited<ReturnType<ReturnType<typeof createApp>['start']>>;
  let store: Awaited<ReturnType<typeof openStore>> | undefined;
  try {
    store = await openStore(config, logger);
    const trata = config.trata.apiToken
      ? createTrataClient({ baseUrl: config.trata.apiUrl, apiToken: config.trata.apiToken })
      : undefined;
    const { start } = createApp({ config, trata, logger, store, secrets });
    running = await start();
  } catch (error) {
    await store?.database.close().catch(() => undefined);
    const hint = startupHint(error);
    // A person at a terminal reads one plain sentence; the JSON line (with the error's details) is for
    // log collectors, i.e. when stdout is not a terminal.
    if (!process.stdout.isTTY) logger.fatal({ err: error }, hint);
    process.stderr.write(`${hint}\n`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const graceMs = config.shutdownGraceSeconds * 1000;
    // However stuck the work is (Trata never answering, a log pipe nobody reads), the process ends
    // within the grace period; submissions still unfinished stay in the store for the next start.
    setTimeout(() => {
      quietly(() => logger.warn('grace period over: exiting, unfinished work is left for the next start'));
      exitFlushed(logger, 0);
    }, graceMs).unref();
    quietly(() =>
      logger.info({ signal, graceMs }, 'shutting down: no new requests, finishing in-flight work'),
    );
    await running.stop(graceMs);
    await store?.database.close().catch(() => undefined);
    quietly(() => logger.info('stopped'));
    exitFlushed(logger, 0);
  };
  // A library promise failing outside any handler must not take every other request down with it.
  process.on('unhandledRejection', (reason) =>
    quietly(() => logger.error({ err: reason }, 'unhandled promise rejection')),
  );
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

/**
 * Exits once the last log lines are written, or after a short wait. pino's own flush on 'exit' is
 * synchronous and, with stdout closed, retries forever: it is skipped, and the log stream is given
 * a bounded moment to drain instead.
 */
function exitFlushed(logger: Logger, code: number): void {
  const exit = () => {
    process.removeAllListeners('exit');
    process.exit(code);
  };
  const stream = (logger as unknown as Record<symbol, LogStream | undefined>)[pino.symbols.streamSym];
  if (!stream?._writing && !stream?._len) {
    exit();
    return;
  }
  setTimeout(exit, 500);
  stream.once?.('drain', exit);
  stream.once?.('error', exit);
}

/** What exitFlushed reads of pino's log stream (sonic-boom). */
interface LogStream {
  _writing?: boolean;
  _len?: number;
  once?(event: 'drain' | 'error', listener: () => void): void;
}

/** A log line that cannot be written (stdout closed) must not stop a shutdown. */
function quietly(log: () => void): void {
  try {
    log();
  } catch {
    // Nowhere left to say it.
  }
}

/**
 * The store: opened (and migrated) in both modes. Distributed mode also needs ENCRYPTION_KEY: the
 * workspaces' tokens and Trata keys are sealed under it, and anything sealed under
 * ENCRYPTION_KEY_PREVIOUS is sealed again under the new key before the app serves requests.
 */
async function openStore(config: Config, logger: Logger) {
  const database = await openDatabase(config.databaseUrl, { logger });
  logger.info({ database: database.where, migrated: database.migrated }, 'store open');
  if (config.install !== 'distributed' || !config.encryption) return { database, directory: undefined };
  const box = createSecretBox({ key: config.encryption.key, previous: config.encryption.previous });
  const resealed = await resealAll(database.db, box);
  if (resealed.resealed > 0 || resealed.unreadable > 0)
    logger.info(resealed, 'secrets sealed again under ENCRYPTION_KEY');
  return { database, directory: createWorkspaceDirectory(database.db, box) };
}

/** One sentence saying what to fix when the app cannot start. */
function startupHint(error: unknown): string {
  const setting = error instanceof StartupError ? error.setting : undefined;
  const cause = error instanceof StartupError ? error.cause : error;
  const code = slackErrorCode(cause);
  const refused = [
    'invalid_auth',
    'not_authed',
    'account_inactive',
    'token_revoked',
    'not_allowed_token_type',
  ];
  if (setting === 'SLACK_BOT_TOKEN' && code && refused.includes(code)) {
    return `Slack refused SLACK_BOT_TOKEN (${code}) — copy the Bot User OAuth Token from OAuth & Permissions and reinstall the app if needed.`;
  }
  if (setting === 'SLACK_APP_TOKEN' && code && refused.includes(code)) {
    return `Slack refused SLACK_APP_TOKEN (${code}) — generate an app-level token with the connections:write scope under Basic Information → App-Level Tokens, and enable Socket Mode.`;
  }
  if (setting === 'TRATA_API_TOKEN') {
    return 'Trata refused TRATA_API_TOKEN — create a new API key in the Trata dashboard and put it in TRATA_API_TOKEN.';
  }
  if (error instanceof StoreError || error instanceof SecretBoxError) return error.message;
  if (setting === 'PORT' && (cause as { code?: string } | undefined)?.code === 'EADDRINUSE') {
    return 'PORT is already in use by another program — choose another port.';
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return setting === 'SLACK_BOT_TOKEN'
    ? `Could not reach Slack to check SLACK_BOT_TOKEN (${detail}) — check the network and SLACK_API_URL.`
    : `The app could not start: ${detail}`;
}

void main();
