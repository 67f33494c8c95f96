import { beforeEach, describe, expect, it } from 'vitest';
import { ACTION, BLOCK, CALLBACK } from '../../src/slack/ids.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { appHomeOpenedEvent, blockActionsPayload, viewSubmissionPayload } from '../support/slack-client.js';
import type { PostedMessage } from '../support/slack-standin.js';
import { formValues, type Harness, useHarness } from './harness.js';

/** Issue 16: find a prospect (`/prospect find`, the Home tab), from the results post its card or change its status. */

const harness = useHarness();
let h: Harness;
beforeEach(() => {
  h = harness();
});

type Obj = Record<string, unknown>;
const text = (value: unknown) => JSON.stringify(value);
const ALICE = { id: 'U0ALICE', name: 'alice' };

/** `/prospect find <query>` and the private answer it gets. */
async function find(query: string) {
  const before = h.slack.responses.length;
  const { res } = await h.runCommand(`find ${query}`, { waitMs: 1 });
  const answer = await h.slack.waitFor(() => h.slack.responses[before]);
  return { res, answer, body: answer.body as Obj };
}

const resultIds = (blocks: unknown) =>
  ((blocks as Obj[]) ?? [])
    .map((b) => b.block_id)
    .filter((id): id is string => typeof id === 'string' && id.startsWith(BLOCK.findResultPrefix))
    .map((id) => id.slice(BLOCK.findResultPrefix.length));

function press(
  body: { blocks: unknown; responseUrl?: string; view?: Obj },
  prospectId: string,
  action: { action_id: string; type: string; [key: string]: unknown },
  user = ALICE,
) {
  return h.sender.interaction(
    blockActionsPayload({
      triggerId: h.slack.issueTrigger({ userId: user.id }),
      action: { block_id: `${BLOCK.findResultPrefix}${prospectId}`, ...action },
      ...(body.view
        ? { view: body.view }
        : {
            channel: { id: 'C0PUBLIC', name: 'leads' },
            message: { ts: '1700000000.000001', text: 'results', blocks: body.blocks as unknown[] },
            responseUrl: body.responseUrl ?? h.slack.createResponseUrl('C0PUBLIC', user.id),
          }),
      user,
    }),
  );
}

