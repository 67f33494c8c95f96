import { createApp } from '../../src/app.js';
import type { CaptureTiming } from '../../src/capture/index.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { BOT_SCOPES, FUNCTION } from '../../src/slack/ids.js';
import { openDatabase, type StoreDatabase } from '../../src/store/database.js';
import { createTrataClient } from '../../src/trata/client.js';
import { logLinesInto } from '../support/log-lines.js';
import {
  blockActionsPayload,
  createSlackSender,
  type EventRetry,
  functionExecutedEvent,
  messageEvent,
  type SlackSender,
} from '../support/slack-client.js';
import { type FunctionExecution, type StoredView, startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin } from '../support/trata-standin.js';
import { BOT_TOKEN, SIGNING_SECRET, TRATA_KEY } from './harness.js';

/**
 * Capture without a click, end to end: the real app (single-workspace mode) over HTTP with signed
 * requests, its store on a real database, the Slack and Trata stand-ins. Instances can be added
 * (two instances on one database) and restarted; helpers speak as Slack delivering a workflow step or
 * a channel message, and as a person pressing a suggestion's buttons.
 */

export const OUTPUT_NAMES = ['prospect_id', 'prospect_name', 'status', 'created'];
export const TIMING: CaptureTiming = { leaseMs: 1500, sweepMs: 200 };

