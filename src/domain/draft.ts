import { z } from 'zod';
import { cleanContact, cleanLine, cleanMultiline } from './clean-text.js';
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

/** What is wrong with a field; the Slack layer words it (slack/ui/messages.ts). */
export type DraftProblem = 'invalidEmail' | 'needContact' | 'invalidPhone' | 'tooLong' | 'invalidStatus';

/** The longest each field may be. */
export const FIELD_LIMITS: Record<DraftField, number> = {
  name: MAX_FIELD_LENGTH,
  email: MAX_FIELD_LENGTH,
  phone: MAX_FIELD_LENGTH,
  status: MAX_FIELD_LENGTH,
  notes: MAX_NOTES_LENGTH,
};

export function emptyDraft(partial: Partial<ProspectDraft> = {}): ProspectDraft {
  return { name: '', email: '', phone: '', status: DEFAULT_STATUS, notes: '', ...partial };
}

const emailSchema = z.email();

export type DraftValidation =
  | { ok: true; value: ValidProspect }
  | { ok: false; errors: Partial<Record<DraftField, DraftProblem>> };

export function validateDraft(draft: ProspectDraft, options: { defaultRegion: string }): DraftValidation {
  const errors: Partial<Record<DraftField, DraftProblem>> = {};
  // What is checked and sent is what shows: no control characters, no line breaks outside notes, and
  // a field of only invisible characters is empty (see clean-text.ts).
  const name = cleanLine(draft.name);
  const email = cleanContact(draft.email).toLowerCase();
  const phoneText = cleanContact(draft.phone);
  const notes = cleanMultiline(draft.notes);

  if (name.length > MAX_FIELD_LENGTH) errors.name = 'tooLong';

  if (email.length > MAX_FIELD_LENGTH) errors.email = 'tooLong';
  else if (email && !emailSchema.safeParse(email).success) errors.email = 'invalidEmail';

  let phone: string | undefined;
  if (phoneText.length > MAX_FIELD_LENGTH) errors.phone = 'tooLong';
  else if (phoneText) {
    const parsed = normalisePhone(phoneText, options.defaultRegion);
    if (parsed.ok) phone = parsed.e164;
    else errors.phone = 'invalidPhone';
  }

  if (!email && !phoneText) {
    errors.email = 'needContact';
    errors.phone = 'needContact';
  }
  if (notes.length > MAX_NOTES_LENGTH) errors.notes = 'tooLong';
  if (!isProspectStatus(draft.status)) errors.status = 'invalidStatus';

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
