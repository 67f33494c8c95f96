import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, BLOCK } from '../../src/slack/ids.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { blockActionsPayload } from '../support/slack-client.js';
import { type Harness, shownValue, TRATA_KEY, useHarness } from './harness.js';

/**
 * Every edge where a Slack app loses people: Trata refusing, failing or slow; Slack refusing to post
 * or to open the form. The person always learns what happened and never retypes; one submission
 * never makes two prospects.
 */

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const text = (value: unknown) => JSON.stringify(value);
const typed = { name: 'Jane Doe', email: 'jane@acme.io', phone: '+1 415 555 0134', notes: 'Wants a demo' };
const modalOf = (id: string) => h.slack.views.get(id)!.view;
const prospectCount = () => h.trata.prospects.size;

function expectFormKept(view: Record<string, unknown>) {
  expect(shownValue(view, BLOCK.name)).toBe(typed.name);
  expect(shownValue(view, BLOCK.email)).toBe(typed.email);
  expect(shownValue(view, BLOCK.phone)).toBe(typed.phone);
  expect(shownValue(view, BLOCK.notes)).toBe(typed.notes);
}

describe('when Trata refuses the data (422)', () => {
  it('shows each refusal under the field the person typed, keeps their values, and lists the rest on top', async () => {
    h.trata.inject('POST /v1/prospects', {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'email'],
            msg: 'value is not a valid email address: domain does not accept mail',
            type: 'value_error',
          },
          {
            loc: ['body', 'phoneNumber'],
            msg: 'String should have at most 20 characters',
            type: 'string_too_long',
          },
          { loc: ['body', 'externalReference', 0, 'id'], msg: 'Field required', type: 'missing' },
        ],
      },
    });
    const { view } = await h.runCommand();
    const { res, applied } = await h.submit(view!, typed);
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(applied.errors).toEqual([]);
    const form = modalOf(view!.id);
    expectFormKept(form);
    const blocks = form.blocks as { block_id?: string }[];
    const below = (blockId: string) => text(blocks[blocks.findIndex((b) => b.block_id === blockId) + 1]);
    expect(below(BLOCK.email)).toContain('Trata says: value is not a valid email address');
    expect(below(BLOCK.phone)).toContain('Trata says: String should have at most 20 characters');
    expect(text(blocks[0])).toContain(MESSAGES.trataRejected);
    expect(text(blocks[0])).toContain('externalReference.0.id: Field required');
    expect(prospectCount()).toBe(0);
  });

  it('uses Slack’s inline errors when every refusal belongs to a field', async () => {
    h.trata.inject('POST /v1/prospects', {
      status: 422,
      body: {
        detail: [
          {
            loc: ['body', 'name'],
            msg: 'String should have at most 100 characters',
            type: 'string_too_long',
          },
        ],
      },
    });
    const { view } = await h.runCommand();
    const { res, applied } = await h.submit(view!, typed);
    expect(res.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCK.name]: 'Trata says: String should have at most 100 characters' },
    });
    expect(applied.errors).toEqual([]);
  });
});

describe('when Trata refuses the key (401/403)', () => {
  it('tells the person to ask the installer, logs what to fix, and never shows the key', async () => {
    h.trata.inject('POST /v1/prospects', { status: 401, body: { detail: 'Invalid API key' } });
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    const form = modalOf(view!.id);
    expect(text(form.blocks)).toContain(MESSAGES.trataAuth.slice(0, 60));
    expectFormKept(form);
    expect(h.logLines.join('')).toContain('Set TRATA_API_TOKEN to a valid key');
    expect(h.logLines.join('') + text(h.slack.calls)).not.toContain(TRATA_KEY);
  });
});

