/**
 * Lead extraction: turns a Slack message (or `/prospect` text) into the name, email and phone a
 * careful person would copy, plus readable notes. Pure and total: never throws, never invents.
 */
import { extractFromTextUnchecked, extractLeadUnchecked } from './pipeline.js';
import type { ExtractedLead, ExtractOptions, LeadMessage } from './types.js';

export type { ExtractedLead, ExtractOptions, LeadMessage } from './types.js';

/** Extracts the lead from a Slack message as Slack sent it (text, blocks, attachments). */
export function extractLead(message: LeadMessage, options?: ExtractOptions): ExtractedLead {
  try {
    return extractLeadUnchecked(message, options);
  } catch {
    // Extraction only pre-fills a form: an empty form beats a failed shortcut. The property tests
    // run the unchecked pipeline, so a bug here still fails the build instead of hiding.
    return {};
  }
}

/** Extracts the lead from free text, e.g. the argument of `/prospect <text>`. */
export function extractFromText(text: string, options?: ExtractOptions): ExtractedLead {
  try {
    return extractFromTextUnchecked(text, options);
  } catch {
    return {};
  }
}
