import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type SlackStandin,
  startSlackStandin,
  validateBlocks,
  validateView,
} from '../support/slack-standin.js';

const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  callback_id: 'prospect_modal',
  title: { type: 'plain_text', text: 'New prospect' },
  submit: { type: 'plain_text', text: 'Create' },
  blocks: [
    {
      type: 'input',
      block_id: 'name',
      label: { type: 'plain_text', text: 'Name' },
      element: { type: 'plain_text_input', action_id: 'value' },
    },
  ],
  ...extra,
});

/** Posts to the stand-in like a bare HTTP client (form body, bearer token). */
async function call(
  standin: SlackStandin,
  method: string,
  args: Record<string, unknown>,
  token = 'xoxb-test-token',
) {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(args)) form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(`${standin.apiUrl}${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

describe('Slack stand-in', () => {
  let standin: SlackStandin;
  let client: WebClient;

  beforeAll(async () => {
    standin = await startSlackStandin({ triggerTtlMs: 200 });
    client = new WebClient('xoxb-test-token', { slackApiUrl: standin.apiUrl, retryConfig: { retries: 0 } });
  });
  afterAll(() => standin.close());
  beforeEach(() => standin.reset());

  it('answers auth.test for the real WebClient and refuses bad tokens', async () => {
    const me = await client.auth.test();
    expect(me).toMatchObject({ ok: true, team_id: 'T0TEST', user_id: 'U0BOT' });
    const stranger = new WebClient('xoxb-wrong', {
      slackApiUrl: standin.apiUrl,
      retryConfig: { retries: 0 },
    });
    await expect(stranger.auth.test()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    const res = await fetch(`${standin.apiUrl}auth.test`, { method: 'POST' });
    expect(await res.json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('accepts JSON bodies and a token form field, and records decoded arguments', async () => {
    const res = await fetch(`${standin.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: 'Bearer xoxb-test-token', 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ channel: 'C0PUBLIC', text: 'json', blocks: [{ type: 'divider' }] }),
    });
    expect(await res.json()).toMatchObject({ ok: true, channel: 'C0PUBLIC' });
    const form = await fetch(`${standin.apiUrl}chat.postMessage`, {
      method: 'POST',
      body: new URLSearchParams({
        token: 'xoxb-test-token',
        channel: 'C0PUBLIC',
        text: 'form',
        blocks: '[]',
      }),
    });
    expect(await form.json()).toMatchObject({ ok: true });
    expect(standin.calls.map((c) => c.args)).toEqual([
      { channel: 'C0PUBLIC', text: 'json', blocks: [{ type: 'divider' }] },
      { channel: 'C0PUBLIC', text: 'form', blocks: [] },
    ]);
  });

  it('opens a modal once per trigger, and not after the trigger expired', async () => {
    const trigger = standin.issueTrigger();
    const opened = await client.views.open({ trigger_id: trigger, view: modal() as never });
    expect(opened.view?.id).toMatch(/^V/);
    expect(standin.views.get(opened.view?.id ?? '')?.view).toMatchObject({ callback_id: 'prospect_modal' });
    await expect(client.views.open({ trigger_id: trigger, view: modal() as never })).rejects.toMatchObject({
      data: { error: 'exchanged_trigger_id' },
    });
    await expect(client.views.open({ trigger_id: 'nope', view: modal() as never })).rejects.toMatchObject({
      data: { error: 'invalid_trigger_id' },
    });
    const late = standin.issueTrigger();
    await new Promise((r) => setTimeout(r, 250));
    await expect(client.views.open({ trigger_id: late, view: modal() as never })).rejects.toMatchObject({
      data: { error: 'expired_trigger_id' },
    });
  });

  it('rejects an invalid view naming the field, without using up the trigger', async () => {
    const trigger = standin.issueTrigger();
    const bad = modal({ title: { type: 'plain_text', text: 'A title far longer than 24 chars' } });
    const { json } = await call(standin, 'views.open', { trigger_id: trigger, view: bad });
    expect(json.error).toBe('invalid_arguments');
    expect(json.response_metadata).toEqual({
      messages: [expect.stringMatching(/^\[ERROR\] .*\[json-pointer:\/view\/title\/text\]$/)],
    });
    const retry = await call(standin, 'views.open', { trigger_id: trigger, view: modal() });
    expect(retry.json.ok).toBe(true);
  });

  it('updates a view by id, refusing a stale hash and a closed view', async () => {
    const opened = await call(standin, 'views.open', { trigger_id: standin.issueTrigger(), view: modal() });
    const view = opened.json.view as { id: string; hash: string };
    const updated = await call(standin, 'views.update', { view_id: view.id, hash: view.hash, view: modal() });
    expect(updated.json.ok).toBe(true);
    const stale = await call(standin, 'views.update', { view_id: view.id, hash: view.hash, view: modal() });
    expect(stale.json.error).toBe('hash_conflict');
    standin.applyViewAck(view.id, '');
    const closed = await call(standin, 'views.update', { view_id: view.id, view: modal() });
    expect(closed.json.error).toBe('not_found');
  });

  it('posts to a public channel it has not joined only with chat:write.public', async () => {
    const posted = await client.chat.postMessage({ channel: 'C0NOTMEMBER', text: 'hello' });
    expect(posted.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect(standin.messages).toMatchObject([
      { channel: 'C0NOTMEMBER', text: 'hello', via: 'chat.postMessage' },
    ]);

    const narrow = await startSlackStandin({ scopes: ['commands', 'chat:write'] });
    try {
      const c = new WebClient('xoxb-test-token', { slackApiUrl: narrow.apiUrl, retryConfig: { retries: 0 } });
      await expect(c.chat.postMessage({ channel: 'C0NOTMEMBER', text: 'x' })).rejects.toMatchObject({
        data: { error: 'not_in_channel' },
      });
      await expect(c.conversations.join({ channel: 'C0NOTMEMBER' })).rejects.toMatchObject({
        data: { error: 'missing_scope' },
      });
    } finally {
      await narrow.close();
    }
  });

  it('enforces channel rules and opens DMs for user ids', async () => {
    expect((await call(standin, 'chat.postMessage', { channel: 'C0NOPE', text: 'x' })).json.error).toBe(
      'channel_not_found',
    );
    expect((await call(standin, 'chat.postMessage', { channel: 'G0PRIVATE', text: 'x' })).json.error).toBe(
      'channel_not_found',
    );
    expect((await call(standin, 'chat.postMessage', { channel: 'C0ARCHIVED', text: 'x' })).json.error).toBe(
      'is_archived',
    );
    expect((await call(standin, 'chat.postMessage', { channel: 'C0PUBLIC' })).json.error).toBe('no_text');
    const dm = await call(standin, 'chat.postMessage', { channel: 'U0ALICE', text: 'psst' });
    expect(dm.json).toMatchObject({ ok: true, channel: 'D0ALICE' });
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    const tooMany = await call(standin, 'chat.postMessage', { channel: 'C0PUBLIC', text: 'x', blocks });
    expect(tooMany.json.error).toBe('invalid_blocks');
  });

  it('gives permalinks for seeded messages, thread replies included', async () => {
    standin.addMessage('C0PUBLIC', { ts: '1712345678.000200', text: 'lead' });
    standin.addMessage('C0PUBLIC', {
      ts: '1712345679.000300',
      text: 'reply',
      thread_ts: '1712345678.000200',
    });
    const parent = await client.chat.getPermalink({ channel: 'C0PUBLIC', message_ts: '1712345678.000200' });
    expect(parent.permalink).toBe('https://standin.slack.com/archives/C0PUBLIC/p1712345678000200');
    const reply = await client.chat.getPermalink({ channel: 'C0PUBLIC', message_ts: '1712345679.000300' });
    expect(reply.permalink).toContain('?thread_ts=1712345678.000200&cid=C0PUBLIC');
    await expect(client.chat.getPermalink({ channel: 'C0PUBLIC', message_ts: '1.2' })).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
  });

  it('accepts a response_url at most 5 times', async () => {
    const url = standin.createResponseUrl('C0NOTMEMBER', 'U0ALICE');
    for (let i = 0; i < 5; i++) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `n${i}`, response_type: i === 0 ? 'in_channel' : 'ephemeral' }),
      });
      expect([res.status, await res.text()]).toEqual([200, 'ok']);
    }
    const sixth = await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'again' }) });
    expect([sixth.status, await sixth.text()]).toEqual([404, 'used_url']);
    expect(standin.responses).toHaveLength(5);
    expect(standin.messages[0]).toMatchObject({ channel: 'C0NOTMEMBER', text: 'n0', via: 'response_url' });
    expect(standin.messages[1]).toMatchObject({ ephemeral: true, user: 'U0ALICE' });
  });

  it('injects failures, rate limits and delays in order', async () => {
    standin.failNext('chat.postMessage', 'restricted_action');
    standin.rateLimitNext('chat.postMessage', 7);
    const first = await call(standin, 'chat.postMessage', { channel: 'C0PUBLIC', text: 'x' });
    expect(first.json.error).toBe('restricted_action');
    const second = await call(standin, 'chat.postMessage', { channel: 'C0PUBLIC', text: 'x' });
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, '7']);
    standin.delay('auth.test', 150);
    const started = Date.now();
    await client.auth.test();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(standin.calls.map((c) => c.method)).toEqual(['chat.postMessage', 'chat.postMessage', 'auth.test']);
  });
});