describe('when Trata is briefly unavailable', () => {
  it('retries a 429 after Retry-After and creates exactly one prospect', async () => {
    h.trata.inject('POST /v1/prospects', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { detail: 'slow down' },
    });
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'));
    const posts = h.trata.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(prospectCount()).toBe(1);
  });

  it('retries a 503, checking first that nothing was created, and creates exactly one', async () => {
    h.trata.inject('POST /v1/prospects', { status: 503, body: { detail: 'upstream unavailable' } });
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'));
    // Duplicate check (email, phone), the failed create, the look-up for it, the create again.
    expect(h.trata.requests.map((r) => `${r.method} ${r.query.searchBy ?? ''}`.trim())).toEqual([
      'GET email',
      'GET phoneNumber',
      'POST',
      'GET email',
      'POST',
    ]);
    expect(prospectCount()).toBe(1);
    expect(text(modalOf(view!.id).blocks)).toContain('is now a Trata prospect');
  });

  it('finds the prospect instead of creating a second one when the connection drops after Trata saved it', async () => {
    h.trata.inject('POST /v1/prospects', { reset: 'after' });
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'));
    expect(prospectCount()).toBe(1);
    expect(h.trata.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    const [prospect] = [...h.trata.prospects.values()];
    expect(text(h.slack.messages[0]!.blocks)).toContain(prospect!.id);
  });
});

describe('when Trata is slow', () => {
  it('acknowledges within 3 s with a "Creating…" view, then shows the outcome in the modal', async () => {
    h.trata.inject('POST /v1/prospects', { delayMs: 3500 });
    const { view } = await h.runCommand();
    const { res } = await h.submit(view!, typed);
    expect(res.elapsedMs).toBeLessThan(3000);
    expect(text(res.json)).toContain('Creating');
    await h.slack.waitFor(() => text(modalOf(view!.id).blocks).includes('is now a Trata prospect'), 6000);
    expect(prospectCount()).toBe(1);
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'));
  });
});

describe('when Trata is down past the retry budget', () => {
  afterEach(() => h.trata.setOutage(false));

  it('brings the form back with the values and the reason; a later retry creates exactly one', async () => {
    h.trata.setOutage(true);
    const { view } = await h.runCommand();
    const first = await h.submit(view!, typed);
    expect(first.applied.errors).toEqual([]);
    const form = modalOf(view!.id);
    expect(text(form.blocks)).toMatch(/Trata isn’t answering|Trata didn’t confirm/);
    expectFormKept(form);
    expect(prospectCount()).toBe(0);

    h.trata.setOutage(false);
    await h.submit(view!);
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'));
    expect(prospectCount()).toBe(1);
  });

  it('tells the person privately when the modal was closed, with a Try again that brings back what they typed', async () => {
    // Trata answers the first attempt late and with a 503, then stays down.
    h.trata.inject('POST /v1/prospects', { status: 503, delayMs: 2600 });
    const { view } = await h.runCommand();
    const { res } = await h.submit(view!, typed);
    expect(text(res.json)).toContain('Creating');
    h.trata.setOutage(true);
    h.slack.closeView(view!.id);

    const notice = await h.slack.waitFor(
      () => h.slack.messages.find((m) => m.ephemeral && m.user === 'U0ALICE'),
      8000,
    );
    expect(notice.channel).toBe('C0PUBLIC');
    expect(notice.text).toMatch(/Trata isn’t answering|Trata didn’t confirm/);
    for (const value of [typed.name, typed.email, typed.phone, typed.notes])
      expect(text(notice.blocks)).toContain(value);

    h.trata.setOutage(false);
    const button = (notice.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTION.retrySubmission)!;
    const triggerId = h.slack.issueTrigger();
    const click = await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: { block_id: 'retry', action_id: ACTION.retrySubmission, type: 'button', value: button.value },
        channel: { id: 'C0PUBLIC', name: 'leads' },
        responseUrl: h.slack.createResponseUrl('C0PUBLIC', 'U0ALICE'),
      }),
    );
    expect(click.status).toBe(200);
    const reopened = await h.slack.waitFor(() =>
      [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    expectFormKept(reopened.view);
    await h.submit(reopened);
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral));
    expect(prospectCount()).toBe(1);
  });
});

