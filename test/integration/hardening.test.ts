import type { IncomingMessage } from 'node:http';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION } from '../../src/slack/ids.js';
import { createPayloadSigner, derivePayloadKey } from '../../src/slack/payloads/signer.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { type Listening, listen, readBody, send, sleep } from '../support/http.js';
import { blockActionsPayload, viewSubmissionPayload } from '../support/slack-client.js';
import { formValues, type Harness, SIGNING_SECRET, TRATA_KEY, useHarness } from './harness.js';

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

/** The app's payload key as whoever holds the signing secret derives it: the forger of a signed request. */
const appSigner = createPayloadSigner(derivePayloadKey(SIGNING_SECRET));

/** Changes the origin JSON inside private_metadata and keeps whatever MAC was in front of it. */
function tamper(metadata: string, change: Record<string, unknown>): string {
  const at = metadata.indexOf('{');
  return metadata.slice(0, at) + JSON.stringify({ ...JSON.parse(metadata.slice(at)), ...change });
}

describe('private_metadata is the app’s own', () => {
  async function submitWith(metadata: string, user = { id: 'U0ALICE', name: 'alice' }) {
    const { view } = await h.runCommand();
    const values = formValues(view!.view, typed);
    return h.sender.interaction(
      viewSubmissionPayload({ view: { ...view!.view, private_metadata: metadata }, values, user }),
    );
  }

  it('refuses a form whose metadata was changed (the card’s channel, who created it)', async () => {
    const { view } = await h.runCommand();
    const metadata = String(view!.view.private_metadata);
    for (const change of [{ channelId: 'C0ELSEWHERE' }, { userId: 'U0MALLORY' }, { teamId: 'T0OTHER' }]) {
      const res = await submitWith(tamper(metadata, change));
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ response_action: 'update' });
      expect(text(res.json), JSON.stringify(change)).toContain(MESSAGES.formUnreadable);
    }
    await sleep(200);
    expect(h.trata.requests).toHaveLength(0);
    expect(h.slack.messages.filter((m) => !m.ephemeral)).toHaveLength(0);
  });

  it('refuses a well-formed origin that the app did not sign', async () => {
    const origin = {
      source: 'command',
      teamId: 'T0TEST',
      channelId: 'C0PUBLIC',
      userId: 'U0ALICE',
      submissionKey: 'k'.repeat(16),
    };
    const res = await submitWith(JSON.stringify(origin));
    expect(text(res.json)).toContain(MESSAGES.formUnreadable);
    await sleep(200);
    expect(h.trata.requests).toHaveLength(0);
  });

  it('refuses another person’s form, even with its metadata intact', async () => {
    const { view } = await h.runCommand('', { user_id: 'U0ALICE' });
    const res = await submitWith(String(view!.view.private_metadata), { id: 'U0MALLORY', name: 'mallory' });
    expect(text(res.json)).toContain(MESSAGES.formUnreadable);
    await sleep(200);
    expect(h.trata.requests).toHaveLength(0);
  });

  it('keeps the signed metadata within Slack’s 3000 characters and accepts the person’s own form', async () => {
    const { view } = await h.runShortcut({
      ts: '1700000500.000100',
      text: 'jo@x.io',
      thread_ts: '1700000400.000100',
    });
    expect(String(view!.view.private_metadata).length).toBeLessThanOrEqual(3000);
    const { res } = await h.submit(view!);
    expect(res.status).toBe(200);
    await h.trata.waitFor((t) => t.prospects.size === 1);
  });
});

