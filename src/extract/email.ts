/** Finds email addresses and decides which one belongs to the lead. */
import type { Segment } from './labels.js';

export interface EmailHit {
  email: string;
  start: number;
  end: number;
}

export interface EmailCandidate {
  email: string;
  score: number;
  /** Index of the segment it was found in. */
  segment: number;
  /** A shared mailbox (info@, sales@, hello@) rather than a person's. */
  roleAccount: boolean;
  start: number;
  end: number;
}

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
const VALID_LOCAL = /^[a-z0-9%+_-](?:[a-z0-9._%+'-]{0,62}[a-z0-9_%+-])?$/;
const VALID_DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}$/;

/**
 * Finds addresses by expanding around each `@`. Each character is looked at a bounded number of
 * times, so runs like `a@a@a@...` stay linear (a regex over the whole text would backtrack).
 */
export function findEmails(text: string): EmailHit[] {
  const hits: EmailHit[] = [];
  let at = text.indexOf('@');
  while (at >= 0 && hits.length < 200) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1] ?? '')) s--;
    let e = at + 1;
    while (e < text.length && e - at < 254 && DOMAIN.test(text[e] ?? '')) e++;
    let local = text.slice(s, at);
    let domain = text.slice(at + 1, e);
    const lead = local.match(/^['.]+/)?.[0].length ?? 0;
    local = local.slice(lead);
    const trail = domain.match(/[.-]+$/)?.[0].length ?? 0;
    domain = domain.slice(0, domain.length - trail);
    const email = `${local}@${domain}`.toLowerCase();
    if (
      VALID_LOCAL.test(local.toLowerCase()) &&
      !local.includes('..') &&
      VALID_DOMAIN.test(domain.toLowerCase())
    ) {
      hits.push({ email, start: s + lead, end: e - trail });
    }
    at = text.indexOf('@', at + 1);
  }
  return hits;
}

const NOT_A_PERSON =
  /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|notifications?|notify|mailer[-_.]?daemon|postmaster|bounces?|alerts?|automated|daemon|system)(?:[+._-].*)?$/;
const ROLE_ACCOUNT =
  /^(?:sales|info|support|hello|hi|contact|team|admin|office|help|billing|marketing|hr|jobs|careers|leads?|inbound|crm|forms?|webmaster|enquiries|inquiries|service|reception|mail|it|helpdesk|servicedesk|security|privacy|legal|accounts|finance|press|media|partners|orders|shop|store|feedback|careers|events)$/;

/** Phrases just before an address that make it someone other than the lead's. */
const REP_BEFORE =
  /(?:\b(?:cc|cc'?d|cc'?ing|bcc|copy(?:ing)? me|loop(?:ing)? me|reply to me|reply-to me|respond to me|assigned to|(?:lead|deal|contact) owner|rep|account (?:manager|executive|owner)|handled by|routed to|submitted by|sent by|forwarded by|from our team|our team|our (?:sales|support|office)|my colleague|colleague|teammate|internal|(?:our|my)(?:\s+[\w-]+){0,2}?\s+(?:ae|sdr|bdr|am|csm|reps?|account exec\w*|sales\w*|backup|manager|colleague|teammate|team|hire|intern))\b)[^@\n]{0,25}$/i;
const REP_AFTER =
  /^\s*(?:[()[\]]\s*(?:me|rep|owner|our (?:rep|ae|team)|cc|internal|assigned)\b|\)?\s*(?:is|will be|'s)\s+(?:covering|handling|taking over|owning|out of office|ooo|on leave)\b)/i;
/** Words just before an address that introduce the lead; they break ties with other addresses. */
const LEAD_BEFORE =
  /\b(?:lead|leads|prospect|new one|came in|inbound|customer|client|signup|sign-up|registrant)\b/i;

export function isNotAPerson(email: string): boolean {
  return NOT_A_PERSON.test(email.split('@')[0] ?? '');
}

function labelScore(seg: Segment): number | undefined {
  const label = seg.label;
  if (!label) return seg.zone === 'before' ? 0 : seg.zone === 'after' ? 2 : 1;
  if (label.header === 'to') return undefined;
  if (label.header === 'from') return seg.zone === 'before' ? undefined : seg.zone === 'after' ? 7 : 5;
  if (label.header === 'replyto') return 6;
  if (label.role === 'rep') return undefined;
  if (label.role === 'company') return 2;
  switch (label.field) {
    case 'email':
      return 10;
    case 'name':
    case 'first':
    case 'last':
    case 'contact':
      return 6;
    case 'message':
      return 3;
    case 'company':
      return 1;
    case 'other':
      return 0;
    default:
      return 1;
  }
}

/** Scores every address in the segments; rep, noreply and "to:" addresses are left out. */
export function scoreEmails(segments: readonly Segment[]): {
  candidates: EmailCandidate[];
  excluded: string[];
} {
  const candidates: EmailCandidate[] = [];
  const excluded: string[] = [];
  segments.forEach((seg, index) => {
    if (candidates.length + excluded.length >= 100) return;
    for (const hit of findEmails(seg.value)) {
      const base = labelScore(seg);
      const before = seg.value.slice(Math.max(0, hit.start - 40), hit.start);
      const after = seg.value.slice(hit.end, hit.end + 24);
      if (base === undefined || isNotAPerson(hit.email) || REP_BEFORE.test(before) || REP_AFTER.test(after)) {
        excluded.push(hit.email);
        continue;
      }
      let score = base;
      const roleAccount = ROLE_ACCOUNT.test(hit.email.split('@')[0] ?? '');
      if (roleAccount) score -= 2;
      else if (!seg.label && LEAD_BEFORE.test(seg.value.slice(Math.max(0, hit.start - 60), hit.start)))
        score += 1;
      candidates.push({
        email: hit.email,
        score,
        segment: index,
        start: hit.start,
        end: hit.end,
        roleAccount,
      });
    }
  });
  // Addresses at the same domain as a rep's are the seller's company, not the lead.
  const repDomains = new Set(excluded.filter((e) => !isNotAPerson(e)).map((e) => e.split('@')[1]));
  const kept: EmailCandidate[] = [];
  for (const c of candidates) {
    if (!repDomains.has(c.email.split('@')[1])) kept.push(c);
    else if (segments[c.segment]?.label?.header === 'from')
      excluded.push(c.email); // an internal email
    else {
      c.score -= 6;
      kept.push(c);
    }
  }
  return { candidates: kept, excluded };
}

/**
 * Picks the best-scoring address; ties go to the first one seen. A negative score (a role account
 * such as support@ with nothing else for it, the seller's domain) is not trusted.
 */
export function pickEmail(candidates: readonly EmailCandidate[]): EmailCandidate | undefined {
  let best: EmailCandidate | undefined;
  for (const c of candidates) if (c.score >= 0 && (!best || c.score > best.score)) best = c;
  return best;
}
