import type { KnownBlock } from '@slack/types';
import { cleanLine, cleanMultiline } from '../../domain/clean-text.js';
import { formatPhone } from '../../domain/phone.js';
import { isProspectStatus, statusLabel } from '../../domain/status.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import { ACTION } from '../ids.js';
import { cardBlockId } from '../payloads/card-ref.js';
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