describe('Block Kit validation', () => {
  it('accepts a good modal', () => {
    expect(validateView(modal())).toEqual([]);
  });

  it('names every broken field', () => {
    const errors = validateView({
      type: 'modal',
      title: { type: 'plain_text', text: 'ok' },
      blocks: [
        {
          type: 'input',
          block_id: 'x',
          label: { type: 'plain_text', text: 'L' },
          element: { type: 'plain_text_input', max_length: 5, initial_value: 'too long' },
        },
        { type: 'section', block_id: 'x' },
        { type: 'header', text: { type: 'mrkdwn', text: '*no*' } },
        {
          type: 'actions',
          elements: [
            {
              type: 'static_select',
              action_id: 's',
              options: [{ text: { type: 'plain_text', text: 'A' }, value: 'a' }],
              initial_option: { text: { type: 'plain_text', text: 'B' }, value: 'b' },
            },
          ],
        },
        { type: 'carousel' },
      ],
    });
    const pointers = errors.map((e) => /\[json-pointer:(.*)\]$/.exec(e)?.[1]);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/view/blocks/0/element/initial_value',
        '/view/blocks/1/block_id',
        '/view/blocks/1',
        '/view/blocks/2/text/type',
        '/view/blocks/3/elements/0/initial_option',
        '/view/blocks/4/type',
        '/view/submit',
      ]),
    );
  });

  it('limits message blocks to 50 and rejects unknown properties', () => {
    expect(validateBlocks(Array(50).fill({ type: 'divider' }), 'message')).toEqual([]);
    expect(validateBlocks(Array(51).fill({ type: 'divider' }), 'message')).toHaveLength(1);
    expect(
      validateBlocks([{ type: 'section', text: { type: 'mrkdwn', text: 'hi' }, label: 'x' }], 'message'),
    ).toEqual(['invalid additional property: label [json-pointer:/blocks/0/label]']);
  });
});
