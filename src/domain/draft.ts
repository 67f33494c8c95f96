import { z } from 'zod';
import { normalisePhone } from './phone.js';
import { DEFAULT_STATUS, isProspectStatus, type ProspectStatus } from './status.js';

/**
 * The prospect as typed into the form (strings as entered), and its validation into what Trata
 * is sent. Plain data: no Slack, no HTTP.
 */

export const MAX_FIELD_LENGTH = 512;
export const MAX_NOTES_LENGTH = 3000;

export interface ProspectDraft {
  name: string;
  email: string;
  phone: string;
  status: ProspectStatus;
  notes: string;
}

export type DraftField = keyof ProspectDraft;

export interface ValidProspect {
  name: string | undefined;
  email: string | undefined;
  /** E.164 */
  phone: string | undefined;
  status: ProspectStatus;
  notes: string | undefined;
}

export const MESSAGES = {
  invalidEmail: 'This doesn’t look like an email address — check it for typos (like name@company.com).',
  needContact: 'Add an email or a phone number so the team can reach this person.',
  invalidPhone: (region: string) =>
    `This doesn’t look like a phone number. Include the country code (like +44 20 7946 0958); numbers without one are read as ${region}.`,
  tooLong: (max: number) => `Keep this under ${max} characters.`,
  invalidStatus: 'Pick a status from the list.',
} as const;

export function emptyDraft(partial: Partial<ProspectDraft> = {}): ProspectDraft {
  return { name: '', email: '', phone: '', status: DEFAULT_STATUS, notes: '', ...partial };
}

const emailSchema = z.email();

export type DraftValidation =
  | { ok: true; value: ValidProspect }
  | { ok: false; errors: Partial<Record<DraftField, string>> };

export function validateDraft(draft: ProspectDraft, options: { defaultRegion: string }): DraftValidation {
  const errors: Partial<Record<DraftField, string>> = {};
  const name = draft.name.trim();
  const email = draft.email.trim().toLowerCase();
  const phoneText = draft.phone.trim();
  const notes = draft.notes.trim();

  if (name.length > MAX_FIELD_LENGTH) errors.name = MESSAGES.tooLong(MAX_FIELD_LENGTH);

  if (email.length > MAX_FIELD_LENGTH) errors.email = MESSAGES.tooLong(MAX_FIELD_LENGTH);
  else if (email && !emailSchema.safeParse(email).success) errors.email = MESSAGES.invalidEmail;

  let phone: string | undefined;
  if (phoneText.length > MAX_FIELD_LENGTH) errors.phone = MESSAGES.tooLong(MAX_FIELD_LENGTH);
  else if (phoneText) {
    const parsed = normalisePhone(phoneText, options.defaultRegion);
    if (parsed.ok) phone = parsed.e164;
    else errors.phone = MESSAGES.invalidPhone(options.defaultRegion);
  }

  if (!email && !phoneText) {
    errors.email = MESSAGES.needContact;
    errors.phone = MESSAGES.needContact;
  }
  if (notes.length > MAX_NOTES_LENGTH) errors.notes = MESSAGES.tooLong(MAX_NOTES_LENGTH);
  if (!isProspectStatus(draft.status)) errors.status = MESSAGES.invalidStatus;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name: name || undefined,
      email: email || undefined,
      phone,
      status: draft.status,
      notes: notes || undefined,
    },
  };
}
