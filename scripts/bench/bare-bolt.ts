/**
 * A reference for the bench, not part of the app: Load 2's job done the straightforward way with the
 * same frameworks — Bolt's defaults and got's defaults, no validation, retries, fallbacks or burst
 * handling. It shows what Bolt and got cost before the app adds anything:
 *
 *   npm run bench -- --loads 2 --skip-build --node-args="--import tsx" --app scripts/bench/bare-bolt.ts
 */
import { randomBytes } from 'node:crypto';
import { App, HTTPReceiver } from '@slack/bolt';
import got from 'got';
import { emptyDraft } from '../../src/domain/draft.js';
import { toProspectInput } from '../../src/prospects/to-trata.js';
import { ACTION, BLOCK, CALLBACK, COMMAND } from '../../src/slack/ids.js';
import { decodeOrigin } from '../../src/slack/payloads/origin.js';
import { createPayloadSigner } from '../../src/slack/payloads/signer.js';
import { buildProspectCard } from '../../src/slack/ui/card.js';
import { buildProspectModal } from '../../src/slack/ui/modal.js';
import { buildCreatedView, buildWorkingView } from '../../src/slack/ui/outcome.js';
import type { Prospect } from '../../src/trata/schemas.js';

const env = (name: string): string => process.env[name] ?? '';
/** Like the app, the form's origin travels signed. */
const signer = createPayloadSigner(randomBytes(32));
const receiver = new HTTPReceiver({
  signingSecret: env('SLACK_SIGNING_SECRET'),
  customRoutes: [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200).end('ok');
      },
    },
  ],
});
const app = new App({
  token: env('SLACK_BOT_TOKEN'),
  receiver,
  clientOptions: { slackApiUrl: env('SLACK_API_URL') },
});
const trata = got.extend({
  prefixUrl: env('TRATA_API_URL').replace(/\/+$/, ''),
  headers: { authorization: `Bearer ${env('TRATA_API_TOKEN')}` },
});

app.command(COMMAND, async ({ ack, body, client }) => {
  await ack();
  const origin = {
    source: 'command' as const,
    teamId: body.team_id,
    channelId: body.channel_id,
    userId: body.user_id,
    submissionKey: randomBytes(12).toString('base64url'),
  };
  await client.views.open({
    trigger_id: body.trigger_id,
    view: buildProspectModal(emptyDraft(), origin, { signer }),
  });
});

app.view(CALLBACK.prospectModal, async ({ ack, view, client }) => {
  const values = view.state.values;
  const name = values[BLOCK.name]?.[ACTION.name]?.value ?? undefined;
  const email = values[BLOCK.email]?.[ACTION.email]?.value ?? '';
  const origin = decodeOrigin(view.private_metadata, signer);
  if (!origin?.channelId) throw new Error('bare-bolt: a submission without an origin');
  await ack({ response_action: 'update', view: buildWorkingView(name ?? email) });
  const input = toProspectInput({ name, email, phone: undefined, notes: undefined, status: 'NEW' }, origin);
  await trata.get('v1/prospects', { searchParams: { searchBy: 'email', searchValue: email, limit: 20 } });
  const created = await trata
    .post('v1/prospects', {
      json: { ...input, prospectProps: { ...input.prospectProps, slackSubmissionId: origin.submissionKey } },
    })
    .json<Prospect>();
  const card = buildProspectCard({ ...created, externalReference: created.externalReference ?? [] });
  await client.chat.postMessage({ channel: origin.channelId, text: card.text, blocks: card.blocks });
  await client.views.update({
    view_id: view.id,
    view: buildCreatedView(created, 'Posted.', { existing: false }),
  });
});

await app.start(Number(env('PORT')));
