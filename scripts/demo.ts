/**
 * `npm run demo`: the app for real (HTTP mode, signed requests) against local stand-ins for Slack
 * and Trata. Walks a person through capturing, the duplicate choice, Trata being down, the status
 * menu, finding, editing and the Home tab, printing what they would see in Slack at each step.
 * No Slack workspace or Trata account needed. Styles only on a terminal: piped, it is plain text.
 */
import { statusLabel } from '../src/domain/status.js';
import { ACTION, BLOCK, CARD_MENU } from '../src/slack/ids.js';
import { formValues, startHarness } from '../test/integration/harness.js';
import {
  appHomeOpenedEvent,
  blockActionsPayload,
  viewSubmissionPayload,
} from '../test/support/slack-client.js';
import type { PostedMessage } from '../test/support/slack-standin.js';
import { bold, renderBlocks, renderModal, slackText } from './render.js';

const step = (n: number, title: string) => console.log(`\n${bold(`${n}. ${title}`)}`);
type Obj = Record<string, unknown>;

const h = await startHarness({ env: { TRATA_APP_URL: 'https://app.trata.example/prospects/{id}' } });
try {
  console.log(
    `App listening on ${h.appUrl} (HTTP mode), Slack stand-in ${h.slack.baseUrl}, Trata stand-in ${h.trata.url}`,
  );
  const cardAt = (ts: string) => h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === ts));
  const newCard = (count: number) =>
    h.slack.waitFor(
      () => h.slack.messages.filter((m) => !m.ephemeral && m.via === 'chat.postMessage')[count],
    );

  step(1, 'In #leads, Alice types: /prospect Jane Doe jane@acme.io +1 415 555 0134');
  const command = await h.runCommand('Jane Doe jane@acme.io +1 415 555 0134');
  console.log(`   Slack got the ack in ${command.res.elapsedMs.toFixed(0)} ms; the form opens:`);
  console.log(renderModal(command.view!.view));

  step(2, 'She picks status "General enquiry", adds a note and presses Create prospect');
  await h.submit(command.view!, { status: 'GENERAL_ENQUIRY', notes: 'Asked for pricing for 40 seats' });
  console.log('   Her form shows (only she sees it — Undo is here, never on the shared card):');
  console.log(renderModal(h.slack.views.get(command.view!.id)!.view));
  const card1 = await newCard(0);
  console.log('   In #leads everyone sees:');
  console.log(renderBlocks(card1.blocks));

  step(3, 'A form bot posts a lead in #leads; Alice uses ⋯ → Create prospect on it');
  const lead = {
    ts: '1700000500.000100',
    user: 'U0BOB',
    text: 'New website enquiry :tada:\n*Name:* Marco Rossi\n*Email:* <mailto:marco.rossi@rossi.it|marco.rossi@rossi.it>\n*Phone:* <tel:+390212345678|+39 02 1234 5678>\n*Message:* Looking for a callback about the Pro plan',
  };
  console.log(renderBlocks([{ type: 'section', text: { type: 'mrkdwn', text: lead.text } }]));
  const shortcut = await h.runShortcut(lead);
  console.log('   The form opens, already filled in from the message:');
  console.log(renderModal(shortcut.view!.view));

  step(4, 'Trata is down when she presses Create prospect');
  h.trata.setOutage(true);
  await h.submit(shortcut.view!);
  await h.slack.waitFor(
    () => JSON.stringify(h.slack.views.get(shortcut.view!.id)!.view).includes('Your details are still here'),
    20_000,
  );
  console.log('   The form comes back with what she had, and says why:');
  console.log(renderModal(h.slack.views.get(shortcut.view!.id)!.view));

  step(5, 'Trata is back; she presses Create prospect again');
  h.trata.setOutage(false);
  await h.submit(h.slack.views.get(shortcut.view!.id)!);
  console.log(renderModal(h.slack.views.get(shortcut.view!.id)!.view));
  const card2 = await h.slack.waitFor(() => h.slack.messages.find((m) => m.thread_ts === lead.ts));
  console.log(`   In the lead's thread in #leads:`);
  console.log(renderBlocks(card2.blocks));

  const callback = 'SCHEDULED_CALLBACK_WITH_BOT';
  step(6, `Bob picks “${statusLabel(callback)}” in the card’s status menu`);
  const prospectId = [...h.trata.prospects.values()].find((p) => p.name === 'Marco Rossi')!.id;
  await h.sender.interaction(
    blockActionsPayload({
      triggerId: h.slack.issueTrigger(),
      action: {
        block_id: `${BLOCK.cardStatusPrefix}${prospectId}`,
        action_id: ACTION.setStatus,
        type: 'static_select',
        selected_option: { text: { type: 'plain_text', text: statusLabel(callback) }, value: callback },
      },
      channel: { id: 'C0PUBLIC', name: 'leads' },
      message: { ts: card2.ts, text: card2.text, blocks: card2.blocks },
      responseUrl: h.slack.createResponseUrl('C0PUBLIC', 'U0BOB'),
      user: { id: 'U0BOB', name: 'bob' },
    }),
  );
  const updated = await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card2.ts && m.edited));
  console.log('   The card updates in place:');
  console.log(renderBlocks(updated.blocks));

  step(7, 'Later, Alice types /prospect Jane Doe jane@acme.io again and presses Create prospect');
  const again = await h.runCommand('Jane Doe jane@acme.io');
  await h.submit(again.view!);
  console.log('   Nothing is created yet: Trata already has her, so the form asks:');
  console.log(renderModal(h.slack.views.get(again.view!.id)!.view));
  console.log('   (She closes it.)');
  h.slack.closeView(again.view!.id);

  step(8, 'Bob types /prospect find JANE@acme.io');
  const before = h.slack.responses.length;
  await h.runCommand('find JANE@acme.io', { user_id: 'U0BOB', waitMs: 1 });
  const found = await h.slack.waitFor(() => h.slack.responses[before]);
  console.log('   Only Bob sees:');
  console.log(renderBlocks((found.body as Obj).blocks as unknown[]));

  step(9, 'Bob opens the card’s ⋯ menu → Edit details, fixes the name and presses Save');
  const form = await openEdit(card1, { id: 'U0BOB', name: 'bob' });
  console.log(renderModal(form.view));
  const values = formValues(form.view, { name: 'Jane Doe-Smith' });
  const saved = await h.sender.interaction(
    viewSubmissionPayload({ view: form.view, values, user: { id: 'U0BOB', name: 'bob' } }),
  );
  h.slack.applyViewAck(form.id, saved.body);
  console.log(renderModal(h.slack.views.get(form.id)!.view));
  const edited = await h.slack.waitFor(() => h.slack.messages.find((m) => m.ts === card1.ts && m.edited));
  console.log('   The card in #leads, updated in place:');
  console.log(renderBlocks(edited.blocks));

  step(10, 'Alice opens the app’s Home tab');
  await h.sender.event(appHomeOpenedEvent({ user: 'U0ALICE' }));
  const home = await h.slack.waitFor(() => h.slack.homeTabs.get('U0ALICE'));
  console.log(renderBlocks(home.blocks as unknown[]));

  step(11, 'In Trata');
  for (const p of h.trata.prospects.values()) {
    console.log(
      `   ${p.id}  ${p.name}  ${p.email}  ${p.phoneNumber}  ${statusLabel(p.status)}  source: ${slackText(p.externalReference?.[0]?.id ?? '')}`,
    );
  }

  async function openEdit(card: PostedMessage, user: { id: string; name: string }) {
    const current = await cardAt(card.ts);
    const actions = (current.blocks as Obj[]).find((b) => b.type === 'actions')!;
    const triggerId = h.slack.issueTrigger({ userId: user.id });
    await h.sender.interaction(
      blockActionsPayload({
        triggerId,
        action: {
          block_id: actions.block_id as string,
          action_id: ACTION.cardMenu,
          type: 'overflow',
          selected_option: { text: { type: 'plain_text', text: 'Edit details' }, value: CARD_MENU.edit },
        },
        channel: { id: 'C0PUBLIC', name: 'leads' },
        message: { ts: current.ts, text: current.text, blocks: current.blocks },
        user,
      }),
    );
    return h.slack.waitFor(() =>
      [...h.slack.views.values()].find(
        (v) => v.triggerId === triggerId && v.view.callback_id === 'prospect_edit',
      ),
    );
  }
} finally {
  await h.close();
}
