import { beforeEach, describe, expect, it } from 'vitest';
import { ACTION, BLOCK } from '../../src/slack/ids.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { blockActionsPayload, viewSubmissionPayload } from '../support/slack-client.js';
import type { PostedMessage } from '../support/slack-standin.js';
import { formValues, type Harness, useHarness } from './harness.js';

/** Issue 5: duplicate check before create, status from the card, the Home tab. */

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

const text = (value: unknown) => JSON.stringify(value);
const typed = { name: 'Jane Doe', email: 'jane@acme.io', phone: '+1 415 555 0134' };
const posts = () => h.trata.requests.filter((r) => r.method === 'POST');
const cardIn = (channel: string) =>
  h.slack.waitFor(() =>
    h.slack.messages.find((m) => m.channel === channel && !m.ephemeral && m.via === 'chat.postMessage'),
  );

/** Submits the open form again with the duplicate choice made. */
async function choose(viewId: string, value: string) {
  const current = h.slack.views.get(viewId)!;
  const values = {
    ...formValues(current.view),
    [BLOCK.duplicateChoice]: {
      [ACTION.duplicateChoice]: {
        type: 'radio_buttons',
        selected_option: { text: { type: 'plain_text', text: value }, value },
      },
    },
  };
  const res = await h.sender.interaction(viewSubmissionPayload({ view: current.view, values }));
  h.slack.applyViewAck(viewId, res.body);
  return res;
}

describe('duplicate check before create', () => {
  it('finds a prospect with the same email (any case) and creates nothing until the person chooses', async () => {
    const existing = h.trata.seed({ name: 'Jane D.', email: ' JANE@Acme.io', status: 'GENERAL_ENQUIRY' });
    const { view } = await h.runCommand();
    const { res, applied } = await h.submit(view!, typed);
    expect(res.json).toMatchObject({ response_action: 'update' });
    expect(applied.errors).toEqual([]);
    const form = h.slack.views.get(view!.id)!.view;
    expect(text(form.blocks)).toContain(MESSAGES.duplicateFound);
    for (const shown of [
      'Use Jane D. (General enquiry)',
      existing.id,
      'created 20',
      'Create a new prospect anyway',
    ]) {
      expect(text(form.blocks)).toContain(shown);
    }
    expect(posts()).toHaveLength(0);
    expect(h.slack.messages).toHaveLength(0);
  });

  it('“use the existing one” posts its card where the new one would have gone, creating nothing', async () => {
    const existing = h.trata.seed({ name: 'Jane D.', email: 'jane@acme.io', status: 'GENERAL_ENQUIRY' });
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    await choose(view!.id, `use:${existing.id}`);
    const card = await cardIn('C0PUBLIC');
    expect(text(card.blocks)).toContain(existing.id);
    expect(text(card.blocks)).toContain('Existing Trata prospect');
    expect(posts()).toHaveLength(0);
    expect(h.trata.prospects.size).toBe(1);
    expect(text(h.slack.views.get(view!.id)!.view.blocks)).toContain('Using the existing Trata prospect');
  });

  it('“create anyway” creates exactly one new prospect', async () => {
    h.trata.seed({ name: 'Jane D.', email: 'jane@acme.io' });
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    await choose(view!.id, 'create');
    await cardIn('C0PUBLIC');
    expect(posts()).toHaveLength(1);
    expect(h.trata.prospects.size).toBe(2);
  });

  it('matches a phone typed in national format against the stored E.164 number', async () => {
    h.trata.seed({ name: 'J. Doe', phoneNumber: '+14155550134' });
    const { view } = await h.runCommand();
    await h.submit(view!, { name: 'Jane Doe', phone: '(415) 555-0134' });
    expect(text(h.slack.views.get(view!.id)!.view.blocks)).toContain('Use J. Doe');
    expect(posts()).toHaveLength(0);
  });

  it('does not call a similar address a duplicate', async () => {
    h.trata.seed({ name: 'Janet', email: 'janet.jane@acme.io.example' });
    const { view } = await h.runCommand();
    await h.submit(view!, { name: 'Jane', email: 'jane@acme.io' });
    await cardIn('C0PUBLIC');
    expect(posts()).toHaveLength(1);
  });

  it('creates anyway when the look-up fails, and says the check was skipped', async () => {
    h.trata.inject('GET /v1/prospects', { status: 503 }, 2);
    const { view } = await h.runCommand();
    await h.submit(view!, typed);
    await cardIn('C0PUBLIC');
    expect(posts()).toHaveLength(1);
    expect(text(h.slack.views.get(view!.id)!.view.blocks)).toContain('duplicate check was skipped');
  });

  it('leads a second shortcut on an already captured message to the existing prospect', async () => {
    const lead = { ts: '1700000900.000100', text: 'Lead: Jane Doe <mailto:jane@acme.io|jane@acme.io>' };
    const first = await h.runShortcut(lead);
    await h.submit(first.view!);
    await cardIn('C0PUBLIC');
    expect(h.trata.prospects.size).toBe(1);
    const [created] = [...h.trata.prospects.values()];

    const second = await h.runShortcut(lead);
    await h.slack.waitFor(() =>
      text(h.slack.views.get(second.view!.id)!.view.blocks).includes(MESSAGES.alreadyCaptured),
    );
    expect(text(h.slack.views.get(second.view!.id)!.view.blocks)).toContain(`use:${created!.id}`);
    await choose(second.view!.id, `use:${created!.id}`);
    await h.slack.waitFor(() => h.slack.messages.filter((m) => m.thread_ts === lead.ts).length === 2);
    expect(h.trata.prospects.size).toBe(1);
  });
});

