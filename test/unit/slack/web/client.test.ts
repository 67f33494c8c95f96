import type { FetchFunction } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { createSlackWeb, SlackApiError, type SlackWebOptions } from '../../../../src/slack/web/client.js';

/** The client bound to one workspace's token, as every listener uses it. */
const createSlackApi = (o: SlackWebOptions & { token: string }) => createSlackWeb(o).forToken(o.token);

type Reply = { status: number; body: unknown; retryAfter?: string } | { networkError: string };

/** A fetch answering from a script, recording what was sent. */
function scripted(replies: Reply[]) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetch = (async (input: string | URL, init?: { headers?: unknown; body?: unknown }) => {
    sent.push({
      url: String(input),
      headers: init?.headers as Record<string, string>,
      body: JSON.parse(String(init?.body)),
    });
    const reply = replies.shift() ?? { status: 500, body: 'no more replies' };
    if ('networkError' in reply)
      throw Object.assign(new Error(reply.networkError), { code: reply.networkError });
    const headers = new Map(reply.retryAfter ? [['retry-after', reply.retryAfter]] : []);
    return {
      ok: reply.status < 300,
      status: reply.status,
      statusText: '',
      url: String(input),
      headers: {
        get: (name: string) => headers.get(name.toLowerCase()) ?? null,
        entries: () => [...headers],
      },
      text: async () => (typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)),
      json: async () => reply.body,
      arrayBuffer: async () => new ArrayBuffer(0),
    };
  }) as unknown as FetchFunction;
  return { fetch, sent };
}

const waits: number[] = [];
const options = (fetch: FetchFunction, extra = {}) => ({
  apiUrl: 'https://slack.test/api/',
  token: 'xoxb-test-token',
  fetch,
  sleep: async (ms: number) => {
    waits.push(ms);
  },
  ...extra,
});

