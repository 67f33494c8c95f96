import { beforeEach, describe, expect, it } from 'vitest';
import { ACTION, BLOCK, CALLBACK, CARD_MENU } from '../../src/slack/ids.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { blockActionsPayload, viewSubmissionPayload } from '../support/slack-client.js';
import type { PostedMessage, StoredView } from '../support/slack-standin.js';
import { type FormEdits, formValues, type Harness, shownValue, useHarness } from './harness.js';

/** Issue 16: Edit details, Undo (its creator, 10 minutes) and View in Trata, from the card. */

let clockOffsetMs = 0;
const harness = useHarness({
  env: { TRATA_APP_URL: 'https://app.trata.example/prospects/{id}' },
  now: () => new Date(Date.now() + clockOffsetMs),
});
let h: Harness;
beforeEach(() => {
  h = harness();
  clockOffsetMs = 0;
});

type Obj = Record<string, unknown>;
const text = (value: unknown) => JSON.stringify(value);
const ALICE = { id: 'U0ALICE', name: 'alice' };
const BOB = { id: 'U0BOB', name: 'bob' };
const typed = { name: 'Jane Doe', email: 'jane@acme.io', phone: '+1 415 555 0134', notes: 'Keep me' };

/** Alice creates a prospect with /prospect; the card in #leads and her confirmation modal. */
async function created() {
  const { view } = await h.runCommand();
  await h.submit(view!, typed);
  const card = await h.slack.waitFor(() =>
    h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && !m.ephemeral && m.via === 'chat.postMessage'),
  );
  const id = [...h.trata.prospects.keys()][0]!;
  return { card, id, confirmation: h.slack.views.get(view!.id)! };
}

const actionsOf = (card: PostedMessage) => (card.blocks as Obj[]).find((b) => b.type === 'actions')!;
const elements = (blocks: unknown) =>
  (blocks as Obj[]).flatMap((b) => [
    ...((b.elements as Obj[]) ?? []),
    ...(b.accessory ? [b.accessory as Obj] : []),
  ]);
const undoButton = (blocks: unknown) => elements(blocks).find((e) => e.action_id === ACTION.undo);

/** Someone picks Edit details in the card's ⋯ menu; resolves with the form once it shows the record. */
async function openEdit(card: PostedMessage, user = BOB) {
  const triggerId = h.slack.issueTrigger({ userId: user.id });
  await h.sender.interaction(
    blockActionsPayload({
      triggerId,
      action: {
        block_id: actionsOf(card).block_id as string,
        action_id: ACTION.cardMenu,
        type: 'overflow',
        selected_option: { text: { type: 'plain_text', text: 'Edit details' }, value: CARD_MENU.edit },
      },
      channel: { id: 'C0PUBLIC', name: 'leads' },
      message: { ts: card.ts, text: card.text, blocks: card.blocks },
      responseUrl: h.slack.createResponseUrl('C0PUBLIC', user.id),
      user,
    }),
  );
  return h.slack.waitFor(() =>
    [...h.slack.views.values()].find(
      (v) => v.triggerId === triggerId && v.view.callback_id === CALLBACK.editModal,
    ),
  );
}

/** Save pressed on an Edit details form by the person it was opened for. */
async function save(view: StoredView, edits: FormEdits, user = BOB) {
  const current = h.slack.views.get(view.id) ?? view;
  const res = await h.sender.interaction(
    viewSubmissionPayload({ view: current.view, values: formValues(current.view, edits), user }),
  );
  const applied = h.slack.applyViewAck(view.id, res.body);
  return { res, applied };
}

function pressUndo(view: Obj, value: string, user = ALICE) {
  return h.sender.interaction(
    blockActionsPayload({
      triggerId: h.slack.issueTrigger({ userId: user.id }),
      action: { block_id: BLOCK.undo, action_id: ACTION.undo, type: 'button', value },
      view,
      user,
    }),
  );
}

describe('the card', () => {
  it('has an ⋯ menu with Edit details and no Undo, and a View in Trata link (TRATA_APP_URL)', async () => {
    const { card, id } = await created();
    const menu = elements(card.blocks).find((e) => e.action_id === ACTION.cardMenu)!;
    expect(menu.type).toBe('overflow');
    expect((menu.options as Obj[]).map((o) => (o.text as Obj).text)).toEqual(['Edit details']);
    expect(text(card.blocks)).not.toMatch(/undo/i);
    // The first card, posted when the prospect is created, links to Trata too.
    expect(elements(card.blocks).find((e) => e.action_id === ACTION.viewInTrata)).toMatchObject({
      url: `https://app.trata.example/prospects/${id}`,
    });
    // So does the card as the app redraws it (edit, status, Post here).
    await save(await openEdit(card), {});
    const redrawn = await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card.ts && m.edited));
    const items = elements(redrawn.blocks);
    expect(items.find((e) => e.action_id === ACTION.viewInTrata)).toMatchObject({
      text: { text: 'View in Trata' },
      url: `https://app.trata.example/prospects/${id}`,
    });
    expect(text(redrawn.blocks)).not.toMatch(/undo/i);
  });
});

