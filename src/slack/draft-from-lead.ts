import { emptyDraft, type ProspectDraft } from '../domain/draft.js';
import type { ExtractedLead } from '../extract/types.js';

/** A form draft prefilled from what the extractor found; absent fields stay empty. */
export function draftFromLead(lead: ExtractedLead): ProspectDraft {
  return emptyDraft({
    name: lead.name ?? '',
    email: lead.email ?? '',
    phone: lead.phone ?? '',
    notes: lead.notes ?? '',
  });
}