describe('createSlackWeb(…).forToken(token)', () => {
  it('sends one JSON request with the bot token and returns Slack’s answer', async () => {
    const { fetch, sent } = scripted([{ status: 200, body: { ok: true, ts: '1.2', channel: 'C1' } }]);
    const api = createSlackApi(options(fetch));
    const answer = await api.chat.postMessage({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
    expect(answer.ts).toBe('1.2');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('https://slack.test/api/chat.postMessage');
    expect(sent[0]!.headers.authorization).toBe('Bearer xoxb-test-token');
    expect(sent[0]!.headers['content-type']).toContain('application/json');
    expect(sent[0]!.body).toEqual({ channel: 'C1', text: 'hi', blocks: [{ type: 'divider' }] });
  });

  it('raises Slack’s error code the way web-api does (error.data.error)', async () => {
    const { fetch } = scripted([{ status: 200, body: { ok: false, error: 'not_in_channel' } }]);
    const error = await createSlackApi(options(fetch))
      .chat.postMessage({ channel: 'C1', text: 'hi' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackApiError);
    expect((error as SlackApiError).data.error).toBe('not_in_channel');
  });

  it('posts again after Retry-After when rate limited, and only then', async () => {
    waits.length = 0;
    const { fetch, sent } = scripted([
      { status: 429, body: { ok: false, error: 'ratelimited' }, retryAfter: '2' },
      { status: 200, body: { ok: true, ts: '9.9' } },
    ]);
    const answer = await createSlackApi(options(fetch)).chat.postMessage({ channel: 'C1', text: 'hi' });
    expect(answer.ts).toBe('9.9');
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([2000]);
  });

  it('gives up on a rate limit longer than it may wait, without waiting', async () => {
    waits.length = 0;
    const { fetch, sent } = scripted([
      { status: 429, body: { ok: false, error: 'ratelimited' }, retryAfter: '30' },
    ]);
    const api = createSlackApi(options(fetch, { maxRateLimitWaitMs: 10_000 }));
    await expect(api.chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({
      data: { error: 'ratelimited' },
    });
    expect(sent).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('never retries views.open or views.update: a trigger or a modal will not wait', async () => {
    const { fetch, sent } = scripted([
      { status: 429, body: { ok: false, error: 'ratelimited' }, retryAfter: '1' },
      { status: 200, body: { ok: true, view: { id: 'V1' } } },
    ]);
    const api = createSlackApi(options(fetch));
    await expect(api.views.open({ trigger_id: 't', view: {} })).rejects.toBeInstanceOf(SlackApiError);
    expect(sent).toHaveLength(1);
  });

  it('names an answer that is not JSON by its HTTP status', async () => {
    const { fetch } = scripted([{ status: 502, body: '<html>bad gateway</html>' }]);
    await expect(
      createSlackApi(options(fetch)).views.update({ view_id: 'V1', view: {} }),
    ).rejects.toMatchObject({ data: { error: 'http_502' } });
  });

  it('sends a post again when no connection could be made (it cannot have been posted)', async () => {
    waits.length = 0;
    const { fetch, sent } = scripted([
      { networkError: 'ECONNREFUSED' },
      { status: 200, body: { ok: true, ts: '3.3' } },
    ]);
    const answer = await createSlackApi(options(fetch)).chat.postMessage({ channel: 'C1', text: 'hi' });
    expect(answer.ts).toBe('3.3');
    expect(sent).toHaveLength(2);
    expect(waits).toEqual([250]);
  });

  it('does not repeat a post that may have gone through (a reset or a timeout): a card twice is worse', async () => {
    const { fetch, sent } = scripted([
      { networkError: 'ETIMEDOUT' },
      { status: 200, body: { ok: true, ts: '3.3' } },
    ]);
    await expect(
      createSlackApi(options(fetch)).chat.postMessage({ channel: 'C1', text: 'hi' }),
    ).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(sent).toHaveLength(1);
  });

  it('gives up after two re-sends', async () => {
    const { fetch, sent } = scripted([
      { networkError: 'ECONNREFUSED' },
      { networkError: 'ECONNREFUSED' },
      { networkError: 'ECONNREFUSED' },
      { status: 200, body: { ok: true } },
    ]);
    await expect(createSlackApi(options(fetch)).conversations.join({ channel: 'C1' })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    expect(sent).toHaveLength(3);
  });
});

describe('createSlackWeb(…).respond(url, message)', () => {
  const web = (fetch: FetchFunction, apiUrl = 'https://slack.com/api/') =>
    createSlackWeb({ apiUrl, fetch, sleep: async () => undefined });

  it('posts to Slack’s response_url hosts and to the host of the configured API URL', async () => {
    const { fetch, sent } = scripted([
      { status: 200, body: 'ok' },
      { status: 200, body: 'ok' },
      { status: 200, body: 'ok' },
    ]);
    const slack = web(fetch, 'http://127.0.0.1:4567/api/');
    expect(await slack.respond('https://hooks.slack.com/commands/T1/2/abc', { text: 'a' })).toBe(true);
    expect(await slack.respond('https://hooks.slack-gov.com/actions/T1/2/abc', { text: 'b' })).toBe(true);
    expect(await slack.respond('http://127.0.0.1:4567/response/T1/abc', { text: 'c' })).toBe(true);
    expect(sent.map((s) => s.url)).toEqual([
      'https://hooks.slack.com/commands/T1/2/abc',
      'https://hooks.slack-gov.com/actions/T1/2/abc',
      'http://127.0.0.1:4567/response/T1/abc',
    ]);
  });

  it('refuses any other host, scheme or port, sending nothing', async () => {
    const { fetch, sent } = scripted([]);
    const slack = web(fetch, 'http://127.0.0.1:4567/api/');
    for (const url of [
      'https://attacker.example/collect',
      'https://hooks.slack.com.attacker.example/x',
      'https://evil.hooks.slack.com/x',
      'http://hooks.slack.com/commands/T1/2/abc',
      'https://hooks.slack.com:8443/commands/T1/2/abc',
      'https://user:pw@hooks.slack.com/commands/T1/2/abc',
      'http://127.0.0.1:4568/response/T1/abc',
      'https://127.0.0.1:4567/response/T1/abc',
      'http://localhost:4567/response/T1/abc',
      'not a url',
      '',
    ]) {
      expect(await slack.respond(url, { text: 'x' }), url).toBe(false);
    }
    expect(sent).toHaveLength(0);
  });

  it('with the default API URL, a local address is refused too', async () => {
    const { fetch, sent } = scripted([]);
    expect(await web(fetch).respond('http://127.0.0.1:4567/response/T1/abc', { text: 'x' })).toBe(false);
    expect(await web(fetch).respond('https://169.254.169.254/latest/meta-data', { text: 'x' })).toBe(false);
    expect(sent).toHaveLength(0);
  });
});
