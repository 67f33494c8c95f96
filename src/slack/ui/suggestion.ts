import type { KnownBlock } from '@slack/types';
import { cleanLine } from '../../domain/clean-text.js';
import { SUGGESTION } from '../ids.js';
import type { PayloadSigner } from '../payloads/signer.js';
import type { Card } from './card.js';
import { CAPTURE_MESSAGES } from './messages.js';
import { escapeMrkdwn, mrkdwn, plain } from './text.js';

/**
 * The reply a watched channel (suggest mode) gets in the thread of a message that looks like a lead:
 * what was found, Create prospect (the prefilled form) and Not a lead (removes it). The buttons carry
 * what the form needs, signed, so nothing about the message has to be kept by the app.
 */

export interface SuggestedLead {
  name: string;
  email: string;
  /** As the form shows it (international format), or as written when not valid. */
  phone: string;
  notes: string;
}

/** What a suggestion's buttons carry. `k`: the capture key; `t`: the lead message's ts. */
export interface SuggestionValue {
  k: string;
  t: string;
  n?: string;
  e?: string;
  p?: string;
  o?: string;
}

/** Slack's limit for a button value. */
const MAX_VALUE = 2000;

export function suggestionSummary(lead: Pick<SuggestedLead, 'name' | 'email' | 'phone'>): string {
  const parts = [
    lead.name ? `*${escapeMrkdwn(cleanLine(lead.name))}*` : '',
    escapeMrkdwn(cleanLine(lead.email)),
    escapeMrkdwn(cleanLine(lead.phone)),
  ].filter(Boolean);
  return parts.join(' · ');
}

export function buildSuggestion(
  lead: SuggestedLead,
  ref: { key: string; leadTs: string },
  options: { signer: PayloadSigner; autoFailed?: string | undefined },
): Card {
  const summary = suggestionSummary(lead);
  const text = CAPTURE_MESSAGES.suggestion(summary);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(text) }];
  if (options.autoFailed) {
    blocks.push({
      type: 'context',
      elements: [mrkdwn(CAPTURE_MESSAGES.suggestionAutoFailed(escapeMrkdwn(options.autoFailed)))],
    });
  }
  blocks.push({
    type: 'actions',
    block_id: SUGGESTION.actionsBlock,
    elements: [
      {
        type: 'button',
        action_id: SUGGESTION.create,
        style: 'primary',
        text: plain(CAPTURE_MESSAGES.suggestionCreate, 75),
        value: createValue(lead, ref, options.signer),
      },
      {
        type: 'button',
        action_id: SUGGESTION.dismiss,
        text: plain(CAPTURE_MESSAGES.suggestionDismiss, 75),
        value: options.signer.sign(JSON.stringify({ k: ref.key, t: ref.leadTs } satisfies SuggestionValue)),
      },
    ],
  });
  return { text, blocks };
}

/** The Create prospect value: the contact details and as much of the notes as fits in 2000 chars. */
function createValue(
  lead: SuggestedLead,
  ref: { key: string; leadTs: string },
  signer: PayloadSigner,
): string {
  const base: SuggestionValue = { k: ref.key, t: ref.leadTs };
  if (lead.name) base.n = lead.name.slice(0, 300);
  if (lead.email) base.e = lead.email.slice(0, 300);
  if (lead.phone) base.p = lead.phone.slice(0, 100);
  let notes = Array.from(lead.notes);
  for (;;) {
    const value = signer.sign(JSON.stringify(notes.length > 0 ? { ...base, o: notes.join('') } : base));
    if (value.length <= MAX_VALUE) return value;
    notes = notes.slice(0, Math.floor(notes.length * 0.8));
  }
}

/** A suggestion button's value, if the app signed it. */
export function readSuggestionValue(value: unknown, signer: PayloadSigner): SuggestionValue | undefined {
  const json = signer.verify(value);
  if (json === undefined) return undefined;
  try {
    const parsed = JSON.parse(json) as Partial<SuggestionValue>;
    if (typeof parsed.k !== 'string' || typeof parsed.t !== 'string') return undefined;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const out: SuggestionValue = { k: parsed.k, t: parsed.t };
    for (const field of ['n', 'e', 'p', 'o'] as const) {
      const v = str(parsed[field]);
      if (v !== undefined) out[field] = v;
    }
    return out;
  } catch {
    return undefined;
  }
}
