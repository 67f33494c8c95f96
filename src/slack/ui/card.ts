import type { KnownBlock } from '@slack/types';
import { cleanLine, cleanMultiline } from '../../domain/clean-text.js';
import { formatPhone } from '../../domain/phone.js';
import { isProspectStatus, statusLabel } from '../../domain/status.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import { ACTION, CARD_MENU } from '../ids.js';
import { cardBlockId } from '../payloads/card-ref.js';
import { MESSAGES } from './messages.js';
import { statusOptions } from './status-options.js';
import { escapeMrkdwn, mrkdwn, plain, slackDate, truncate } from './text.js';

export interface Card {
  text: string;
  blocks: KnownBlock[];
}

export interface CardOptions {
  /** A card for a prospect Trata already had (the person chose "use the existing one"). */
  existing?: boolean;
  /** Who last changed the status from the card, and when. */
  statusChange?: { userId: string; at: Date } | undefined;
  /** Who last edited the details (Edit details), and when. */
  edited?: { userId: string; at: Date } | undefined;
  /** TRATA_APP_URL: a link template with `{id}`; the card gets a View in Trata button. */
  trataUrl?: string | undefined;
}

/** The prospect's page in Trata, from the TRATA_APP_URL template; undefined when there is none. */
export function trataLink(template: string | undefined, prospectId: string): string | undefined {
  if (!template) return undefined;
  const url = template.split('{id}').join(encodeURIComponent(prospectId));
  return url.length <= 3000 ? url : undefined;
}

/**
 * The Slack-facing display name of a prospect: a name that shows nothing (only zero-width or
 * control characters) falls back to the email, then the phone.
 */
export function prospectName(prospect: Pick<Prospect, 'name' | 'email' | 'phoneNumber'>): string {
  return (
    cleanLine(prospect.name ?? '') ||
    cleanLine(prospect.email ?? '') ||
    cleanLine(prospect.phoneNumber ?? '') ||
    'Unnamed prospect'
  );
}

/** Who created the prospect from Slack, and the message it came from — as recorded in Trata. */
export function slackOrigin(prospect: Prospect): { userId?: string; permalink?: string } {
  const userId = prospect.prospectProps.slackUserId;
  const permalink = prospect.externalReference.find(
    (ref) => ref.providerName === 'Slack' && /^https:\/\//.test(ref.id),
  )?.id;
  return {
    ...(typeof userId === 'string' && /^[UW][A-Z0-9]+$/.test(userId) ? { userId } : {}),
    ...(permalink ? { permalink } : {}),
  };
}

/**
 * The card posted for a prospect. Built from the Trata record alone, so it can be rebuilt when the
 * status changes. Every user-typed value is escaped or plain_text, so a name like `<!channel>` pings nobody,
 * and Notes are rich-text literals, so a line like `*Status* Won` is not bold and fakes no field.
 */
export function buildProspectCard(prospect: Prospect, options: CardOptions = {}): Card {
  const name = prospectName(prospect);
  const created = parseTrataTime(prospect.createdAt);
  const origin = slackOrigin(prospect);
  const field = (label: string, value: string) => mrkdwn(`*${label}*\n${value}`, 2000);
  const email = cleanLine(prospect.email ?? '');
  const phone = cleanLine(prospect.phoneNumber ?? '');
  const fields = [
    field('Email', email ? escapeMrkdwn(email) : '—'),
    field('Phone', phone ? escapeMrkdwn(formatPhone(phone)) : '—'),
    field('Status', escapeMrkdwn(statusLabel(prospect.status))),
    field('Created by', origin.userId ? `<@${origin.userId}>` : escapeMrkdwn(prospect.createdBy ?? '—')),
    field('Trata ID', `\`${escapeMrkdwn(prospect.id)}\``),
    field('Created', created ? slackDate(created) : '—'),
  ];
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(truncate(name, 150), 150) },
    { type: 'section', fields },
  ];
  const notes =
    typeof prospect.prospectProps.notes === 'string' ? cleanMultiline(prospect.prospectProps.notes) : '';
  if (notes) blocks.push(literalNotes(truncate(notes, 2800)));

  const options_ = statusOptions();
  blocks.push({
    type: 'actions',
    block_id: cardBlockId({ prospectId: prospect.id, existing: options.existing === true }),
    elements: [
      {
        type: 'static_select',
        action_id: ACTION.setStatus,
        placeholder: plain('Change status', 150),
        options: options_,
        ...(isProspectStatus(prospect.status)
          ? { initial_option: options_.find((o) => o.value === prospect.status) }
          : {}),
      },
      ...linkButton(options.trataUrl, prospect.id),
      {
        type: 'overflow',
        action_id: ACTION.cardMenu,
        // No Undo here: the card is the same message for everyone; its creator gets Undo privately.
        options: [{ text: plain('Edit details', 75), value: CARD_MENU.edit }],
      },
    ],
  });

  const context = [
    options.existing
      ? ':bust_in_silhouette: Existing Trata prospect'
      : ':bust_in_silhouette: New Trata prospect',
  ];
  if (origin.permalink) context.push(`<${origin.permalink}|Source message>`);
  if (options.statusChange) {
    context.push(`Status changed by <@${options.statusChange.userId}> ${slackDate(options.statusChange.at)}`);
  }
  if (options.edited) context.push(MESSAGES.cardEdited(options.edited.userId, slackDate(options.edited.at)));
  blocks.push({ type: 'context', elements: [mrkdwn(context.join('  ·  '))] });

  const text = [
    `${options.existing ? 'Existing' : 'New'} Trata prospect: ${name}`,
    email,
    phone,
    `status ${statusLabel(prospect.status)}`,
    `id ${prospect.id}`,
  ]
    .filter(Boolean)
    .join(' · ');
  // The fallback is shown in notifications: escape it too.
  return { text: escapeMrkdwn(truncate(text, 3000)), blocks };
}

function linkButton(template: string | undefined, prospectId: string) {
  const url = trataLink(template, prospectId);
  return url
    ? [{ type: 'button' as const, action_id: ACTION.viewInTrata, text: plain('View in Trata', 75), url }]
    : [];
}

/** What a card becomes when its creator undoes it: the name struck through, who removed it and when. */
export function buildRemovedCard(prospect: Prospect, removed: { userId: string; at: Date }): Card {
  const name = escapeMrkdwn(prospectName(prospect));
  const text = MESSAGES.removedCard(`~${name}~`, removed.userId, slackDate(removed.at));
  return {
    text: MESSAGES.removedCard(name, removed.userId, removed.at.toISOString().slice(0, 16).replace('T', ' ')),
    blocks: [{ type: 'context', elements: [mrkdwn(truncate(text, 3000))] }],
  };
}

/**
 * Notes as typed: rich_text `text` elements are never parsed as mrkdwn (no bold, no links, no
 * mentions), which escaping cannot give — mrkdwn has no escape for `*`, `_`, `~` or backticks.
 */
function literalNotes(notes: string): KnownBlock {
  return {
    type: 'rich_text',
    elements: [
      {
        type: 'rich_text_section',
        elements: [
          { type: 'text', text: 'Notes', style: { bold: true } },
          { type: 'text', text: `\n${notes}` },
        ],
      },
    ],
  };
}