describe('/prospect find', () => {
  it('answers privately with the matches only: email in any case, others dropped', async () => {
    const jane = h.trata.seed({ name: 'Jane Doe', email: 'jane@acme.io', phoneNumber: '+14155550134' });
    h.trata.seed({ name: 'Janet', email: 'janet.jane@acme.io.example' }); // Trata's substring search returns it
    const { res, body, answer } = await find('JANE@Acme.io');
    expect(res.status).toBe(200);
    expect(body.response_type).toBe('ephemeral');
    expect(answer.userId).toBe('U0ALICE');
    expect(resultIds(body.blocks)).toEqual([jane.id]);
    for (const shown of ['Jane Doe', 'jane@acme.io', '+1 415 555 0134', 'New', 'created', 'Post here']) {
      expect(text(body.blocks)).toContain(shown);
    }
    // Nobody else sees anything: no message in the channel.
    expect(h.slack.messages.filter((m) => !m.ephemeral)).toHaveLength(0);
  });

  it('matches a phone in E.164 whatever the format typed', async () => {
    const jane = h.trata.seed({ name: 'Jane Doe', phoneNumber: '+14155550134' });
    h.trata.seed({ name: 'Other', phoneNumber: '+14155550199' });
    const { body } = await find('(415) 555-0134');
    expect(resultIds(body.blocks)).toEqual([jane.id]);
    const query = h.trata.requests.find((r) => r.method === 'GET' && r.query.searchBy)!.query;
    expect(query).toMatchObject({ searchBy: 'phoneNumber', searchValue: '+14155550134' });
  });

  it('finds by name, case-insensitively, at most 10, newest first', async () => {
    for (let i = 0; i < 12; i++) h.trata.seed({ name: `Marco Rossi ${i}`, email: `m${i}@rossi.it` });
    const { body } = await find('marco rossi');
    expect(resultIds(body.blocks)).toHaveLength(10);
    expect(text(body.blocks)).toContain('the 10 newest are shown');
  });

  it('only looks in the workspace’s own Trata account', async () => {
    const other = h.trata.addAccount('another-customer-key-123');
    other.seed({ name: 'Jane Doe', email: 'jane@acme.io' });
    const { body } = await find('jane@acme.io');
    expect(resultIds(body.blocks)).toEqual([]);
    expect(h.trata.requests.every((r) => r.headers.authorization === `Bearer ${h.trata.apiKey}`)).toBe(true);
  });

  it('nothing found: says so and offers Create prospect prefilled with what was searched', async () => {
    const { body } = await find('zoe@verdant.io');
    expect(text(body.blocks)).toContain(MESSAGES.findNone('zoe@verdant.io'));
    const button = (body.blocks as Obj[])
      .flatMap((b) => (b.elements as Obj[] | undefined) ?? [])
      .find((e) => e.action_id === ACTION.findCreate)!;
    expect(button).toMatchObject({ text: { text: 'Create prospect' }, value: 'zoe@verdant.io' });

    const triggerId = h.slack.issueTrigger({ userId: 'U0ALICE' });
    await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: { block_id: 'x', action_id: ACTION.findCreate, type: 'button', value: 'zoe@verdant.io' },
        channel: { id: 'C0PUBLIC', name: 'leads' },
        message: { ts: '1700000000.000001', text: 'results', blocks: body.blocks as unknown[] },
        responseUrl: h.slack.createResponseUrl('C0PUBLIC', 'U0ALICE'),
        user: ALICE,
      }),
    );
    const form = await h.slack.waitFor(() =>
      [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    const email = (form.view.blocks as Obj[]).find((b) => b.block_id === BLOCK.email)!;
    expect((email.element as Obj).initial_value).toBe('zoe@verdant.io');
    await h.submit(form, { name: 'Zoë Saldaña' });
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral),
    );
    expect(text(card.blocks)).toContain('Zoë Saldaña');
  });

  it('an empty search explains how to use it; Trata down says so', async () => {
    const empty = await h.runCommand('find');
    expect(empty.res.json).toMatchObject({ response_type: 'ephemeral', text: MESSAGES.findUsage });
    h.trata.setOutage(true);
    const { body } = await find('jane@acme.io');
    expect(body.text).toContain(MESSAGES.findTrataDown);
  });

  it('Post here posts the card in the channel; the status menu changes it in Trata', async () => {
    const jane = h.trata.seed({ name: 'Jane Doe', email: 'jane@acme.io', status: 'NEW' });
    const { body } = await find('jane@acme.io');
    const pressed = await press({ blocks: body.blocks }, jane.id, {
      action_id: `${ACTION.postHere}.0`,
      type: 'button',
      value: jane.id,
    });
    expect(pressed.status).toBe(200);
    const card = await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral && m.via === 'chat.postMessage'),
    );
    expect(text(card.blocks)).toContain(jane.id);
    await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.ephemeral && m.text.includes('is posted in <#C0PUBLIC>')),
    );

    await press({ blocks: body.blocks }, jane.id, {
      action_id: `${ACTION.resultStatus}.0`,
      type: 'static_select',
      selected_option: { text: { type: 'plain_text', text: 'x' }, value: 'NOT_INTERESTED' },
    });
    await h.trata.waitFor((t) => t.prospects.get(jane.id)?.status === 'NOT_INTERESTED');
    await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.ephemeral && m.text.includes('is now “Not interested” in Trata')),
    );
  });
});

