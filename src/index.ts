import { config as loadDotenv } from 'dotenv';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { slackErrorCode } from './slack/errors.js';
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
    const code = slackErrorCode(error);
    const hint =
      code === 'invalid_auth' ||
      code === 'not_authed' ||
      code === 'account_inactive' ||
      code === 'token_revoked'
        ? `Slack refused SLACK_BOT_TOKEN (${code}) — copy the Bot User OAuth Token from OAuth & Permissions and reinstall the app if needed.`
        : `The app could not start: ${error instanceof Error ? error.message : String(error)}`;
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

void main();
