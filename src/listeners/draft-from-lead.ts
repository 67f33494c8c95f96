import { emptyDraft, type ProspectDraft } from '../domain/draft.js';
import { formatPhone } from '../domain/phone.js';
import type { ExtractedLead } from '../extract/types.js';

/** A form draft prefilled from what the extractor found; absent fields stay empty. */
export function draftFromLead(lead: ExtractedLead): ProspectDraft {
  return emptyDraft({
    name: lead.name ?? '',
    email: lead.email ?? '',
    phone: lead.phone ? formatPhone(lead.phone) : '',
    notes: lead.notes ?? '',
  });
}

/**
 * Notes for `/prospect <text>`: the text only when it says more than the contact details found in it,
 * so `/prospect Jane Doe jane@acme.io` does not repeat itself in Notes.
 */
export function notesFromCommandText(text: string, lead: ExtractedLead): string {
  let rest = text;
  for (const part of [lead.email, lead.name]) if (part) rest = rest.split(part).join(' ');
  rest = rest.replace(/[+()\d\s.\-/]+/g, ' ').replace(/\b(ext|x)\b/gi, ' ');
  return /\p{L}{3,}/u.test(rest) ? text : '';
}