describe('Home tab search', () => {
  async function openSearch(): Promise<PostedMessage | undefined> {
    await h.sender.event(appHomeOpenedEvent({ user: 'U0ALICE' }));
    const home = await h.slack.waitFor(() => h.slack.homeTabs.get('U0ALICE'));
    expect(text(home.blocks)).toContain(ACTION.homeFind);
    return undefined;
  }

  it('the Find a prospect button opens a search form whose results replace it', async () => {
    const jane = h.trata.seed({ name: 'Jane Doe', email: 'jane@acme.io' });
    await openSearch();
    const triggerId = h.slack.issueTrigger({ userId: 'U0ALICE' });
    await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: { block_id: 'home', action_id: ACTION.homeFind, type: 'button' },
        user: ALICE,
      }),
    );
    const modal = await h.slack.waitFor(() =>
      [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    expect(modal.view.callback_id).toBe(CALLBACK.findModal);

    const values = (q: string) => ({
      [BLOCK.findQuery]: { [ACTION.findQuery]: { type: 'plain_text_input', value: q } },
    });
    const empty = await h.sender.interaction(viewSubmissionPayload({ view: modal.view, values: values('') }));
    expect(h.slack.applyViewAck(modal.id, empty.body).action).toBe('errors');

    const res = await h.sender.interaction(
      viewSubmissionPayload({ view: modal.view, values: values('Jane') }),
    );
    h.slack.applyViewAck(modal.id, res.body);
    const results = h.slack.views.get(modal.id)!.view;
    expect(resultIds(results.blocks)).toEqual([jane.id]);
    expect(text(results.blocks)).toContain('Send me its card');

    // No channel in the Home tab: the card goes to the person by DM, and the modal says so.
    await press({ blocks: results.blocks, view: results }, jane.id, {
      action_id: `${ACTION.postHere}.0`,
      type: 'button',
      value: jane.id,
    });
    await h.slack.waitFor(() =>
      h.slack.messages.find((m) => m.channel === 'D0ALICE' && text(m.blocks).includes(jane.id)),
    );
    await h.slack.waitFor(() =>
      text(h.slack.views.get(modal.id)!.view.blocks).includes('sent to you in a direct message'),
    );
  });

  it('Trata down: the reason shows under the search input, what was typed stays', async () => {
    const triggerId = h.slack.issueTrigger({ userId: 'U0ALICE' });
    await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: { block_id: 'home', action_id: ACTION.homeFind, type: 'button' },
        user: ALICE,
      }),
    );
    const modal = await h.slack.waitFor(() =>
      [...h.slack.views.values()].find((v) => v.triggerId === triggerId),
    );
    h.trata.setOutage(true);
    const res = await h.sender.interaction(
      viewSubmissionPayload({
        view: modal.view,
        values: { [BLOCK.findQuery]: { [ACTION.findQuery]: { type: 'plain_text_input', value: 'Jane' } } },
      }),
    );
    expect(res.json).toMatchObject({
      response_action: 'errors',
      errors: { [BLOCK.findQuery]: MESSAGES.findTrataDown },
    });
  });
});

describe('the form', () => {
  it('says once, plainly, that email or phone is required, and explains the AI agent status', async () => {
    const { view } = await h.runCommand();
    const blocks = text(view!.view.blocks);
    expect(blocks.split(MESSAGES.contactHint)).toHaveLength(2);
    expect(blocks).not.toContain('Email or phone is required. Include');
    expect(blocks).toContain(MESSAGES.aiAgentStatusHint);
  });

  it('lets the person send the card only to themselves: a DM, nothing in the channel', async () => {
    const { view } = await h.runCommand();
    const current = h.slack.views.get(view!.id)!;
    const values = {
      ...formValues(current.view, { name: 'Jane Doe', email: 'jane@acme.io' }),
      [BLOCK.cardDestination]: {
        [ACTION.cardDestination]: {
          type: 'radio_buttons',
          selected_option: { text: { type: 'plain_text', text: 'Only me' }, value: 'me' },
        },
      },
    };
    const res = await h.sender.interaction(viewSubmissionPayload({ view: current.view, values }));
    h.slack.applyViewAck(view!.id, res.body);
    const card = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'D0ALICE'));
    expect(text(card.blocks)).toContain('Jane Doe');
    expect(h.slack.messages.filter((m) => m.channel === 'C0PUBLIC' && !m.ephemeral)).toHaveLength(0);
    expect(text(h.slack.views.get(view!.id)!.view.blocks)).toContain('sent to you in a direct message');
  });
});
