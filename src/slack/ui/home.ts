import type { HomeView, KnownBlock } from '@slack/types';
import { statusLabel } from '../../domain/status.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import type { TrataConnectionState } from '../../workspaces/workspace.js';
import { ACTION, COMMAND } from '../ids.js';
import { prospectName } from './card.js';
import { escapeMrkdwn, mrkdwn, plain, slackDate, truncate } from './text.js';

export const HOME_RECENT_LIMIT = 10;

export type HomeData = { ok: true; recent: Prospect[] } | { ok: false; problem: string };

/** The workspace's Trata connection as the viewer may see and change it. */
export interface HomeConnection {
  connection: TrataConnectionState;
  /** The viewer installed the app or is a workspace admin: they may connect, replace or disconnect. */
  canManage: boolean;
  installerId?: string | undefined;
}

const ENV_CONNECTION: HomeConnection = { connection: { state: 'env' }, canManage: false };

/** The app's Home tab: a New prospect button, the latest prospects, how to capture one, and the Trata connection. */
export function buildHomeView(data: HomeData, trata: HomeConnection = ENV_CONNECTION): HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain('Trata Prospects', 150) },
    {
      type: 'section',
      text: mrkdwn('Capture a lead as a Trata prospect without leaving Slack.'),
      accessory: {
        type: 'button',
        action_id: ACTION.homeNewProspect,
        style: 'primary',
        text: plain('New prospect', 75),
      },
    },
    {
      type: 'section',
      text: mrkdwn('Look a prospect up by name, email or phone, then post its card or change its status.'),
      accessory: { type: 'button', action_id: ACTION.homeFind, text: plain('Find a prospect', 75) },
    },
    ...connectionBlocks(data, trata),
    { type: 'divider' },
    { type: 'header', text: plain('Recent prospects', 150) },
  ];
  if (!data.ok) {
    blocks.push({ type: 'section', text: mrkdwn('_Recent prospects can’t be shown until Trata answers._') });
  } else if (data.recent.length === 0) {
    blocks.push({
      type: 'section',
      text: mrkdwn('_No prospects yet — create the first one with the button above._'),
    });
  } else {
    for (const prospect of data.recent.slice(0, HOME_RECENT_LIMIT)) {
      const created = parseTrataTime(prospect.createdAt);
      blocks.push({
        type: 'section',
        text: mrkdwn(
          `*${escapeMrkdwn(truncate(prospectName(prospect), 200))}* · ${escapeMrkdwn(statusLabel(prospect.status))}\n` +
            `\`${escapeMrkdwn(prospect.id)}\`${created ? ` · created ${slackDate(created)}` : ''}`,
        ),
      });
    }
  }
  blocks.push(
    { type: 'divider' },
    {
      type: 'section',
      text: mrkdwn(
        [
          '*How to capture a lead*',
          `• Type \`${COMMAND}\` in any channel, optionally with details: \`${COMMAND} Jane Doe jane@acme.io +1 415 555 0134\`.`,
          '• On a lead message, open *⋯ More actions → Create prospect*: the form is filled in from the message and the card is posted in its thread.',
          '• Change a prospect’s status right from its card; its *⋯* menu edits the details.',
          `• Find one with \`${COMMAND} find <name, email or phone>\` or *Find a prospect* above.`,
        ].join('\n'),
      ),
    },
  );
  return { type: 'home', blocks };
}

/** The Trata connection: its state for everyone; Connect, Replace key and Disconnect for who may manage it. */
function connectionBlocks(data: HomeData, trata: HomeConnection): KnownBlock[] {
  const { connection, canManage } = trata;
  const who = trata.installerId ? `<@${trata.installerId}> or a workspace admin` : 'a workspace admin';
  const problem = data.ok ? undefined : `:warning: ${escapeMrkdwn(truncate(data.problem, 1500))}`;
  const button = (action_id: string, text: string, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id,
    text: plain(text, 75),
    ...(style ? { style } : {}),
  });
  switch (connection.state) {
    case 'env':
      return [{ type: 'context', elements: [mrkdwn(problem ?? ':large_green_circle: Connected to Trata')] }];
    case 'none':
      return canManage
        ? [
            {
              type: 'section',
              text: mrkdwn(
                '*Connect Trata* — prospects can’t be created until this workspace is connected to your Trata account. You’ll need an API key from the Trata dashboard.',
              ),
              accessory: button(ACTION.connectTrata, 'Connect Trata', 'primary'),
            },
          ]
        : [
            {
              type: 'context',
              elements: [mrkdwn(`:white_circle: Trata isn’t connected yet — ask ${who} to connect it here.`)],
            },
          ];
    case 'connected':
    case 'broken': {
      const since = slackDate(new Date(connection.connectedAt));
      const state =
        connection.state === 'broken'
          ? `:warning: Trata refused this workspace’s API key${connection.brokenReason ? ` (${escapeMrkdwn(connection.brokenReason)})` : ''}. ${canManage ? 'Replace the key to go on capturing prospects.' : `Ask ${who} to replace it.`}`
          : (problem ?? ':large_green_circle: Connected to Trata');
      const details = `${state}\nConnected ${since} by <@${connection.connectedBy}> · key ending in \`${escapeMrkdwn(connection.last4)}\``;
      const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(details) }];
      if (canManage) {
        blocks.push({
          type: 'actions',
          elements: [
            button(ACTION.connectTrata, 'Replace key', connection.state === 'broken' ? 'primary' : undefined),
            {
              ...button(ACTION.disconnectTrata, 'Disconnect', 'danger'),
              confirm: {
                title: plain('Disconnect Trata?', 100),
                text: plain(
                  'Prospects can’t be created from this workspace until Trata is connected again.',
                  300,
                ),
                confirm: plain('Disconnect', 30),
                deny: plain('Cancel', 30),
              },
            },
          ],
        });
      }
      return blocks;
    }
  }
}
