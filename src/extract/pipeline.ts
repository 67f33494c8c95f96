/**
 * The extraction pipeline: flatten → segment → emails → name → phones → notes. These functions may
 * throw on a bug; `index.ts` is the total, never-throwing face of it.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { type EmailCandidate, findEmails, pickEmail, scoreEmails } from './email.js';
import { flattenMessage, mrkdwnToLines } from './flatten.js';
import { type Grounding, groundingFor } from './grounding.js';
import { type Segment, segmentLines } from './labels.js';
import { extractName, matchesLocalPart, nameAfterNumber, nameBeforeNumber } from './name.js';
import { normalizeRegion, pickPhone, scorePhones } from './phone.js';
import { regionHints } from './region.js';
import { findRepSignature } from './signature.js';
import { digitsOf } from './text.js';
import type { ExtractedLead, ExtractOptions } from './types.js';

const NOTES_MAX = 2000;
/** Leads sit at the top of a message; beyond this much text only the notes look further. */
const SCAN_MAX = 16_000;

function firstChars(lines: readonly string[], max: number): string[] {
  const out: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size >= max) break;
    const piece = line.length > max - size ? line.slice(0, max - size) : line;
    out.push(piece);
    size += piece.length + 1;
  }
  return out;
}

/** A test for "this address is at one of the seller's own domains (or a subdomain of one)". */
function ownDomainTest(domains: unknown): (email: string) => boolean {
  const list = (Array.isArray(domains) ? domains : [])
    .filter((d): d is string => typeof d === 'string' && d.includes('.'))
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''));
  if (list.length === 0) return () => false;
  return (email) => {
    const domain = email.split('@')[1] ?? '';
    return list.some((d) => domain === d || domain.endsWith(`.${d}`));
  };
}

const NOT_A_LEADS_NUMBER =
  /\b(pin|passcode|meeting id|dial[- ]?in|dial|conference (line|bridge)|join the \w+ call|ooo|out of (the )?office|call the office)\b|\bcode \d|\bmy (new )?(number|cell|phone)( number)? (changed|is now)/i;

const PHONE_WORD = /\b(phone|tel|telefon|t[ée]l[ée]phone|tel[ée]fono|cell|mobile|mob|whats ?app)\b/i;

/** The number is given as a phone: labelled, or the words just before it say so ("phone 024…"). */
function offeredAsPhone(segment: Segment | undefined, start: number): boolean {
  if (!segment) return false;
  if (segment.label?.field === 'phone') return true;
  return PHONE_WORD.test(segment.value.slice(Math.max(0, start - 30), start));
}

const CONTACT_FIELDS = new Set(['name', 'first', 'last', 'email', 'phone', 'contact']);

/**
 * Lines that only repeat what went into the Name, Email and Phone fields ("*Email:* jane@acme.io", or a
 * Block Kit field's label and value): left out of the notes so they hold the rest of the message.
 * A line is left out only when every segment on it is such a repeat.
 */
function contactLines(segments: readonly Segment[], lead: ExtractedLead): Set<number> {
  const repeats = (seg: Segment): boolean => {
    if (seg.label?.role !== 'lead' || !CONTACT_FIELDS.has(seg.label.field)) return false;
    const value = seg.value.trim().toLowerCase();
    if (!value) return false;
    if (lead.email && value === lead.email) return true;
    if (lead.name?.toLowerCase().split(/\s+/).join(' ').includes(value)) return true;
    const digits = digitsOf(value);
    return Boolean(
      lead.phone && digits.length >= 6 && digitsOf(lead.phone).endsWith(digits.replace(/^0+/, '')),
    );
  };
  const byLine = new Map<number, Segment[]>();
  for (const seg of segments) byLine.set(seg.line, [...(byLine.get(seg.line) ?? []), seg]);
  const used = new Set<number>();
  for (const [line, segs] of byLine) {
    if (!segs.every((seg) => repeats(seg))) continue;
    used.add(line);
    // The label of a Block Kit field sits alone on the line before its value.
    const before = byLine.get(line - 1);
    if (segs.some((seg) => seg.inherited) && before?.every((seg) => seg.labelOnly)) used.add(line - 1);
  }
  return used;
}

