import type { HomeView, KnownBlock } from '@slack/types';
import { statusLabel } from '../../domain/status.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import { ACTION, COMMAND } from '../ids.js';
import { prospectName } from './card.js';
import { escapeMrkdwn, mrkdwn, plain, slackDate, truncate } from './text.js';

export const HOME_RECENT_LIMIT = 10;

export type HomeData = { ok: true; recent: Prospect[] } | { ok: false; problem: string };

/** The app's Home tab: a New prospect button, the latest prospects, how to capture one, and the Trata connection. */
export function buildHomeView(data: HomeData): HomeView {
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
      type: 'context',
      elements: [
        mrkdwn(
          data.ok
            ? ':large_green_circle: Connected to Trata'
            : `:warning: ${escapeMrkdwn(truncate(data.problem, 1500))}`,
        ),
      ],
    },
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
          '• Change a prospect’s status right from its card.',
        ].join('\n'),
      ),
    },
  );
  return { type: 'home', blocks };
}