describe('status from the card', () => {
  async function createdCard(): Promise<{ card: PostedMessage; id: string }> {
    const { view } = await h.runCommand();
    await h.submit(view!, { ...typed, notes: 'Keep me' });
    const card = await cardIn('C0PUBLIC');
    return { card, id: [...h.trata.prospects.keys()][0]! };
  }

  function pick(card: PostedMessage, id: string, status: string, user = { id: 'U0BOB', name: 'bob' }) {
    return h.sender.interaction(
      blockActionsPayload({
        triggerId: h.slack.issueTrigger(),
        action: {
          block_id: `${BLOCK.cardStatusPrefix}${id}`,
          action_id: ACTION.setStatus,
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: status }, value: status },
        },
        channel: { id: 'C0PUBLIC', name: 'leads' },
        message: { ts: card.ts, text: card.text, blocks: card.blocks },
        responseUrl: h.slack.createResponseUrl('C0PUBLIC', user.id),
        user,
      }),
    );
  }

  it('offers all eight statuses with the current one selected', async () => {
    const { card } = await createdCard();
    const control = (
      card.blocks as {
        type: string;
        elements?: { options: unknown[]; initial_option: { value: string } }[];
      }[]
    ).find((b) => b.type === 'actions');
    expect(control?.elements?.[0]?.options).toHaveLength(8);
    expect(control?.elements?.[0]?.initial_option.value).toBe('NEW');
  });

  it('PUTs the whole record with the new status and updates the card in place', async () => {
    const { card, id } = await createdCard();
    const before = h.trata.prospects.get(id)!;
    await pick(card, id, 'NOT_INTERESTED');
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card.ts && m.edited));
    const put = h.trata.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toEqual({
      status: 'NOT_INTERESTED',
      name: before.name,
      email: before.email,
      phoneNumber: before.phoneNumber,
      externalReference: before.externalReference,
      prospectProps: before.prospectProps,
    });
    const after = h.trata.prospects.get(id)!;
    expect(after).toMatchObject({ ...before, status: 'NOT_INTERESTED', updatedAt: expect.any(String) });
    const updated = h.slack.messages.find((m) => m.ts === card.ts)!;
    expect(text(updated.blocks)).toContain('Not interested');
    expect(text(updated.blocks)).toContain('Status changed by <@U0BOB>');
    expect(h.slack.messages.filter((m) => m.channel === 'C0PUBLIC' && !m.ephemeral)).toHaveLength(1);
  });

  it('tells only the person who picked when the prospect is gone, and leaves the card alone', async () => {
    const { card, id } = await createdCard();
    h.trata.prospects.delete(id);
    await pick(card, id, 'NOT_INTERESTED');
    const notice = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.ephemeral && m.user === 'U0BOB'),
    );
    expect(notice.text).toBe(MESSAGES.statusProspectGone);
    expect(h.slack.messages.find((m) => m.ts === card.ts)?.edited).toBeFalsy();
  });

  it('tells the person when Trata refuses or is down, and the card keeps the status Trata has', async () => {
    const { card, id } = await createdCard();
    h.trata.inject(`PUT /v1/prospects/${id}`, {
      status: 422,
      body: { detail: [{ loc: ['body', 'status'], msg: 'Input should be NEW', type: 'enum' }] },
    });
    await pick(card, id, 'NOT_INTERESTED');
    const refused = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.ephemeral && m.user === 'U0BOB'),
    );
    expect(refused.text).toContain('Trata refused the status “Not interested”: Input should be NEW');
    expect(h.trata.prospects.get(id)!.status).toBe('NEW');
    await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card.ts && m.edited));
    expect(text(h.slack.messages.find((m) => m.ts === card.ts)!.blocks)).toContain(
      '"initial_option":{"text":{"type":"plain_text","text":"New"',
    );

    h.trata.setOutage(true);
    await pick(card, id, 'PRODUCT_ORDER_PLACED', { id: 'U0ALICE', name: 'alice' });
    const down = await h.slack.waitFor(
      () => h.slack.messages.find((m) => m.ephemeral && m.user === 'U0ALICE'),
      8000,
    );
    expect(down.text).toBe(MESSAGES.statusUnavailable('Product order placed'));
    h.trata.setOutage(false);
  });

  it('leaves the card and Trata agreeing when two people change the status at once', async () => {
    const { card, id } = await createdCard();
    h.trata.inject(`GET /v1/prospects/${id}`, { delayMs: 300 });
    await Promise.all([
      pick(card, id, 'NOT_INTERESTED', { id: 'U0ALICE', name: 'alice' }),
      pick(card, id, 'PRODUCT_ORDER_PLACED', { id: 'U0BOB', name: 'bob' }),
    ]);
    await h.slack.waitFor(() => h.trata.requests.filter((r) => r.method === 'PUT').length === 2);
    await h.slack.waitFor(() => h.slack.calls.filter((c) => c.method === 'chat.update').length === 2);
    const final = h.trata.prospects.get(id)!.status;
    const shown = h.slack.messages.find((m) => m.ts === card.ts)!;
    const label = final === 'NOT_INTERESTED' ? 'Not interested' : 'Product order placed';
    expect(text(shown.blocks)).toContain(`"initial_option":{"text":{"type":"plain_text","text":"${label}"`);
  });
});

