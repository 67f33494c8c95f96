/**
 * The real app in Socket Mode — SLACK_APP_TOKEN set, no signing secret — the way it runs for development
 * and internal installs: it calls `apps.connections.open` with the app token, connects a WebSocket to the
 * Socket Mode stand-in, and answers envelopes with acks over that socket.
 * The app serves /healthz on PORT in Socket Mode too; PORT=0 picks a free port.
 */
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/app.js';
import { BLOCK } from '../../src/slack/ids.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import {
  messageShortcutPayload,
  slashCommandFields,
  viewSubmissionPayload,
} from '../support/slack-client.js';
import { type SlackStandin, type StoredView, startSlackStandin } from '../support/slack-standin.js';
import { type SocketModeStandin, startSocketModeStandin } from '../support/socket-mode-standin.js';
import { startTrataStandin, type TrataStandin } from '../support/trata-standin.js';
import { BOT_TOKEN, buildTestApp, type FormEdits, formValues, shownValue, TRATA_KEY } from './harness.js';

const APP_TOKEN = 'xapp-1-A0APP-1234567890-0123456789abcdef0123456789abcdef';
const text = (value: unknown) => JSON.stringify(value);

interface Standins {
  slack: SlackStandin;
  trata: TrataStandin;
  socket: SocketModeStandin;
}

async function startStandins(): Promise<Standins> {
  const slack = await startSlackStandin({ botToken: BOT_TOKEN });
  const trata = await startTrataStandin({ apiKey: TRATA_KEY });
  const socket = await startSocketModeStandin(slack, { appToken: APP_TOKEN });
  return { slack, trata, socket };
}

async function closeStandins(s: Standins): Promise<void> {
  await s.socket.close();
  await s.slack.close();
  await s.trata.close();
}

/** The app as test/integration/harness.ts builds it, but in Socket Mode. */
function socketModeApp(s: Standins, appToken = APP_TOKEN) {
  return buildTestApp({
    SLACK_APP_TOKEN: appToken,
    SLACK_API_URL: s.slack.apiUrl,
    TRATA_API_URL: s.trata.url,
  });
}

/** A slash command as Socket Mode delivers it: the form fields as a JSON object. */
function slashCommand(fields: { trigger_id: string; response_url: string; text?: string }) {
  return slashCommandFields(fields);
}

/** Resources keeping the event loop alive, by kind (sockets, servers, timers...). */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
const baseline = activeResources();