describe('a Try again button is the app’s own', () => {
  const draft = { name: 'Jane Doe', email: 'jane@acme.io', phone: '', status: 'NEW', notes: '' };
  const origin = {
    source: 'command',
    teamId: 'T0TEST',
    channelId: 'C0PUBLIC',
    userId: 'U0ALICE',
    submissionKey: 's'.repeat(16),
  };
  const packed = (payload: unknown) =>
    deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');

  async function press(value: string, user = { id: 'U0ALICE', name: 'alice' }) {
    const triggerId = h.slack.issueTrigger({ userId: user.id });
    const res = await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: { block_id: 'retry', action_id: ACTION.retrySubmission, type: 'button', value },
        channel: { id: 'C0PUBLIC', name: 'leads' },
        responseUrl: h.slack.createResponseUrl('C0PUBLIC', user.id),
        user,
      }),
    );
    expect(res.status).toBe(200);
    const notice = await h.slack.waitFor(
      () =>
        h.slack.messages.find((m) => m.ephemeral) ??
        [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    return { notice, opened: [...h.slack.views.values()].some((v) => v.triggerId === triggerId) };
  }

  it('refuses an unsigned button value: no form opens, the person is told', async () => {
    const { notice, opened } = await press(packed({ draft, origin }));
    expect(opened).toBe(false);
    expect(text(notice)).toContain(MESSAGES.formUnreadable);
  });

  it('refuses a signed button pressed by someone else than its owner', async () => {
    const { notice, opened } = await press(appSigner.sign(packed({ draft, origin })), {
      id: 'U0MALLORY',
      name: 'mallory',
    });
    expect(opened).toBe(false);
    expect(text(notice)).toContain(MESSAGES.formUnreadable);
  });

  it('reopens the form for its owner when the value is the app’s', async () => {
    const { opened } = await press(appSigner.sign(packed({ draft, origin })));
    expect(opened).toBe(true);
  });
});

describe('typed text', () => {
  it('reaches Trata without NUL, ESC or line breaks, and the card shows Notes as plain text', async () => {
    const { view } = await h.runCommand();
    await h.submit(view!, {
      name: 'Jane\u0000 Doe\u001b[2J\r\n',
      email: 'jane@acme.io\r\n',
      phone: '+1 415 555\u0000 0134',
      notes: '*Status* Won\r\nCall back\u0007 _Friday_\u001b',
    });
    const post = await h.trata.waitFor((t) => t.requests.find((r) => r.method === 'POST'));
    const body = post.body as {
      name: string;
      email: string;
      phoneNumber: string;
      prospectProps: { notes: string };
    };
    expect(body).toMatchObject({ name: 'Jane Doe[2J', email: 'jane@acme.io', phoneNumber: '+14155550134' });
    expect(body.prospectProps.notes).toBe('*Status* Won\nCall back _Friday_');
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    const mrkdwn: string[] = [];
    JSON.stringify(card.blocks, (_k, v: { type?: string; text?: string } | undefined) => {
      if (v?.type === 'mrkdwn') mrkdwn.push(String(v.text));
      return v;
    });
    expect(mrkdwn.join('\n')).not.toMatch(/\*Status\* Won|_Friday_/);
    expect(text(card.blocks)).toContain('*Status* Won');
    expect(text(card)).not.toMatch(/\\u0000|\\u001b|\\u0007/);
  });

  it('a name of only zero-width spaces makes no invisible header: the card is headed by the email', async () => {
    const { view } = await h.runCommand();
    await h.submit(view!, { ...typed, name: '\u200b\u200b\u200d' });
    const post = await h.trata.waitFor((t) => t.requests.find((r) => r.method === 'POST'));
    expect((post.body as { name: unknown }).name).toBeNull();
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    expect(card.blocks?.[0]).toMatchObject({ type: 'header', text: { text: 'jane@acme.io' } });
  });

  it('shows Trata’s refusal to the person with secrets scrubbed, as the logs have it', async () => {
    h.trata.inject('POST /v1/prospects', {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'email'],
            msg: `rejected for Bearer ${TRATA_KEY} (xoxb-9-9-leaked)`,
            type: 'value_error',
          },
        ],
      },
    });
    const { view } = await h.runCommand();
    const { res } = await h.submit(view!, typed);
    const shown = text(res.json) + text(h.slack.views.get(view!.id)?.view);
    expect(shown).toContain('rejected for Bearer [redacted] ([redacted])');
    expect(shown).not.toContain(TRATA_KEY);
    expect(shown).not.toContain('xoxb-9-9-leaked');
  });
});
