/**
 * The lead extractor's contract. Extraction is pure: plain data in, plain data out,
 * no Slack client, no HTTP. The Slack layer hands over the message as Slack sent it.
 */

/** The parts of a Slack message that can carry a lead (as in a message shortcut payload). */
export interface LeadMessage {
  text?: string | undefined;
  /** Block Kit blocks as Slack sent them (section text/fields, rich_text, context, header, ...). */
  blocks?: unknown[] | undefined;
  /** Legacy attachments as Slack sent them (fields, text, pretext, title, fallback, ...). */
  attachments?: unknown[] | undefined;
}

export interface ExtractOptions {
  /** ISO 3166-1 alpha-2 region for numbers written without a country code, e.g. 'US'. */
  defaultRegion?: string | undefined;
  /**
   * The seller's own email domains (e.g. `['ourco.com']`). Addresses there, and names written next
   * to them, are never taken for the lead's.
   */
  ownDomains?: readonly string[] | undefined;
}

/** What a careful person would copy from the message. A field is absent when nothing trustworthy was found. */
export interface ExtractedLead {
  name?: string;
  /** Lower-cased address, as it appears in the message. */
  email?: string;
  /**
   * E.164 (`+14155550134`) when the number is valid — read in the region the message points to when it
   * is written without a country code. A number clearly given as the lead's ("Phone: …", "reach me at …")
   * that is not valid is kept as written (`415 555 013`), so the person sees it and fixes it; any other
   * invalid number is left out.
   */
  phone?: string;
  /** The rest of the message as readable plain text (markup unwrapped), for the Notes field. */
  notes?: string;
}