describe('Edit details', () => {
  it('opens prefilled from Trata’s current record; saving PUTs the whole record and updates the card in place', async () => {
    const { card, id } = await created();
    // Changed in Trata after the card was posted: the form shows Trata's value, not the card's.
    h.trata.prospects.get(id)!.status = 'GENERAL_ENQUIRY';
    const form = await openEdit(card);
    expect(shownValue(form.view, BLOCK.name)).toBe('Jane Doe');
    expect(shownValue(form.view, BLOCK.email)).toBe('jane@acme.io');
    expect(shownValue(form.view, BLOCK.phone)).toBe('+1 415 555 0134');
    expect(shownValue(form.view, BLOCK.status)).toBe('GENERAL_ENQUIRY');
    expect(shownValue(form.view, BLOCK.notes)).toBe('Keep me');
    const before = structuredClone(h.trata.prospects.get(id)!);

    const { res } = await save(form, { name: 'Jane Doe-Smith', phone: '+44 20 7946 0958' });
    expect(res.status).toBe(200);
    const put = h.trata.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toMatchObject({
      name: 'Jane Doe-Smith',
      phoneNumber: '+442079460958',
      status: 'GENERAL_ENQUIRY',
      email: 'jane@acme.io',
      externalReference: before.externalReference,
      prospectProps: { ...before.prospectProps, notes: 'Keep me' },
    });
    const updated = await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card.ts && m.edited));
    expect(text(updated.blocks)).toContain('Jane Doe-Smith');
    expect(text(updated.blocks)).toContain('Edited by <@U0BOB>');
    expect(text(h.slack.views.get(form.id)!.view.blocks)).toContain(
      'is saved in Trata and its card is updated',
    );
    expect(h.slack.messages.filter((m) => m.channel === 'C0PUBLIC' && !m.ephemeral)).toHaveLength(1);
  });

  it('does not overwrite a record changed in Trata since the form opened: it says so and shows the current values', async () => {
    const { card, id } = await created();
    const form = await openEdit(card);
    const record = h.trata.prospects.get(id)!;
    Object.assign(record, {
      name: 'Jane Q. Doe',
      updatedAt: '2099-01-01T00:00:00.000000',
      updatedBy: 'crm-sync',
    });

    const { applied } = await save(form, { name: 'Jane Typo' });
    expect(applied.action).toBe('update');
    expect(h.trata.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
    expect(h.trata.prospects.get(id)!.name).toBe('Jane Q. Doe');
    const shown = h.slack.views.get(form.id)!.view;
    expect(text(shown.blocks)).toContain('Someone changed this prospect in Trata (crm-sync)');
    expect(shownValue(shown, BLOCK.name)).toBe('Jane Q. Doe');

    // Saving again from the refreshed form goes through.
    await save(form, { name: 'Jane Q. Doe-Smith' });
    expect(h.trata.prospects.get(id)!.name).toBe('Jane Q. Doe-Smith');
  });

  it('keeps what was typed when Trata is down', async () => {
    const { card } = await created();
    const form = await openEdit(card);
    h.trata.setOutage(true);
    await save(form, { name: 'Jane Renamed' });
    await h.slack.waitFor(() =>
      text(h.slack.views.get(form.id)!.view.blocks).includes(MESSAGES.editTrataDown),
    );
    expect(shownValue(h.slack.views.get(form.id)!.view, BLOCK.name)).toBe('Jane Renamed');
  });
});

describe('Undo', () => {
  it('its creator removes it from the confirmation: deleted in Trata, the card says who removed it', async () => {
    const { card, id, confirmation } = await created();
    const undo = undoButton(confirmation.view.blocks)!;
    expect(undo).toBeDefined();
    await pressUndo(confirmation.view, undo.value as string);
    await h.trata.waitFor((t) => t.requests.find((r) => r.method === 'DELETE'));
    expect(h.trata.prospects.has(id)).toBe(false);
    const removed = await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card.ts && m.edited));
    expect(text(removed.blocks)).toContain('removed from Trata by <@U0ALICE>');
    expect(text(removed.blocks)).not.toContain(ACTION.setStatus);
    await h.slack.waitFor(() =>
      text(h.slack.views.get(confirmation.id)!.view.blocks).includes('was removed from Trata'),
    );
  });

  it('is refused after 10 minutes, and the prospect stays', async () => {
    const { id, confirmation } = await created();
    clockOffsetMs = 11 * 60 * 1000;
    await pressUndo(confirmation.view, undoButton(confirmation.view.blocks)!.value as string);
    await h.slack.waitFor(() =>
      text(h.slack.views.get(confirmation.id)!.view.blocks).includes(MESSAGES.undoTooLate(10)),
    );
    expect(h.trata.prospects.has(id)).toBe(true);
    expect(h.trata.requests.filter((r) => r.method === 'DELETE')).toHaveLength(0);
  });

  it('is offered in the creator’s Edit details for 10 minutes — never to anyone else', async () => {
    const { card, id } = await created();
    const bobs = await openEdit(card, BOB);
    expect(undoButton(bobs.view.blocks)).toBeUndefined();
    const alices = await openEdit(card, ALICE);
    const undo = undoButton(alices.view.blocks)!;
    expect(undo).toBeDefined();

    // Bob replaying Alice's button is refused like any forged press.
    await pressUndo(bobs.view, undo.value as string, BOB);
    await h.slack.waitFor(() =>
      text(h.slack.views.get(bobs.id)!.view.blocks).includes(MESSAGES.undoNotCreator),
    );
    expect(h.trata.prospects.has(id)).toBe(true);

    clockOffsetMs = 11 * 60 * 1000;
    const later = await openEdit(card, ALICE);
    expect(undoButton(later.view.blocks)).toBeUndefined();
  });
});
