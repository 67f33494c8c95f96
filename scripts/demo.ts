/**
 * `npm run demo`: the app for real (HTTP mode, signed requests) against local stand-ins for Slack
 * and Trata. Walks one `/prospect` and one message shortcut through to the posted card, printing
 * what the person in Slack would see at each step. No Slack workspace or Trata account needed.
 */
import { ACTION, BLOCK } from '../src/slack/ids.js';
import { startHarness } from '../test/integration/harness.js';
import { blockActionsPayload } from '../test/support/slack-client.js';
import { renderBlocks, renderModal, slackText } from './render.js';

const step = (n: number, title: string) => console.log(`\n\x1b[1m${n}. ${title}\x1b[0m`);

const h = await startHarness();
try {
  console.log(
    `App listening on ${h.appUrl} (HTTP mode), Slack stand-in ${h.slack.baseUrl}, Trata stand-in ${h.trata.url}`,
  );

  step(1, 'In #leads, Alice types: /prospect Jane Doe jane@acme.io +1 415 555 0134');
  const command = await h.runCommand('Jane Doe jane@acme.io +1 415 555 0134');
  console.log(`   Slack got the ack in ${command.res.elapsedMs.toFixed(0)} ms; the form opens:`);
  console.log(renderModal(command.view!.view));

  step(2, 'She picks status "General enquiry", adds a note and presses Create prospect');
  await h.submit(command.view!, { status: 'GENERAL_ENQUIRY', notes: 'Asked for pricing for 40 seats' });
  console.log(renderModal(h.slack.views.get(command.view!.id)!.view));
  const card1 = await h.slack.waitFor(() => h.slack.messages.find((m) => m.channel === 'C0PUBLIC'));
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

  step(4, 'She presses Create prospect');
  await h.submit(shortcut.view!);
  console.log(renderModal(h.slack.views.get(shortcut.view!.id)!.view));
  const card2 = await h.slack.waitFor(() => h.slack.messages.find((m) => m.thread_ts === lead.ts));
  console.log(`   In the lead's thread in #leads:`);
  console.log(renderBlocks(card2.blocks));

  step(5, 'Bob picks “Scheduled callback” in the card’s status menu');
  const prospectId = [...h.trata.prospects.values()].find((p) => p.name === 'Marco Rossi')!.id;
  await h.sender.interaction(
    blockActionsPayload({
      triggerId: h.slack.issueTrigger(),
      action: {
        block_id: `${BLOCK.cardStatusPrefix}${prospectId}`,
        action_id: ACTION.setStatus,
        type: 'static_select',
        selected_option: { text: { type: 'plain_text', text: 'x' }, value: 'SCHEDULED_CALLBACK_WITH_BOT' },
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

  step(6, 'In Trata');
  for (const p of h.trata.prospects.values()) {
    console.log(
      `   ${p.id}  ${p.name}  ${p.email}  ${p.phoneNumber}  ${p.status}  source: ${slackText(p.externalReference?.[0]?.id ?? '')}`,
    );
  }
} finally {
  await h.close();
}