describe('when Slack will not take the card where it was asked for', () => {
  it('posts in a public channel the bot has not joined (chat:write.public)', async () => {
    const { view } = await h.runCommand('', { channel_id: 'C0NOTMEMBER' });
    await h.submit(view!, typed);
    const card = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0NOTMEMBER'));
    expect(card.via).toBe('chat.postMessage');
  });

  it('posts through the command’s response_url in a private channel without the bot, and says how to invite it', async () => {
    const { view } = await h.runCommand('', { channel_id: 'G0PRIVATE' });
    await h.submit(view!, typed);
    const card = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'G0PRIVATE'));
    expect(card.via).toBe('response_url');
    expect(card.ephemeral).toBeFalsy();
    expect(text(modalOf(view!.id).blocks)).toContain('/invite @Trata Prospects');
  });

  it('waits out a rate limit (429 + Retry-After) and posts the card once, in the channel', async () => {
    const { view } = await h.runCommand('', { channel_id: 'C0PUBLIC' });
    h.slack.rateLimitNext('chat.postMessage', 1);
    await h.submit(view!, typed);
    const card = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'), 5000);
    expect(card.via).toBe('chat.postMessage');
    const posts = h.slack.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(h.slack.messages.filter((m) => text(m.blocks).includes('Jane Doe'))).toHaveLength(1);
  });

  it('sends the card by DM when the channel is archived, and says so', async () => {
    const { view } = await h.runCommand('', { channel_id: 'C0ARCHIVED' });
    await h.submit(view!, typed);
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel.startsWith('D') || m.channel === 'U0ALICE'),
    );
    expect(text(card.blocks)).toContain('Jane Doe');
    expect(text(modalOf(view!.id).blocks)).toContain('that channel is archived');
    expect(text(modalOf(view!.id).blocks)).toContain('direct message');
  });
});

describe('when the form cannot be opened', () => {
  it('tells the person through the response_url that it took too long', async () => {
    h.slack.failNext('views.open', 'expired_trigger_id');
    const { res, view, responseUrl } = await h.runCommand('', { waitMs: 300 });
    expect(res.status).toBe(200);
    expect(view).toBeUndefined();
    const notice = await h.slack.waitFor(() => h.slack.responses.find((r) => r.url === responseUrl));
    expect(notice.body).toMatchObject({ response_type: 'ephemeral', text: MESSAGES.openFailed });
  });
});

describe('an error thrown in a listener', () => {
  it('is logged with a correlation id, the person is told, and the app keeps serving', async () => {
    const responseUrl = h.slack.createResponseUrl('C0PUBLIC', 'U0ALICE');
    // A shortcut payload with no channel or message: the listener throws on it.
    const res = await h.sender.interaction({
      type: 'message_action',
      callback_id: 'create_prospect_from_message',
      trigger_id: h.slack.issueTrigger(),
      response_url: responseUrl,
      team: { id: 'T0TEST', domain: 'acme' },
      user: { id: 'U0ALICE', name: 'alice', team_id: 'T0TEST' },
      message_ts: '1700000000.000100',
    });
    expect(res.status).toBe(200);
    const notice = await h.slack.waitFor(() => h.slack.responses.find((r) => r.url === responseUrl));
    const correlationId = /reference `(\w+)`/.exec(String(notice.body.text))?.[1];
    expect(correlationId).toBeDefined();
    const logged = h.logLines.find((l) => l.includes('unhandled error in a listener'));
    expect(logged).toContain(correlationId!);
    const { view } = await h.runCommand();
    expect(view).toBeDefined();
  });
});

describe('a public channel the app has not joined, without chat:write.public', () => {
  const withJoin = useHarness({ scopes: ['commands', 'chat:write', 'channels:join'] });

  it('joins the channel (channels:join) on not_in_channel and posts the card there', async () => {
    const j = withJoin();
    const { view } = await j.runCommand('', { channel_id: 'C0NOTMEMBER' });
    await j.submit(view!, typed);
    const card = await j.slack.waitFor(() => j.slack.messages.find((m) => m.channel === 'C0NOTMEMBER'));
    expect(card.via).toBe('chat.postMessage');
    expect(j.slack.calls.map((c) => c.method)).toEqual(
      expect.arrayContaining(['chat.postMessage', 'conversations.join']),
    );
    expect(j.slack.isMember('C0NOTMEMBER')).toBe(true);
  });
});

describe('a public channel the app may neither post in nor join', () => {
  const minimal = useHarness({ scopes: ['commands', 'chat:write'] });

  it('still delivers the card through the command’s response_url and says how to invite the app', async () => {
    const m = minimal();
    const { view } = await m.runCommand('', { channel_id: 'C0NOTMEMBER' });
    await m.submit(view!, typed);
    const card = await m.slack.waitFor(() => m.slack.messages.find((msg) => msg.channel === 'C0NOTMEMBER'));
    expect(card.via).toBe('response_url');
    expect(text(m.slack.views.get(view!.id)!.view.blocks)).toContain('/invite @Trata Prospects');
  });
});