/** Readable notes: the lines joined, blank runs collapsed, cut at a word boundary. */
function buildNotes(lines: readonly string[], skip: ReadonlySet<number> = new Set()): string | undefined {
  const text = lines
    .filter((_, index) => !skip.has(index))
    .join('\n')
    .slice(0, NOTES_MAX * 4)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!text) return undefined;
  if (text.length <= NOTES_MAX) return text;
  const cut = text.slice(0, NOTES_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > NOTES_MAX - 200 ? cut.slice(0, space) : cut}…`;
}

/** "admin email", "contact e-mail:", "their email is" — a noun, not "please email …". */
const THEIR_EMAIL =
  /\b(?:admin|account|contact|work|business|billing|signup|sign-up|login|company|their|his|her|lead'?s?)\s+e-?mail(?:\s+address)?(?:\s+is)?\s*[:\-–]?\s*$/i;

/** The address at `start` is given as the lead's own: by the words before it, or by a lead's email label. */
function givenAsTheirs(seg: Segment | undefined, start: number): boolean {
  if (!seg) return false;
  if (seg.label?.field === 'email' && seg.label.role === 'lead' && !seg.label.header && start < 3)
    return true;
  return THEIR_EMAIL.test(seg.value.slice(Math.max(0, start - 40), start));
}

function extractFromLines(
  lines: string[],
  options: ExtractOptions | undefined,
  grounding: Grounding,
): ExtractedLead {
  const region = normalizeRegion(options?.defaultRegion);
  const scanned = firstChars(lines, SCAN_MAX);
  const all = segmentLines(scanned);
  // The author's own sign-off is the rep's: its name, address and number are set aside.
  const signature = findRepSignature(scanned);
  const segments = signature ? all.filter((s) => !signature.lines.has(s.line)) : all;
  const signatureEmails = all
    .filter((s) => signature?.lines.has(s.line))
    .flatMap((s) => findEmails(s.value).map((h) => h.email));

  const scored = scoreEmails(segments);
  const own = ownDomainTest(options?.ownDomains);
  const excluded = [
    ...scored.excluded,
    ...signatureEmails,
    ...scored.candidates.filter((c) => own(c.email)).map((c) => c.email),
  ];
  const candidates = scored.candidates.filter((c) => !own(c.email) && grounding.hasEmail(c.email));
  let email = pickEmail(candidates);
  let name = extractName({
    segments,
    leadEmail: email?.email,
    repEmails: excluded,
    lines: scanned,
    skipLines: signature?.lines,
  });
  // Two equally good addresses: take the one that spells the lead's name.
  if (name && email) {
    const parts = name.split(/\s+/);
    const better = candidates.find(
      (c) =>
        c.score >= (email?.score ?? 0) - 1 && c.email !== email?.email && matchesLocalPart(parts, c.email),
    );
    if (better && !matchesLocalPart(parts, email.email)) email = better;
  }
  const hints = (codes: CountryCode[]) => regionHints(segments, email?.email, codes);
  let phone = pickPhone(
    scorePhones(segments, region, excluded, { authorIsRep: signature !== undefined, hints }).filter((p) =>
      grounding.hasDigits(p.nationalNumber),
    ),
  );
  // A shared mailbox with nothing else for it ("contact support@...") is not a lead's, and a bare
  // number needs a label or a cue ("call", "cell"). Next to each other, or to a name, they count.
  const sharedMailbox = email ? undefined : candidates.find((c) => c.roleAccount && c.score >= -1);
  // "admin email info@acme-robotics.de", "Email: info@…": a shared mailbox given as the account's own.
  const given = (c: EmailCandidate) => givenAsTheirs(segments[c.segment], c.start);
  if (!email && sharedMailbox && (name || phone || given(sharedMailbox))) email = sharedMailbox;
  if (!name && phone) {
    const seg = segments[phone.segment];
    const beside = seg && !seg.label ? nameBeforeNumber(seg.value, phone.start) : undefined;
    name = beside ?? (seg && seg.label?.role !== 'rep' ? nameAfterNumber(seg.value, phone.end) : undefined);
  }
  if (phone && phone.score < 3 && !name && !email) phone = undefined;
  // A number alone, in a message that says what it is — a dial-in, an office line in an out-of-office
  // reply, the writer's own new number — is nobody's lead: with a name or an email beside it, it may be.
  if (phone && !name && !email && !offeredAsPhone(segments[phone.segment], phone.start)) {
    if (NOT_A_LEADS_NUMBER.test(scanned.join('\n'))) phone = undefined;
  }
  // The same goes for a shared mailbox that won on its own ("Need help? support@..." in a footer).
  if (email?.roleAccount && !name && !phone && !given(email)) email = undefined;
  const out: ExtractedLead = {};
  if (name) out.name = name;
  if (email) out.email = email.email;
  if (phone) out.phone = phone.phone;
  const notes = buildNotes(lines, contactLines(all, out));
  if (notes) out.notes = notes;
  return out;
}

/** Extraction from a Slack message; throws only on a bug. */
export function extractLeadUnchecked(message: unknown, options?: ExtractOptions): ExtractedLead {
  return extractFromLines(flattenMessage(message), options, groundingFor(message));
}

/** Extraction from free text; throws only on a bug. */
export function extractFromTextUnchecked(text: unknown, options?: ExtractOptions): ExtractedLead {
  if (typeof text !== 'string') return {};
  const capped = text.slice(0, 100_000);
  return extractFromLines(mrkdwnToLines(capped), options, groundingFor(capped));
}
