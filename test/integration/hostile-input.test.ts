import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CALLBACK } from '../../src/slack/ids.js';
import { type Harness, useHarness } from './harness.js';

/** Hostile and random input at the HTTP endpoint: refused cleanly, nothing created, the app keeps serving. */

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const text = (value: unknown) => JSON.stringify(value);

describe('random signed payloads', () => {
  it('never create a prospect, never open a form, and the app keeps serving', async () => {
    const payload = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constant('view_submission'),
        team: fc.constant({ id: 'T0TEST', domain: 'acme' }),
        user: fc.constant({ id: 'U0ALICE', name: 'alice', team_id: 'T0TEST' }),
        view: fc.record({
          id: fc.string(),
          callback_id: fc.constant(CALLBACK.prospectModal),
          private_metadata: fc.oneof(fc.string(), fc.json(), fc.anything()),
          state: fc.anything(),
        }),
      }),
    );
    // Sent all at once: unroutable payloads wait for Bolt's 3 s unhandled-request timeout.
    const samples = [null, 0, 'x', [], ...fc.sample(payload, { numRuns: 60, seed: Date.now() % 100_000 })];
    const answers = await Promise.all(samples.map((p) => h.sender.interaction(p)));
    for (const res of answers) expect([200, 400, 401, 404, 500]).toContain(res.status);
    expect(h.trata.prospects.size).toBe(0);
    expect(h.slack.views.size).toBe(0);
    const { view } = await h.runCommand();
    expect(view).toBeDefined();
  }, 60_000);
});

describe('typed text is never live markup in what the app posts', () => {
  it('a name like <!channel> pings nobody and a link stays text', async () => {
    const { view } = await h.runCommand();
    await h.submit(view!, {
      name: '<!channel> <@U0BOB>',
      email: 'jane@acme.io',
      notes: 'see <https://evil.example|our site> & <!here>',
    });
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    // Notes are a rich_text literal (`text` elements are never parsed: no links, mentions or
    // formatting); everything else after the header is escaped mrkdwn.
    const blocks = (card.blocks ?? []) as { type: string }[];
    const notes = blocks.find((b) => b.type === 'rich_text');
    const posted = `${card.text} ${text(blocks.slice(1).filter((b) => b !== notes))}`;
    expect(posted).not.toMatch(/<!channel>|<!here>|<@U0BOB>|<https:\/\/evil/);
    expect(text(notes)).toContain(
      '{"type":"text","text":"\\nsee <https://evil.example|our site> & <!here>"}',
    );
    expect(card.blocks?.[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: '<!channel> <@U0BOB>' },
    });
    expect(text(h.slack.views.get(view!.id)!.view.blocks)).not.toMatch(/<!channel>|<@U0BOB>/);
  });
});

describe('payloads Bolt cannot take', () => {
  it.each(['payload=null', 'payload=%5B1%5D', 'payload=42', 'payload=%22x%22', 'payload=%7Bbroken'])(
    '%s is refused at once with 400, and nothing is left hanging',
    async (body) => {
      const res = await h.sender.raw(body, { 'content-type': 'application/x-www-form-urlencoded' });
      expect(res.status).toBe(400);
      expect(res.elapsedMs).toBeLessThan(1000);
    },
  );
});

describe('request size', () => {
  it('refuses a body over the size limit, and keeps serving', async () => {
    const res = await h.sender.raw(`payload=${'a'.repeat(400 * 1024)}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(413);
    const { view } = await h.runCommand();
    expect(view).toBeDefined();
  });
});
