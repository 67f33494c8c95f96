import { beforeEach, describe, expect, it } from 'vitest';
import { BLOCK } from '../../src/slack/ids.js';
import { decodeOrigin } from '../../src/slack/payloads/origin.js';
import { createPayloadSigner, derivePayloadKey } from '../../src/slack/payloads/signer.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { BOT_TOKEN, type Harness, SIGNING_SECRET, shownValue, TRATA_KEY, useHarness } from './harness.js';

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const text = (value: unknown) => JSON.stringify(value);

describe('/prospect', () => {
  it('acks at once and opens the prospect form', async () => {
    const { res, view } = await h.runCommand();
    expect(res.status).toBe(200);
    expect(res.elapsedMs).toBeLessThan(3000);
    expect(view).toBeDefined();
    const modal = view!.view;
    expect(modal.title).toMatchObject({ text: 'New Trata prospect' });
    expect(text(modal.blocks)).toContain('The prospect card will be posted in <#C0PUBLIC>.');
    expect(shownValue(modal, BLOCK.status)).toBe('NEW');
    // views.open was the first (and only) Web API call the command made.
    const methods = h.slack.calls.map((c) => c.method).filter((m) => m !== 'auth.test');
    expect(methods).toEqual(['views.open']);
  });

  it('prefills the form from the text typed after the command', async () => {
    const { view } = await h.runCommand('Jane Doe jane@acme.io +1 415 555 0134');
    expect(shownValue(view!.view, BLOCK.email)).toBe('jane@acme.io');
    expect(shownValue(view!.view, BLOCK.phone)).toBe('+1 415 555 0134');
    expect(shownValue(view!.view, BLOCK.name)).toBe('Jane Doe');
    // Notes are not filled with the same details again.
    expect(shownValue(view!.view, BLOCK.notes)).toBeUndefined();
  });

  it('answers `/prospect help` with usage and opens nothing', async () => {
    const { res, view } = await h.runCommand('help', { waitMs: 300 });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral', text: MESSAGES.usage });
    expect(view).toBeUndefined();
  });

  it('creates the prospect in Trata with the exact body and posts the card in the channel', async () => {
    const { view } = await h.runCommand();
    const { res, applied } = await h.submit(view!, {
      name: 'Jane Doe',
      email: 'Jane@Acme.io',
      phone: '(415) 555-0134',
      status: 'GENERAL_ENQUIRY',
      notes: 'Met at the expo',
    });
    expect(res.status).toBe(200);
    expect(applied.errors).toEqual([]);

    const posts = h.trata.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    const body = posts[0]!.body as Record<string, unknown>;
    expect(posts[0]!.headers.authorization).toBe(`Bearer ${TRATA_KEY}`);
    expect(body).toEqual({
      name: 'Jane Doe',
      email: 'jane@acme.io',
      phoneNumber: '+14155550134',
      status: 'GENERAL_ENQUIRY',
      prospectProps: {
        notes: 'Met at the expo',
        source: 'slack',
        slackTeamId: 'T0TEST',
        slackUserId: 'U0ALICE',
        slackChannelId: 'C0PUBLIC',
        slackSubmissionId: expect.any(String),
      },
      externalReference: [
        {
          providerName: 'Slack',
          id: 'slack://channel?team=T0TEST&id=C0PUBLIC',
          providerProps: {
            slackTeamId: 'T0TEST',
            slackUserId: 'U0ALICE',
            slackChannelId: 'C0PUBLIC',
            via: 'slash_command',
          },
        },
      ],
    });

    const [created] = [...h.trata.prospects.values()];
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    expect(card.thread_ts).toBeUndefined();
    expect(card.blocks?.[0]).toMatchObject({ type: 'header', text: { text: 'Jane Doe' } });
    for (const shown of ['jane@acme.io', '+1 415 555 0134', 'General enquiry', '<@U0ALICE>', created!.id]) {
      expect(text(card.blocks)).toContain(shown);
    }
    expect(card.text).toContain('Jane Doe');

    // The person who submitted sees it worked, and where the card is.
    const modal = h.slack.views.get(view!.id)!.view;
    expect(text(modal.blocks)).toContain('is now a Trata prospect');
    expect(text(modal.blocks)).toContain('Its card is posted in <#C0PUBLIC>.');
  });

  it('shows an invalid email under the field and sends nothing to Trata', async () => {
    const { view } = await h.runCommand();
    const { res, applied } = await h.submit(view!, { name: 'Jane', email: 'jane@acme', phone: null });
    expect(res.json).toEqual({
      response_action: 'errors',
      errors: { [BLOCK.email]: MESSAGES.field.invalidEmail },
    });
    expect(applied.errors).toEqual([]);
    expect(h.trata.requests).toHaveLength(0);
  });

  it('asks for an email or a phone when both are empty, and refuses a phone that does not parse', async () => {
    const { view } = await h.runCommand();
    const first = await h.submit(view!, { name: 'Jane' });
    expect(first.res.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCK.email]: MESSAGES.field.needContact, [BLOCK.phone]: MESSAGES.field.needContact },
    });
    const second = await h.submit(view!, { name: 'Jane', phone: '555-12' });
    expect(second.res.json).toMatchObject({ errors: { [BLOCK.phone]: MESSAGES.field.invalidPhone('US') } });
    expect(h.trata.requests).toHaveLength(0);
  });
});