describe('the Home tab', () => {
  const openHome = (user = 'U0ALICE') =>
    h.sender.raw(
      JSON.stringify({
        token: 'legacy',
        team_id: 'T0TEST',
        api_app_id: 'A0APP',
        type: 'event_callback',
        event_id: `Ev${Date.now()}`,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: 'app_home_opened',
          user,
          channel: 'D0ALICE',
          tab: 'home',
          event_ts: `${Date.now() / 1000}`,
        },
      }),
      { 'content-type': 'application/json' },
    );

  it('shows a New prospect button, the latest prospects, the how-to and a working connection', async () => {
    h.trata.seed({ name: 'Older Lead', email: 'old@x.io', createdAt: '2024-01-01T10:00:00.000000' });
    const recent = h.trata.seed({ name: 'Newest Lead', email: 'new@x.io', status: 'GENERAL_ENQUIRY' });
    await openHome();
    const home = await h.slack.waitFor(() => h.slack.homeTabs.get('U0ALICE'));
    const shown = text(home);
    expect(shown).toContain(ACTION.homeNewProspect);
    expect(shown).toContain('Connected to Trata');
    expect(shown.indexOf('Newest Lead')).toBeLessThan(shown.indexOf('Older Lead'));
    expect(shown).toContain(recent.id);
    expect(shown).toContain('General enquiry');
    expect(shown).toContain('/prospect');
    expect(shown).toContain('Create prospect');
  });

  it('shows a notice, not an empty tab, when Trata fails', async () => {
    h.trata.inject('GET /v1/prospects', { status: 401, body: { detail: 'Not authenticated' } });
    await openHome();
    const home = await h.slack.waitFor(() => h.slack.homeTabs.get('U0ALICE'));
    expect(text(home)).toContain(MESSAGES.homeTrataAuth.slice(0, 40));
    expect(text(home)).toContain(ACTION.homeNewProspect);
  });

  it('New prospect opens the form; the card goes to the person by DM', async () => {
    const triggerId = h.slack.issueTrigger();
    await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: { block_id: 'home', action_id: ACTION.homeNewProspect, type: 'button' },
        view: { id: 'VHOME', type: 'home' },
      }),
    );
    const form = await h.slack.waitFor(() =>
      [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    expect(text(form.view.blocks)).toContain('sent to you in a direct message');
    await h.submit(form, typed);
    const dm = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => !m.ephemeral && m.channel !== 'C0PUBLIC'),
    );
    expect(text(dm.blocks)).toContain('Jane Doe');
    expect(h.trata.prospects.size).toBe(1);
  });

  it('when the form cannot open from the Home tab (no reply link), the person gets a DM saying so', async () => {
    h.slack.failNext('views.open', 'expired_trigger_id');
    await h.sender.interaction(
      blockActionsPayload({
        triggerId: h.slack.issueTrigger(),
        action: { block_id: 'home', action_id: ACTION.homeNewProspect, type: 'button' },
        view: { id: 'VHOME', type: 'home' },
      }),
    );
    const dm = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => !m.ephemeral && m.text === MESSAGES.openFailed),
    );
    expect(dm.channel).not.toBe('C0PUBLIC');
  });
});