export async function startCaptureHarness(options: { databaseUrl: string; timing?: CaptureTiming }) {
  const slack = await startSlackStandin({ botToken: BOT_TOKEN, scopes: [...BOT_SCOPES] });
  const trata = await startTrataStandin({ apiKey: TRATA_KEY });
  const logLines: string[] = [];

  async function boot() {
    const destination = logLinesInto(logLines);
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      TRATA_API_TOKEN: TRATA_KEY,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_URL: trata.url,
      DATABASE_URL: options.databaseUrl,
      PORT: '0',
      LOG_LEVEL: 'debug',
    });
    const logger = createLogger({
      level: 'debug',
      secrets: [BOT_TOKEN, SIGNING_SECRET, TRATA_KEY],
      destination,
    });
    const database: StoreDatabase = await openDatabase(config.databaseUrl, { logger });
    const trataClient = createTrataClient({
      baseUrl: trata.url,
      apiToken: TRATA_KEY,
      timeoutMs: 2000,
      retry: { baseDelayMs: 50, maxDelayMs: 200, budgetMs: 1500 },
    });
    const app = createApp({
      config,
      logger,
      trata: trataClient,
      store: { database },
      captureTiming: options.timing ?? TIMING,
    });
    const running = await app.start();
    const url = `http://127.0.0.1:${running.port}/slack/events`;
    return {
      running,
      database,
      sender: createSlackSender({ appUrl: url, signingSecret: SIGNING_SECRET }),
      async stop() {
        await running.stop(2000);
        await database.close();
      },
    };
  }

  const instances = [await boot()];
  const first = () => instances[0] as Awaited<ReturnType<typeof boot>>;

  /** A workflow run reaches the step; resolves with the execution (state as Slack sees it) and the HTTP answer. */
  async function runStep(
    inputs: Record<string, unknown>,
    opts: { via?: SlackSender; execution?: FunctionExecution; retry?: EventRetry; eventId?: string } = {},
  ) {
    const execution =
      opts.execution ??
      slack.startFunctionExecution({
        callbackId: FUNCTION.createProspect,
        inputs,
        outputNames: OUTPUT_NAMES,
      });
    const res = await (opts.via ?? first().sender).event(
      functionExecutedEvent({ execution, ...(opts.eventId ? { eventId: opts.eventId } : {}) }),
      opts.retry,
    );
    return { execution, res };
  }

  /** Waits until Slack has been told how the step ended. */
  async function stepEnded(execution: FunctionExecution, timeoutMs = 5000) {
    await slack.waitFor(() => execution.state !== 'running', timeoutMs);
    return execution;
  }

  /** Someone (or a bot) posts in a channel: the message is in its history and Slack sends the event. */
  async function post(
    channel: string,
    message: {
      ts?: string;
      text: string;
      user?: string;
      bot_id?: string;
      subtype?: string;
      thread_ts?: string;
    },
    opts: { via?: SlackSender; retry?: EventRetry; eventId?: string; store?: boolean } = {},
  ) {
    const ts =
      message.ts ??
      `${Math.floor(Date.now() / 1000)}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    if (opts.store !== false) {
      slack.addMessage(channel, {
        ts,
        text: message.text,
        ...(message.user ? { user: message.user } : {}),
        ...(message.bot_id ? { bot_id: message.bot_id } : {}),
        ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
      });
    }
    const eventId = opts.eventId ?? `Ev${ts.replace('.', '')}`;
    const res = await (opts.via ?? first().sender).event(
      messageEvent({ channel, ts, eventId, ...message }),
      opts.retry,
    );
    return { ts, eventId, res };
  }

  /** `/prospect <text>` in a channel; resolves with what the person was told (ephemeral) and the HTTP answer. */
  async function command(text: string, channel = 'C0PUBLIC', user = 'U0ALICE') {
    const responseUrl = slack.createResponseUrl(channel, user);
    const res = await first().sender.command({
      text,
      channel_id: channel,
      user_id: user,
      team_id: slack.teamId,
      response_url: responseUrl,
      trigger_id: slack.issueTrigger({ userId: user }),
    });
    const answer = await slack
      .waitFor(() => slack.responses.find((r) => r.url === responseUrl), 3000)
      .catch(() => undefined);
    return { res, told: typeof answer?.body.text === 'string' ? answer.body.text : undefined };
  }

  /** The suggestions the app posted in a message's thread (not deleted). */
  const suggestionsFor = (channel: string, ts: string) =>
    slack.messages.filter(
      (m) =>
        m.channel === channel && m.thread_ts === ts && !m.deleted && m.text.startsWith('Looks like a lead'),
    );

  /** Cards the app posted or drew in a message's thread. */
  const cardsFor = (channel: string, ts: string) =>
    slack.messages.filter(
      (m) => m.channel === channel && m.thread_ts === ts && !m.deleted && /Trata prospect:/.test(m.text),
    );

  /** Presses a button on a message the app posted; resolves with the modal it opened, if any. */
  async function press(
    message: { channel: string; ts: string; blocks: unknown[] | undefined; thread_ts?: string },
    actionId: string,
    user = 'U0ALICE',
  ) {
    const blocks = (message.blocks ?? []) as {
      type: string;
      block_id?: string;
      elements?: Record<string, unknown>[];
    }[];
    const actions = blocks.find((b) => b.type === 'actions');
    const button = actions?.elements?.find((e) => e.action_id === actionId);
    if (!actions || !button) throw new Error(`no button ${actionId} on the message`);
    const triggerId = slack.issueTrigger({ userId: user });
    const res = await first().sender.interaction(
      blockActionsPayload({
        triggerId,
        user: { id: user, name: user.toLowerCase() },
        team: { id: slack.teamId, domain: 'standin' },
        channel: { id: message.channel, name: 'leads' },
        message: {
          ts: message.ts,
          text: '',
          ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
          blocks: message.blocks,
        },
        responseUrl: slack.createResponseUrl(message.channel, user),
        action: {
          block_id: actions.block_id ?? '',
          action_id: actionId,
          type: 'button',
          value: button.value,
        },
      }),
    );
    const find = () => [...slack.views.values()].find((v) => v.triggerId === triggerId);
    const view: StoredView | undefined = await slack.waitFor(() => find(), 2000).catch(() => undefined);
    return { res, view };
  }

  return {
    slack,
    trata,
    logLines,
    get sender() {
      return first().sender;
    },
    get database() {
      return first().database;
    },
    instances,
    /** Another instance of the app on the same database (two instances behind a load balancer). */
    async addInstance() {
      const instance = await boot();
      instances.push(instance);
      return instance;
    },
    /** Stops every instance and starts one again on the same database. */
    async restart() {
      for (const instance of instances.splice(0)) await instance.stop();
      instances.push(await boot());
    },
    runStep,
    stepEnded,
    post,
    command,
    suggestionsFor,
    cardsFor,
    press,
    async close() {
      for (const instance of instances.splice(0)) await instance.stop();
      await slack.close();
      await trata.close();
    },
  };
}

export type CaptureHarness = Awaited<ReturnType<typeof startCaptureHarness>>;