describe('Socket Mode', () => {
  let s: Standins;
  let running: Awaited<ReturnType<ReturnType<typeof socketModeApp>['start']>>;
  let startupCalls: string[] = [];
  let logLines: string[] = [];

  beforeAll(async () => {
    s = await startStandins();
    const app = socketModeApp(s);
    logLines = app.logLines;
    running = await app.start();
    startupCalls = s.slack.calls.map((c) => c.method);
  });
  afterAll(async () => {
    await running.stop(2000);
    // The client closes its WebSocket with a close handshake, which the stand-in completes.
    await s.socket.waitForConnections(0, 3000);
    await closeStandins(s);
  });
  beforeEach(() => {
    s.slack.reset();
    s.trata.reset();
  });
  afterEach(() => {
    expect(s.socket.problems).toEqual([]);
  });

  async function runCommand(commandText = '') {
    const triggerId = s.slack.issueTrigger({ userId: 'U0ALICE' });
    const responseUrl = s.slack.createResponseUrl('C0PUBLIC', 'U0ALICE');
    const ack = await s.socket.send(
      'slash_commands',
      slashCommand({ trigger_id: triggerId, response_url: responseUrl, text: commandText }),
    );
    return { ack, triggerId };
  }

  function viewOpenedBy(triggerId: string): Promise<StoredView> {
    return s.slack.waitFor(() => [...s.slack.views.values()].find((v) => v.triggerId === triggerId), 2000);
  }

  /** Presses Submit with `edits`, and applies the ack's response payload to the modal the way Slack would. */
  async function submit(view: StoredView, edits: FormEdits = {}) {
    const current = s.slack.views.get(view.id) ?? view;
    const payload = viewSubmissionPayload({ view: current.view, values: formValues(current.view, edits) });
    const ack = await s.socket.send('interactive', payload);
    return { ack, applied: s.slack.applyViewAck(view.id, ack.payload) };
  }

  it('starts with auth.test, then apps.connections.open with the app token, and one WebSocket', () => {
    expect(startupCalls).toEqual(['auth.test', 'apps.connections.open']);
    expect(s.socket.connections).toHaveLength(1);
    expect(s.socket.hellos).toBe(1);
    const ready = logLines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'app ready');
    expect(ready).toMatchObject({ mode: 'socket' });
    // Neither token shows up in the logs.
    expect(logLines.join('')).not.toContain(APP_TOKEN);
    expect(logLines.join('')).not.toContain(BOT_TOKEN);
  });

  it('acks /prospect within 3 s and opens the form', async () => {
    const { ack, triggerId } = await runCommand();
    expect(ack.elapsedMs).toBeLessThan(3000);
    expect(ack.payload ?? {}).toEqual({});
    const view = await viewOpenedBy(triggerId);
    expect(view.view.title).toMatchObject({ text: 'New Trata prospect' });
    expect(text(view.view.blocks)).toContain('The prospect card will be posted in <#C0PUBLIC>.');
    expect(shownValue(view.view, BLOCK.status)).toBe('NEW');
  });

  it('answers `/prospect help` in the ack payload', async () => {
    const { ack } = await runCommand('help');
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: MESSAGES.usage });
  });

  it('creates exactly one prospect on submit and posts the card in the channel', async () => {
    const { triggerId } = await runCommand('Jane Doe jane@acme.io');
    const view = await viewOpenedBy(triggerId);
    const { ack, applied } = await submit(view, { phone: '(415) 555-0134', status: 'GENERAL_ENQUIRY' });
    expect(ack.elapsedMs).toBeLessThan(3000);
    expect(applied.errors).toEqual([]);

    const card = await s.slack.waitFor(() =>
      s.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    const prospects = [...s.trata.prospects.values()];
    expect(prospects).toHaveLength(1);
    expect(prospects[0]).toMatchObject({
      name: 'Jane Doe',
      email: 'jane@acme.io',
      phoneNumber: '+14155550134',
      status: 'GENERAL_ENQUIRY',
    });
    expect(s.trata.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(card.thread_ts).toBeUndefined();
    expect(card.blocks?.[0]).toMatchObject({ type: 'header', text: { text: 'Jane Doe' } });
    expect(text(card.blocks)).toContain(prospects[0]!.id);
    expect(text(s.slack.views.get(view.id)!.view.blocks)).toContain('is now a Trata prospect');
  });

  it('returns a wrong email as response_action: errors in the ack, and sends nothing to Trata', async () => {
    const { triggerId } = await runCommand();
    const view = await viewOpenedBy(triggerId);
    const { ack, applied } = await submit(view, { name: 'Jane', email: 'jane@acme', phone: null });
    expect(ack.payload).toEqual({
      response_action: 'errors',
      errors: { [BLOCK.email]: MESSAGES.field.invalidEmail },
    });
    expect(applied.errors).toEqual([]);
    expect(s.trata.requests).toHaveLength(0);
  });

  it('opens the form prefilled from a message with the Create prospect shortcut, and threads the card', async () => {
    const lead = {
      ts: '1700000300.000200',
      text: '*Name:* Marco Rossi\n*Email:* <mailto:marco@rossi.it|marco@rossi.it>\nInterested in the Pro plan',
      user: 'U0BOB',
    };
    s.slack.addMessage('C0PUBLIC', lead);
    const triggerId = s.slack.issueTrigger({ userId: 'U0ALICE' });
    const ack = await s.socket.send(
      'interactive',
      messageShortcutPayload({
        callbackId: 'create_prospect_from_message',
        triggerId,
        responseUrl: s.slack.createResponseUrl('C0PUBLIC', 'U0ALICE'),
        channel: { id: 'C0PUBLIC', name: 'leads' },
        message: lead,
      }),
    );
    expect(ack.elapsedMs).toBeLessThan(3000);
    const view = await viewOpenedBy(triggerId);
    expect(shownValue(view.view, BLOCK.name)).toBe('Marco Rossi');
    expect(shownValue(view.view, BLOCK.email)).toBe('marco@rossi.it');

    await submit(view);
    const card = await s.slack.waitFor(() =>
      s.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    expect(card.thread_ts).toBe(lead.ts);
    expect(s.trata.prospects.size).toBe(1);
  });

  it('reconnects when Slack recycles the connection, and keeps serving', async () => {
    s.socket.disconnectAll('refresh_requested');
    await s.socket.waitForConnections(0, 2000);
    // @slack/socket-mode waits clientPingTimeout (5 s) before reconnecting.
    await s.slack.waitFor(() => s.socket.connections.length === 1, 10_000);
    expect(s.socket.hellos).toBe(2);
    expect(s.slack.calls.map((c) => c.method)).toEqual(['apps.connections.open']);
    const { triggerId } = await runCommand();
    await viewOpenedBy(triggerId);
  });
});

describe('the Socket Mode stand-in', () => {
  let s: Standins;
  beforeAll(async () => {
    s = await startStandins();
  });
  afterAll(async () => {
    await closeStandins(s);
  });

  const connectionsOpen = async (token?: string) => {
    const res = await fetch(`${s.slack.apiUrl}apps.connections.open`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return (await res.json()) as { ok: boolean; url?: string; error?: string };
  };

  it('opens connections only for the app-level token', async () => {
    expect(await connectionsOpen(APP_TOKEN)).toEqual({ ok: true, url: expect.stringMatching(/^ws:\/\//) });
    expect(await connectionsOpen('xapp-1-wrong')).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await connectionsOpen(BOT_TOKEN)).toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(await connectionsOpen()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('accepts each ticket once and at most 10 connections', async () => {
    const urls = await Promise.all(
      Array.from({ length: 11 }, async () => (await connectionsOpen(APP_TOKEN)).url!),
    );
    const first = await rawUpgrade(urls[0]!);
    expect(first.status).toBe(101);
    expect((await rawUpgrade(urls[0]!)).status).toBe(401);
    const more = [];
    for (const url of urls.slice(1, 10)) more.push(await rawUpgrade(url));
    expect(more.map((r) => r.status)).toEqual(Array(9).fill(101));
    expect((await rawUpgrade(urls[10]!)).status).toBe(429);
    for (const r of [first, ...more]) r.socket?.destroy();
    await s.socket.waitForConnections(0);
  });

  it('fails a send that is not acked in time', async () => {
    const slow = await startSocketModeStandin(s.slack, { appToken: APP_TOKEN, ackTimeoutMs: 200 });
    const { url } = await connectionsOpen(APP_TOKEN);
    const silent = await rawUpgrade(url!);
    await expect(slow.send('events_api', { type: 'event_callback' })).rejects.toThrow(
      /no ack .* within 200 ms/,
    );
    expect(slow.problems).toHaveLength(1);
    silent.socket?.destroy();
    await slow.close();
  });
});

describe('start-up with a wrong app token', () => {
  it('fails naming SLACK_APP_TOKEN (invalid_auth)', async () => {
    const s = await startStandins();
    const app = socketModeApp(s, 'xapp-1-A0APP-0000-wrongwrongwrong');
    const failure = await app.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure).toMatchObject({ setting: 'SLACK_APP_TOKEN', cause: { data: { error: 'invalid_auth' } } });
    expect(s.socket.connections).toHaveLength(0);
    // A failed start stops its receiver itself: the leak check below proves nothing is left listening.
    app.trata.close();
    await closeStandins(s);
  });
});

describe('after every app has stopped', () => {
  it('leaves no sockets, servers or timers behind', async () => {
    const leftover = () => {
      const now = activeResources();
      return Object.entries(now).filter(([kind, n]) => n > (baseline[kind] ?? 0));
    };
    await new Promise((r) => setTimeout(r, 100));
    expect(leftover()).toEqual([]);
  });
});

/** A bare WebSocket handshake: the HTTP status, and the socket when it was upgraded (101). */
function rawUpgrade(url: string): Promise<{ status: number; socket?: Socket }> {
  return new Promise((resolve, reject) => {
    const req = request(url.replace(/^ws:/, 'http:'), {
      agent: false,
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'),
      },
    });
    req.on('upgrade', (res, socket) => resolve({ status: res.statusCode ?? 0, socket }));
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
    req.end();
  });
}
