import type { KnownBlock } from '@slack/types';
import { formatPhone } from '../../domain/phone.js';
import { statusLabel } from '../../domain/status.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import type { Origin } from '../origin.js';
import { escapeMrkdwn, mrkdwn, plain, slackDate, truncate } from './text.js';

export interface Card {
  text: string;
  blocks: KnownBlock[];
}

/** The Slack-facing display name of a prospect. */
export function prospectName(prospect: Pick<Prospect, 'name' | 'email' | 'phoneNumber'>): string {
  return prospect.name?.trim() || prospect.email || prospect.phoneNumber || 'Unnamed prospect';
}

/**
 * The card posted when a prospect is created. Every user-typed value is escaped or plain_text,
 * so a name like `<!channel>` pings nobody.
 */
export function buildProspectCard(
  prospect: Prospect,
  origin: Pick<Origin, 'userId' | 'permalink' | 'channelId'>,
): Card {
  const name = prospectName(prospect);
  const created = parseTrataTime(prospect.createdAt);
  const field = (label: string, value: string) => mrkdwn(`*${label}*\n${value}`, 2000);
  const fields = [
    field('Email', prospect.email ? escapeMrkdwn(prospect.email) : '—'),
    field('Phone', prospect.phoneNumber ? escapeMrkdwn(formatPhone(prospect.phoneNumber)) : '—'),
    field('Status', escapeMrkdwn(statusLabel(prospect.status))),
    field('Created by', `<@${origin.userId}>`),
    field('Trata ID', `\`${escapeMrkdwn(prospect.id)}\``),
    field('Created', created ? slackDate(created) : '—'),
  ];
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(truncate(name, 150), 150) },
    { type: 'section', fields },
  ];
  const notes = typeof prospect.prospectProps.notes === 'string' ? prospect.prospectProps.notes : '';
  if (notes)
    blocks.push({ type: 'section', text: mrkdwn(`*Notes*\n${escapeMrkdwn(truncate(notes, 2800))}`) });
  const context = [':bust_in_silhouette: New Trata prospect'];
  if (origin.permalink) context.push(`<${origin.permalink}|Source message>`);
  blocks.push({ type: 'context', elements: [mrkdwn(context.join('  ·  '))] });

  const text = [
    `New Trata prospect: ${name}`,
    prospect.email,
    prospect.phoneNumber,
    `status ${statusLabel(prospect.status)}`,
    `id ${prospect.id}`,
  ]
    .filter(Boolean)
    .join(' · ');
  // The fallback is shown in notifications: escape it too.
  return { text: escapeMrkdwn(truncate(text, 3000)), blocks };
}
