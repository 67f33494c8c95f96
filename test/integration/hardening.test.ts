import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/slack/ids.js';
import { type Listening, listen, readBody, send, sleep } from '../support/http.js';
import { blockActionsPayload } from '../support/slack-client.js';
import { type Harness, useHarness } from './harness.js';

/**
 * Defence in depth against forged — but correctly signed — requests, and against hostile text:
 * each test here failed on the app before its hardening.
 */

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const text = (value: unknown) => JSON.stringify(value);
const typed = { name: 'Jane Doe', email: 'jane@acme.io', phone: '+1 415 555 0134', notes: 'Wants a demo' };

/** Somewhere a forged payload could point the app at: records every request it gets. */
let rogue: Listening;
const rogueHits: { method: string; url: string; body: string }[] = [];
beforeAll(async () => {
  rogue = await listen(async (req: IncomingMessage, res) => {
    rogueHits.push({ method: req.method ?? '', url: req.url ?? '', body: await readBody(req) });
    send(res, 200, 'ok');
  });
});
afterAll(async () => {
  await rogue.close();
});
beforeEach(() => {
  rogueHits.length = 0;
});

describe('response_url goes only to Slack', () => {
  it('does not post to a response_url on another host when the form cannot open; the person gets a DM', async () => {
    const res = await h.sender.command({
      trigger_id: 'never.issued.trigger',
      response_url: `${rogue.baseUrl}/collect`,
      channel_id: 'C0PUBLIC',
      user_id: 'U0ALICE',
    });
    expect(res.status).toBe(200);
    const dm = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel.startsWith('D')));
    expect(dm.text).toContain('prospect form');
    await sleep(100);
    expect(rogueHits).toEqual([]);
  });

  it('does not post the card to a response_url on another host; it goes by DM instead', async () => {
    const triggerId = h.slack.issueTrigger({ userId: 'U0ALICE' });
    await h.sender.command({
      trigger_id: triggerId,
      response_url: `${rogue.baseUrl}/collect`,
      channel_id: 'G0PRIVATE',
      user_id: 'U0ALICE',
    });
    const view = await h.slack.waitFor(() =>
      [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    await h.submit(view, typed);
    const card = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel.startsWith('D')));
    expect(text(card.blocks)).toContain('Jane Doe');
    await sleep(100);
    expect(rogueHits).toEqual([]);
  });
});

describe('response_url of block actions goes only to Slack', () => {
  it('a forged status pick pointing its response_url elsewhere tells nobody there', async () => {
    const res = await h.sender.interaction(
      blockActionsPayload({
        triggerId: h.slack.issueTrigger(),
        action: {
          block_id: 'not-a-card',
          action_id: ACTION.setStatus,
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: 'New' }, value: 'NEW' },
        },
        channel: { id: 'C0PUBLIC', name: 'leads' },
        message: { ts: '1700000000.000100', text: 'card' },
        responseUrl: `${rogue.baseUrl}/collect`,
      }),
    );
    expect(res.status).toBe(200);
    await sleep(300);
    expect(rogueHits).toEqual([]);
    expect(h.trata.requests).toHaveLength(0);
  });
});

describe('signed requests from another time', () => {
  it('refuses a request timestamped more than 5 minutes ahead or behind with 401, and opens nothing', async () => {
    const now = Math.floor(Date.now() / 1000);
    for (const timestampSec of [now + 301, now + 600, now + 86_400, now - 301]) {
      const res = await h.sender.command({ trigger_id: h.slack.issueTrigger() }, { timestampSec });
      expect(res.status, String(timestampSec - now)).toBe(401);
    }
    await sleep(200);
    expect(h.slack.views.size).toBe(0);
  });

  it('still serves a request whose clock is a little ahead', async () => {
    const triggerId = h.slack.issueTrigger();
    const res = await h.sender.command(
      { trigger_id: triggerId },
      { timestampSec: Math.floor(Date.now() / 1000) + 60 },
    );
    expect(res.status).toBe(200);
    await h.slack.waitFor(() => [...h.slack.views.values()].find((v) => v.triggerId === triggerId));
  });
});
