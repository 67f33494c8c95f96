import {
  type Logger as BoltLogger,
  type CustomRoute,
  HTTPReceiver,
  LogLevel,
  SocketModeReceiver,
} from '@slack/bolt';
import type { Logger } from 'pino';
import type { Config, LogLevelName } from '../../config.js';
import type { UnansweredRequests } from '../../runtime/unanswered.js';
import { arrivalTime, guardSlackRequests } from './request-guard.js';

/** Where Slack's requests come in: Socket Mode (development) or HTTP at /slack/events (production). */

export const EVENTS_PATH = '/slack/events';

export const BOLT_LEVEL: Record<LogLevelName, LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

export interface ReceiverOptions {
  config: Config;
  logger: Logger;
  boltLogger: BoltLogger;
  unanswered: UnansweredRequests;
  bodyLimit: number;
  routes: CustomRoute[];
}

export function createReceiver(options: ReceiverOptions): HTTPReceiver | SocketModeReceiver {
  const { config, boltLogger, routes } = options;
  const logLevel = BOLT_LEVEL[config.logLevel];
  if (config.mode === 'socket') {
    return new SocketModeReceiver({
      appToken: config.slack.appToken ?? '',
      logger: boltLogger,
      logLevel,
      // Socket Mode still serves the health routes, on PORT like HTTP mode.
      installerOptions: { port: config.port, clientOptions: { slackApiUrl: config.slack.apiUrl } },
      customRoutes: routes,
    });
  }
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret ?? '',
    endpoints: EVENTS_PATH,
    logger: boltLogger,
    logLevel,
    customRoutes: routes,
    bodyLimit: options.bodyLimit,
    processBeforeResponse: false,
    customPropertiesExtractor: arrivalTime,
  });
  receiver.requestListener = guardSlackRequests(receiver.requestListener, {
    path: EVENTS_PATH,
    bodyLimit: options.bodyLimit,
    logger: options.logger,
    unanswered: options.unanswered,
  });
  return receiver;
}
