import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, readBody, send } from '../support/http.js';
import { computeSlackSignature, signSlackRequest } from '../support/signing.js';
import {
  createSlackSender,
  eventCallback,
  messageShortcutPayload,
  viewSubmissionPayload,
} from '../support/slack-client.js';
import { type SlackStandin, startSlackStandin } from '../support/slack-standin.js';

const SECRET = 'test-signing-secret';

/** A throwaway Bolt app wired to the stand-in, proving the sender, the payloads and the stand-in fit Bolt. */
describe('Slack sender against a real Bolt app', () => {
  let slack: SlackStandin;
  let app: App;
  let appUrl: string;

  beforeAll(async () => {
    slack = await startSlackStandin();
    app = new App({
      token: 'xoxb-test-token',
      signingSecret: SECRET,
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/prospect', async ({ ack, client, body }) => {
      await client.views.open({
        trigger_id: body.trigger_id,
        view: {
          type: 'modal',
          callback_id: 'prospect',
          private_metadata: JSON.stringify({ channel: body.channel_id }),
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
        },
      });
      await ack();
    });
    app.shortcut('lead_to_prospect', async ({ ack, respond }) => {
      await ack();
      await respond({ text: 'Got it', response_type: 'ephemeral' });
    });
    app.view('prospect', async ({ ack, view }) => {
      const name = view.state.values.name?.value?.value;
      if (!name) return ack({ response_action: 'errors', errors: { name: 'Required' } });
      await ack();
    });
    const server = (await app.start(0)) as unknown as { address(): AddressInfo };
    appUrl = `http://127.0.0.1:${server.address().port}/slack/events`;
  });
  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  it('signs like Slack', () => {
    const headers = signSlackRequest('s', 'body', 1700000000);
    expect(headers['x-slack-request-timestamp']).toBe('1700000000');
    expect(headers['x-slack-signature']).toBe(computeSlackSignature('s', 'body', 1700000000));
    expect(headers['x-slack-signature']).toMatch(/^v0=[0-9a-f]{64}$/);
  });

  it('gets a slash command through and the modal opened', async () => {
    const sender = createSlackSender({ appUrl, signingSecret: SECRET });
    const res = await sender.command({ trigger_id: slack.issueTrigger({ userId: 'U0ALICE' }) });
    expect(res.status).toBe(200);
    const stored = await slack.waitFor(() => [...slack.views.values()][0]);
    expect(stored.view).toMatchObject({
      callback_id: 'prospect',
      private_metadata: '{"channel":"C0PUBLIC"}',
    });

    const empty = await sender.interaction(
      viewSubmissionPayload({
        view: stored.view,
        values: { name: { value: { type: 'plain_text_input', value: null } } },
      }),
    );
    expect(slack.applyViewAck(stored.id, empty.body)).toEqual({ action: 'errors', errors: [] });
    const filled = await sender.interaction(
      viewSubmissionPayload({
        view: stored.view,
        values: { name: { value: { type: 'plain_text_input', value: 'Dana' } } },
      }),
    );
    expect([filled.status, filled.body]).toEqual([200, '']);
  });

  it('gets a message shortcut through and its response_url answered', async () => {
    const sender = createSlackSender({ appUrl, signingSecret: SECRET });
    const res = await sender.interaction(
      messageShortcutPayload({
        callbackId: 'lead_to_prospect',
        triggerId: slack.issueTrigger(),
        responseUrl: slack.createResponseUrl('C0PUBLIC', 'U0ALICE'),
        channel: { id: 'C0PUBLIC', name: 'leads' },
        message: {
          ts: '1712345678.000200',
          text: 'New lead: Dana <mailto:dana@example.com|dana@example.com>',
        },
      }),
    );
    expect(res.status).toBe(200);
    await slack.waitFor(() => slack.messages.find((m) => m.text === 'Got it' && m.ephemeral));
  });

  it('is refused (401) with a wrong secret, a stale timestamp or no signature', async () => {
    const sender = createSlackSender({ appUrl, signingSecret: SECRET });
    expect((await sender.command({}, { secret: 'wrong' })).status).toBe(401);
    expect((await sender.command({}, { stale: true })).status).toBe(401);
    expect((await sender.raw('command=%2Fprospect', {}, { unsigned: true })).status).toBe(401);
  });
});

describe('Slack sender: Events API callbacks', () => {
  it('posts signed JSON with the retry headers Slack adds on redelivery', async () => {
    const seen: { headers: Record<string, unknown>; body: string }[] = [];
    const server = await listen(async (req, res) => {
      seen.push({ headers: { ...req.headers }, body: await readBody(req) });
      send(res, 200, '');
    });
    try {
      const sender = createSlackSender({ appUrl: `${server.baseUrl}/slack/events`, signingSecret: SECRET });
      const payload = eventCallback({ teamId: 'T0BETA', event: { type: 'app_home_opened', user: 'U0ZED' } });
      await sender.event(payload);
      await sender.event(payload, { retryNum: 2, retryReason: 'http_timeout' });
      const [first, retry] = seen;
      expect(JSON.parse(first?.body ?? '')).toEqual(payload);
      expect(first?.headers).toMatchObject({ 'content-type': 'application/json' });
      expect(first?.headers).not.toHaveProperty('x-slack-retry-num');
      const ts = Number(first?.headers['x-slack-request-timestamp']);
      expect(first?.headers['x-slack-signature']).toBe(computeSlackSignature(SECRET, first?.body ?? '', ts));
      expect(retry?.headers).toMatchObject({
        'x-slack-retry-num': '2',
        'x-slack-retry-reason': 'http_timeout',
      });
      expect(retry?.body).toBe(first?.body); // same event_id on redelivery
    } finally {
      await server.close();
    }
  });
});