describe('the Create prospect shortcut', () => {
  const lead = {
    ts: '1700000300.000200',
    thread_ts: '1700000100.000100',
    text: '*Name:* Marco Rossi\n*Email:* <mailto:marco@rossi.it|marco@rossi.it>\n*Phone:* <tel:+390212345678|+39 02 1234 5678>\nInterested in the Pro plan',
    user: 'U0BOB',
  };

  it('opens the form prefilled from the lead message, with its origin', async () => {
    const { res, view } = await h.runShortcut(lead);
    expect(res.status).toBe(200);
    expect(shownValue(view!.view, BLOCK.name)).toBe('Marco Rossi');
    expect(shownValue(view!.view, BLOCK.email)).toBe('marco@rossi.it');
    expect(shownValue(view!.view, BLOCK.phone)).toBe('+39 02 1234 5678');
    expect(text(view!.view.blocks)).toContain('lead’s thread in <#C0PUBLIC>');
    const origin = decodeOrigin(
      view!.view.private_metadata,
      createPayloadSigner(derivePayloadKey(SIGNING_SECRET)),
    );
    expect(origin).toMatchObject({
      source: 'shortcut',
      channelId: 'C0PUBLIC',
      messageTs: lead.ts,
      threadTs: lead.thread_ts,
      permalink: expect.stringContaining('/archives/C0PUBLIC/p1700000300000200'),
    });
  });

  it('records the message as the source and posts the card in the lead’s thread', async () => {
    const { view } = await h.runShortcut(lead);
    await h.submit(view!);
    const body = h.trata.requests.find((r) => r.method === 'POST')!.body as {
      externalReference: { providerName: string; id: string }[];
      prospectProps: Record<string, unknown>;
    };
    expect(body.externalReference[0]).toMatchObject({
      providerName: 'Slack',
      id: expect.stringMatching(/^https:\/\/acme\.slack\.com\/archives\/C0PUBLIC\/p1700000300000200/),
    });
    expect(body.prospectProps).toMatchObject({ slackMessageTs: lead.ts, slackChannelId: 'C0PUBLIC' });
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    expect(card.thread_ts).toBe(lead.thread_ts);
    expect(text(card.blocks)).toContain('Source message');
    expect(text(h.slack.views.get(view!.id)!.view.blocks)).toContain('lead’s thread in <#C0PUBLIC>');
  });

  it('threads under the lead itself when the lead is not in a thread', async () => {
    const { view } = await h.runShortcut({ ts: '1700000400.000300', text: 'Call me: jo@x.io' });
    await h.submit(view!);
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    expect(card.thread_ts).toBe('1700000400.000300');
  });
});

describe('request signing and robustness', () => {
  it('answers 401 to a wrong or stale signature and opens nothing', async () => {
    for (const sign of [
      { secret: 'ffffffffffffffffffffffffffffffff' },
      { stale: true },
      { unsigned: true },
    ]) {
      const triggerId = h.slack.issueTrigger();
      const res = await h.sender.command({ trigger_id: triggerId }, sign);
      expect(res.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.views.size).toBe(0);
  });

  it('keeps serving after malformed payloads', async () => {
    const junk = [
      'payload=%7Bnot-json',
      'payload=%5B1%2C2%5D',
      `payload=${encodeURIComponent(JSON.stringify({ type: 'view_submission', view: { callback_id: 'prospect_form', private_metadata: '{"x":1}', state: 'x' } }))}`,
      `payload=${encodeURIComponent(JSON.stringify({ type: 'message_action', callback_id: 'create_prospect_from_message' }))}`,
      'command=%2Fprospect',
      '',
    ];
    const answers = await Promise.all(
      junk.map((body) => h.sender.raw(body, { 'content-type': 'application/x-www-form-urlencoded' })),
    );
    // Every request got an answer (Bolt refuses what it cannot route); none opened a form or reached Trata.
    expect(answers.map((a) => a.status)).toHaveLength(junk.length);
    expect(h.slack.views.size).toBe(0);
    expect(h.trata.requests).toHaveLength(0);
    const { res, view } = await h.runCommand();
    expect(res.status).toBe(200);
    expect(view).toBeDefined();
  });

  it('refuses a crafted submission cleanly', async () => {
    const { view } = await h.runCommand();
    const forged = { ...view!.view, private_metadata: '{"source":"command","teamId":"T"}' };
    const res = await h.sender.interaction({
      type: 'view_submission',
      team: { id: 'T0TEST', domain: 'acme' },
      user: { id: 'U0ALICE', name: 'alice' },
      api_app_id: 'A0APP',
      view: { ...forged, state: { values: {} } },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(text(res.json)).toContain(MESSAGES.formUnreadable);
    expect(h.trata.requests).toHaveLength(0);
  });

  it('serves GET /healthz without a signature', async () => {
    const res = await fetch(`${h.appUrl}/healthz`);
    expect(res.status).toBe(200);
  });

  it('never logs a secret', () => {
    const all = h.logLines.join('\n');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, TRATA_KEY]) expect(all).not.toContain(secret);
  });
});

describe('/prospect text with more than contact details', () => {
  it('keeps the extra words as notes', async () => {
    const { view } = await h.runCommand('Jane Doe jane@acme.io wants a demo next week');
    expect(shownValue(view!.view, BLOCK.notes)).toBe('Jane Doe jane@acme.io wants a demo next week');
  });
});
