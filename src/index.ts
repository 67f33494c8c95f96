import { config as loadDotenv } from 'dotenv';
import { createApp, StartupError } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { slackErrorCode } from './slack/web/errors.js';
import { createTrataClient } from './trata/client.js';

/** Entry point: config, logger, Trata client, app; start; stop cleanly on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  // .env fills in what the environment does not set; quiet keeps stdout pure JSON logs.
  loadDotenv({ quiet: true });
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
  const logger = createLogger({
    level: config.logLevel,
    secrets: [
      config.slack.botToken,
      config.slack.signingSecret,
      config.slack.appToken,
      config.trata.apiToken,
    ],
  });
  const trata = createTrataClient({ baseUrl: config.trata.apiUrl, apiToken: config.trata.apiToken });
  const { start } = createApp({ config, trata, logger });

  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start();
  } catch (error) {
    const hint = startupHint(error);
    logger.fatal({ err: error }, hint);
    process.stderr.write(`${hint}\n`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests, finishing in-flight work');
    await running.stop(10_000);
    logger.info('stopped');
    process.exit(0);
  };
  // A library promise failing outside any handler must not take every other request down with it.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
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
  if (setting === 'PORT' && (cause as { code?: string } | undefined)?.code === 'EADDRINUSE') {
    return 'PORT is already in use by another program — choose another port.';
  }
  const detail = cause instanceof Error ? cause.message : String(cause);
  return setting === 'SLACK_BOT_TOKEN'
    ? `Could not reach Slack to check SLACK_BOT_TOKEN (${detail}) — check the network and SLACK_API_URL.`
    : `The app could not start: ${detail}`;
}

void main();
