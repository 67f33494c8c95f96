import type { KnownBlock, ModalView } from '@slack/types';
import { cleanLine } from '../../domain/clean-text.js';
import { formatPhone } from '../../domain/phone.js';
import { isProspectStatus, statusLabel } from '../../domain/status.js';
import { type FindResult, MAX_QUERY_LENGTH } from '../../prospects/find.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import { ACTION, BLOCK, CALLBACK } from '../ids.js';
import { prospectName } from './card.js';
import { MESSAGES } from './messages.js';
import { statusOptions } from './status-options.js';
import { escapeMrkdwn, mrkdwn, plain, slackDate, truncate } from './text.js';

/**
 * What `/prospect find` and the Home tab's search show: up to 10 matches, each with a button that
 * posts its card and its status menu; nothing found → a Create prospect button prefilled with the search.
 */

export interface ResultsContext {
  /** A channel (the command's): "Post here". The Home tab has none: the card goes to the person by DM. */
  inChannel: boolean;
}

export const FIND_TITLE = 'Find a prospect';

/** The prospect id in a result's actions block_id. */
export function resultBlockId(prospectId: string): string {
  return `${BLOCK.findResultPrefix}${prospectId}`.slice(0, 255);
}

export function parseResultBlockId(blockId: string): string | undefined {
  if (!blockId.startsWith(BLOCK.findResultPrefix)) return undefined;
  return blockId.slice(BLOCK.findResultPrefix.length) || undefined;
}

/** action_ids must be unique in a message or view: each result's carry its position. */
export function resultActionId(action: string, index: number): string {
  return `${action}.${index}`;
}

/** Matches an action's id with or without a result's position. */
export function resultActionPattern(action: string): RegExp {
  return new RegExp(`^${action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.\\d+)?$`);
}

function resultBlocks(prospect: Prospect, index: number, context: ResultsContext): KnownBlock[] {
  const created = parseTrataTime(prospect.createdAt);
  const email = cleanLine(prospect.email ?? '');
  const phone = cleanLine(prospect.phoneNumber ?? '');
  const contact = [email && escapeMrkdwn(email), phone && escapeMrkdwn(formatPhone(phone))].filter(Boolean);
  const lines = [
    `*${escapeMrkdwn(truncate(prospectName(prospect), 200))}* · ${escapeMrkdwn(statusLabel(prospect.status))}`,
    [...contact, created ? `created ${slackDate(created)}` : ''].filter(Boolean).join(' · ') || '—',
    `\`${escapeMrkdwn(prospect.id)}\``,
  ];
  const options = statusOptions();
  return [
    { type: 'section', text: mrkdwn(lines.join('\n')) },
    {
      type: 'actions',
      block_id: resultBlockId(prospect.id),
      elements: [
        {
          type: 'button',
          action_id: resultActionId(ACTION.postHere, index),
          text: plain(context.inChannel ? 'Post here' : 'Send me its card', 75),
          value: prospect.id.slice(0, 2000),
        },
        {
          type: 'static_select',
          action_id: resultActionId(ACTION.resultStatus, index),
          placeholder: plain('Change status', 150),
          options,
          ...(isProspectStatus(prospect.status)
            ? { initial_option: options.find((o) => o.value === prospect.status) }
            : {}),
        },
      ],
    },
  ];
}

/** The results as blocks (≤ 2 + 2 × 10 + 1, inside both limits: 50 in a message, 100 in a modal). */
export function buildFindResults(result: FindResult, context: ResultsContext): KnownBlock[] {
  const query = escapeMrkdwn(result.search.typed);
  if (result.matches.length === 0) {
    return [
      { type: 'section', block_id: BLOCK.findBanner, text: mrkdwn(MESSAGES.findNone(query)) },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: ACTION.findCreate,
            style: 'primary',
            text: plain('Create prospect', 75),
            value: truncate(result.search.typed, MAX_QUERY_LENGTH),
          },
        ],
      },
    ];
  }
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      block_id: BLOCK.findBanner,
      text: mrkdwn(MESSAGES.findFound(result.matches.length, query, result.more)),
    },
  ];
  result.matches.forEach((prospect, index) => {
    blocks.push({ type: 'divider' }, ...resultBlocks(prospect, index, context));
  });
  return blocks;
}

/** A plain-text fallback for the results message (notifications, screen readers). */
export function findResultsText(result: FindResult): string {
  const query = escapeMrkdwn(result.search.typed);
  if (result.matches.length === 0) return MESSAGES.findNone(query);
  const names = result.matches.map((p) => escapeMrkdwn(prospectName(p))).join(', ');
  return truncate(`${MESSAGES.findFound(result.matches.length, query, result.more)} ${names}`, 3000);
}

/** The Home tab's search form: one input; the results replace it. `problem` shows under the input. */
export function buildFindModal(query = ''): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.findModal,
    title: plain(FIND_TITLE, 24),
    submit: plain('Search', 24),
    close: plain('Close', 24),
    blocks: [
      {
        type: 'input',
        block_id: BLOCK.findQuery,
        label: plain('Name, email or phone'),
        hint: plain('Phone numbers are matched in any format; emails in any case.'),
        element: {
          type: 'plain_text_input',
          action_id: ACTION.findQuery,
          max_length: MAX_QUERY_LENGTH,
          placeholder: plain('Jane Doe, jane@acme.io or +1 415 555 0134', 150),
          ...(query ? { initial_value: query } : {}),
        },
      },
    ],
  };
}

/** The results in the Home tab's search modal; Search again goes back to the form (kept in the input). */
export function buildFindResultsView(result: FindResult): ModalView {
  return {
    ...buildFindModal(result.search.typed),
    submit: plain('Search again', 24),
    blocks: [
      ...buildFindModal(result.search.typed).blocks,
      ...buildFindResults(result, { inChannel: false }),
    ],
  };
}

/** A line at the top of a results view saying what a press did (replacing the previous one). */
export function withBanner(blocks: KnownBlock[], text: string): KnownBlock[] {
  const rest = blocks.filter((b) => b.block_id !== BLOCK.findBanner);
  return [{ type: 'section', block_id: BLOCK.findBanner, text: mrkdwn(text) }, ...rest];
}
