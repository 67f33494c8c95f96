import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { ACTION, BLOCK } from '../../src/slack/ids.js';
import { createTrataClient, type RetryPolicy } from '../../src/trata/client.js';
import { logLinesInto } from '../support/log-lines.js';
import {
  createSlackSender,
  messageShortcutPayload,
  type SentResult,
  type ShortcutMessage,
  viewSubmissionPayload,
} from '../support/slack-client.js';
import { type StoredView, startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin } from '../support/trata-standin.js';

/**
 * The real app over HTTP, with signed requests in and the Slack and Trata stand-ins out.
 * Helpers speak in terms of what a person in Slack does and sees.
 */

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'e');
export const BOT_TOKEN = 'xoxb-1234-5678-secretbottoken';
export const TRATA_KEY = 'trata-live-key-0123456789';

export interface HarnessOptions {
  env?: Record<string, string>;
  ackBudgetMs?: number;
  retry?: Partial<RetryPolicy>;
  trataTimeoutMs?: number;
  scopes?: string[];
  /** The app's clock (e.g. moved past Undo's 10 minutes); defaults to the system clock. */
  now?: () => Date;
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/**
 * The real app, built the way src/index.ts builds it — config from an environment, logger, Trata
 * client — with its log lines captured and short retry timings. Shared by the HTTP harness and the
 * Socket Mode tests.
 */
export function buildTestApp(
  env: Record<string, string>,
  options: Pick<HarnessOptions, 'ackBudgetMs' | 'retry' | 'trataTimeoutMs' | 'now'> = {},
) {
  const logLines: string[] = [];
  const destination = logLinesInto(logLines);
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    TRATA_API_TOKEN: TRATA_KEY,
    PORT: '0',
    LOG_LEVEL: 'debug',
    ...env,
  });
  const logger = createLogger({
    level: config.logLevel,
    secrets: [
      config.slack.botToken,
      config.slack.signingSecret,
      config.slack.appToken,
      config.trata.apiToken,
    ],
    destination,
  });
  const trata = createTrataClient({
    baseUrl: config.trata.apiUrl,
    apiToken: config.trata.apiToken ?? TRATA_KEY,
    timeoutMs: options.trataTimeoutMs ?? 5000,
    retry: { baseDelayMs: 50, maxDelayMs: 400, budgetMs: 3000, ...options.retry },
  });
  const app = createApp({
    config,
    trata,
    logger,
    ...(options.ackBudgetMs !== undefined ? { ackBudgetMs: options.ackBudgetMs } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...app, config, trata, logLines };
}

export async function startHarness(options: HarnessOptions = {}) {
  const slack = await startSlackStandin({
    botToken: BOT_TOKEN,
    ...(options.scopes ? { scopes: options.scopes } : {}),
  });
  const trata = await startTrataStandin({ apiKey: TRATA_KEY });
  const { start, logLines, config } = buildTestApp(
    {
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_URL: trata.url,
      ...options.env,
    },
    options,
  );
  const running = await start();
  const appUrl = `http://127.0.0.1:${running.port}`;
  const sender = createSlackSender({ appUrl: `${appUrl}/slack/events`, signingSecret: SIGNING_SECRET });

  /** `/prospect <text>` typed in a channel; resolves with the HTTP answer and the modal it opened, if any. */
  async function runCommand(
    text = '',
    fields: { channel_id?: string; user_id?: string; waitMs?: number } = {},
  ) {
    const channel = fields.channel_id ?? 'C0PUBLIC';
    const user = fields.user_id ?? 'U0ALICE';
    const triggerId = slack.issueTrigger({ userId: user });
    const responseUrl = slack.createResponseUrl(channel, user);
    const res = await sender.command({
      text,
      trigger_id: triggerId,
      response_url: responseUrl,
      channel_id: channel,
      user_id: user,
    });
    const view = await viewOpenedBy(triggerId, fields.waitMs);
    return { res, view, triggerId, responseUrl };
  }

  /** The "Create prospect" shortcut on a lead message. */
  async function runShortcut(message: ShortcutMessage, channel = { id: 'C0PUBLIC', name: 'leads' }) {
    const triggerId = slack.issueTrigger({ userId: 'U0ALICE' });
    const responseUrl = slack.createResponseUrl(channel.id, 'U0ALICE');
    slack.addMessage(channel.id, {
      ts: message.ts,
      text: message.text,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    });
    const res = await sender.interaction(
      messageShortcutPayload({
        callbackId: 'create_prospect_from_message',
        triggerId,
        responseUrl,
        channel,
        message,
      }),
    );
    const view = await viewOpenedBy(triggerId);
    return { res, view, triggerId, responseUrl };
  }

  async function viewOpenedBy(triggerId: string, timeoutMs = 2000): Promise<StoredView | undefined> {
    const find = () => [...slack.views.values()].find((v) => v.triggerId === triggerId);
    await slack.waitFor(() => find() !== undefined, timeoutMs).catch(() => undefined);
    return find();
  }

  /**
   * Presses Submit on an open modal with what the person sees in it (its initial values) changed by `edits`,
   * and applies the app's answer to the modal the way Slack would.
   */
  async function submit(view: StoredView, edits: FormEdits = {}) {
    const current = slack.views.get(view.id) ?? view;
    const values = formValues(current.view, edits);
    const res = await sender.interaction(viewSubmissionPayload({ view: current.view, values }));
    const applied =
      res.status === 200 ? slack.applyViewAck(view.id, res.body) : { action: 'http-error', errors: [] };
    return { res, applied, current: slack.views.get(view.id) };
  }

  return {
    slack,
    trata,
    sender,
    appUrl,
    config,
    logLines,
    runCommand,
    runShortcut,
    submit,
    async close() {
      await running.stop(2000);
      await slack.close();
      await trata.close();
    },
    running,
  };
}

export interface FormEdits {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  status?: string;
  notes?: string | null;
}

type Obj = Record<string, unknown>;

/** The state.values Slack would send: each input's initial value, unless the person changed it. */
export function formValues(view: Obj, edits: FormEdits = {}): Record<string, Record<string, unknown>> {
  const blocks = (view.blocks as Obj[] | undefined) ?? [];
  const initial = (blockId: string): Obj | undefined =>
    (blocks.find((b) => b.block_id === blockId)?.element as Obj | undefined) ?? undefined;
  const text = (blockId: string, actionId: string, type: string, edit: string | null | undefined) => {
    const element = initial(blockId);
    const value = edit !== undefined ? edit : ((element?.initial_value as string | undefined) ?? null);
    return { [blockId]: { [actionId]: { type, value: value === '' ? null : value } } };
  };
  const statusElement = initial(BLOCK.status);
  const initialStatus = (statusElement?.initial_option as { value: string } | undefined)?.value;
  const status = edits.status ?? initialStatus;
  return {
    ...text(BLOCK.name, ACTION.name, 'plain_text_input', edits.name),
    ...text(BLOCK.email, ACTION.email, 'email_text_input', edits.email),
    ...text(BLOCK.phone, ACTION.phone, 'plain_text_input', edits.phone),
    [BLOCK.status]: {
      [ACTION.status]: {
        type: 'static_select',
        selected_option: status ? { text: { type: 'plain_text', text: status }, value: status } : null,
      },
    },
    ...text(BLOCK.notes, ACTION.notes, 'plain_text_input', edits.notes),
  };
}

/** The value a person sees in an input of a modal. */
export function shownValue(view: Obj, blockId: string): string | undefined {
  const blocks = (view.blocks as Obj[] | undefined) ?? [];
  const element = blocks.find((b) => b.block_id === blockId)?.element as Obj | undefined;
  if (!element) return undefined;
  if (element.initial_option) return (element.initial_option as { value: string }).value;
  return element.initial_value as string | undefined;
}

export type { SentResult };

/**
 * One harness for a test file: started before its tests, stopped after, and its stand-ins cleared
 * before each test. Returns a getter, since the harness exists only once the file's tests start.
 */
export function useHarness(options: HarnessOptions = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(() => {
    harness?.slack.reset();
    harness?.trata.reset();
  });
  return () => {
    if (!harness) throw new Error('the harness is not started yet');
    return harness;
  };
}
