/** Finds phone numbers with libphonenumber-js and decides which one belongs to the lead. */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Segment } from './labels.js';
import { isPersonWord } from './name.js';
import { asRegion, type RegionHints } from './region.js';
import { digitsOf, squash } from './text.js';

export interface PhoneCandidate {
  /** E.164 when valid; otherwise the number as written. */
  phone: string;
  /** libphonenumber finds it valid (in the region the message points to). */
  valid: boolean;
  /** Where the number starts and ends (extension included) in its segment's value. */
  start: number;
  end: number;
  /**
   * The digits to find in the message: after the country code, or all the digits as written when the
   * national format differs from them (a number kept as written, "011 15-…" in Argentina).
   */
  nationalNumber: string;
  score: number;
  segment: number;
}

/**
 * Something shaped like a phone number: optional `+`/`00`, then digits with spaces, dots, dashes,
 * slashes and parentheses. Bounded repetition and a digit-free lookbehind keep it linear.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}_+#$€£¥@/.=?&%\\-])(?:\+|00)?[ \u00a0]?\(?\d[\d \u00a0()./\-–]{5,24}\d(?![\p{N}])/gu;
const EXTENSION =
  /^[ \u00a0]*(?:,|;)?[ \u00a0]*(?:ext\.?|extension|x|#|durchwahl|dw\.?|poste|anexo|int\.?|interno)[ \u00a0]*\d{1,6}/i;

/** Keywords that make a nearby number something other than a phone. */
const NOT_PHONE =
  /(?:\b(?:orders?|invoices?|inv|tracking|track|tickets?|case|ref|reference|id|po|sku|serial|versions?|ver|builds?|release|zip|postal|postcode|plz|cep|cp|(?:credit |debit )?card(?: number| no| ending| #)|credit card|debit card|cc|iban|account|acct|amount|total|price|confirmation|conf|booking|reservation|pedido|factura|facture|rechnung|rechnungsnummer|bestellung|bestellnummer|bestellnr|auftrag|auftragsnummer|commande|ordine|fattura|fatura|sendung|sendungsnummer|env[ií]o|suivi|seguimiento|rastreio|nf|nota fiscal|kundennummer|customer no|fax|telefax|receipt|transaction|txn|policy|claim|member|license|licence|patent|isbn|ssn|tax|vat|ein|nif|cif|siret|siren|routing|swift|bic|shipment|parcel|package|awb|ups|fedex|usps|dhl|batch|lot|part|model|item|qty|quantity|build|commit|sha|hash|ip|port|pin|code|otp|zoom|meeting id|passcode|password|dial-in|dial in|access code|bridge|webinar|conference|dni|cpf|cnpj|rfc|curp|steuernummer)\b|#|№|n[º°])/giu;
/** Keywords that make a nearby number a phone. */
const IS_PHONE =
  /\b(?:call|calls|called|calling|phone|ph|tel|t[eé]l[eé]phone|telefone?|tel[eé]fono|telefonnummer|cell|cellphone|celular|cellulare|mobile|mobil|mob|m[oó]vil|handy|portable|whatsapp|wa|text|sms|line|reach|ring|number|num|n[uú]mero|nummer|callback|anrufen|appeler|rappeler|rappelez|joindre|llamar|ll[aá]mame|chiamare|richiamare|ligar|liga|retorno|bellen|bereikbaar|erreichbar|r[uü]ckruf|contact|at|on)\b/giu;
/** Phrases before a number that make it the seller's own line. */
const REP_PHONE =
  /\b(?:our|us at|call us|support line|main line|switchboard|hotline|helpdesk|help desk|office line|assigned to|(?:lead|account|deal|contact) owner|rep|escalation|on-?call|pager|nuestro|nuestra|notre|unser|unsere|nostro|nosso|nossa)\b[^\d\n.!?]{0,25}$/i;
const FIRST_PERSON_PHONE = /\b(?:my|me at|me on|mi|mon|ma|mein|meine|mio|meu|minha)\b[^\d\n]{0,25}$/i;
/** "If he rings my line …": the author speaks of the lead as he or she, so "my" number is the author's. */
const AUTHORS_OWN_PHONE =
  /\b(?:he|she|they|him|her|them|er|sie|il|elle|ele|ela|él|ella|lui|lei)\b[^\d\n"“”:]{0,30}\b(?:my|mi|mon|ma|mein|meine|mio|meu|minha)\b[^\d\n]{0,20}$/i;
const UNITS_AFTER =
  /^\s*(?:[€$£%]|(?:usd|eur|gbp|chf|brl|inr|mxn|units?|items?|pcs|kg|km|mi|miles|ms|sec|mins?|hrs?|hours?|days?|mb|gb|kb|tb|views|clicks|followers|users|seats|licen[cs]es|employees|people|visits|downloads|installs|rows|records|leads)\b)/i;
const DATE_LIKE =
  /^(?:(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2})(?:\D|$)/;
const DOTTED_PHONE = /^\d{3}\.\d{3}\.\d{4}$|^0\d(?:\.\d{2}){4}$/;
const IP_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Four groups of four (or more): a card. Three groups are a phone in many countries (0812-3456-7890). */
const CARD_LIKE = /^\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?$/;

export function normalizeRegion(region: unknown): CountryCode {
  return asRegion(region) ?? 'US';
}

/** The last match of a global regex in a short window, or undefined. */
function lastMatch(re: RegExp, s: string): { index: number; text: string } | undefined {
  let last: { index: number; text: string } | undefined;
  for (const m of s.matchAll(re)) last = { index: m.index ?? 0, text: m[0] };
  return last;
}

/**
 * The last "not a phone" keyword before a number, skipping ones that are part of a person's name:
 * in "Owen Price (415) 555-0134" the word "Price" is a surname, not an amount.
 */
function lastNotPhone(before: string): { index: number; text: string } | undefined {
  let last: { index: number; text: string } | undefined;
  for (const m of before.matchAll(NOT_PHONE)) {
    const index = m.index ?? 0;
    const prev = /(\p{Lu}[\p{Ll}'’-]+)\s+$/u.exec(before.slice(Math.max(0, index - 30), index))?.[1];
    const inName = /^\p{Lu}\p{Ll}/u.test(m[0]) && prev !== undefined && isPersonWord(prev);
    if (!inName) last = { index, text: m[0] };
  }
  return last;
}

/** True when a phone-shaped span is really a date, time, amount, version, address or card number. */
function rejectShape(raw: string, before: string, after: string): boolean {
  const t = raw.trim();
  const digits = digitsOf(t);
  if (digits.length < 7 || digits.length > 15) return true;
  // Numbers dotted the US (415.555.0134) or French (06.45.23.11.90) way are neither dates nor versions.
  if (!DOTTED_PHONE.test(t)) {
    if (DATE_LIKE.test(t) || IP_LIKE.test(t) || CARD_LIKE.test(t)) return true;
    if (/^\d+(?:\.\d+){2,}$/.test(t)) return true; // versions, build ids
  }
  if (/[$€£¥₹]\s?$|\b(?:usd|eur|gbp|brl|inr|rs\.?|r\$)\s?$/i.test(before)) return true;
  if (UNITS_AFTER.test(after)) return true;
  if (/^[.,]\d/.test(after)) return true; // a decimal, so an amount
  if (/^\s*[:h]\s?\d{2}\b/.test(after)) return true; // a time right after a date
  if (/^[\p{L}]/u.test(after) && !EXTENSION.test(after)) return true;
  return false;
}

function labelScore(seg: Segment): number | undefined {
  const label = seg.label;
  if (!label) return seg.zone === 'before' ? -3 : 0;
  if (label.header === 'to' || label.role === 'rep') return undefined;
  if (label.header === 'from') return seg.zone === 'before' ? undefined : 4;
  if (label.role === 'company') return label.field === 'phone' ? 3 : -1;
  switch (label.field) {
    case 'phone':
      return 10;
    case 'name':
    case 'first':
    case 'last':
    case 'contact':
      return 6;
    case 'message':
      return 2;
    case 'email':
      return 1;
    case 'other':
    case 'company':
      return undefined;
    default:
      return seg.zone === 'before' ? -3 : 1;
  }
}

/** Phone-shaped spans; "415-555-0134 / 415-555-0199" is two numbers, not one. */
function* candidatesIn(value: string): Generator<{ raw: string; start: number }> {
  // "mob.+44 7911 …": an abbreviation's dot is not a version's (same length, so positions hold).
  const text = value.replace(/(?<=\p{L})\.(?=\+\d)/gu, ' ');
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    if (digitsOf(m[0]).length <= 15 || !/\s[/|]\s|,\s/.test(m[0])) {
      yield { raw: m[0], start };
      continue;
    }
    let offset = 0;
    for (const piece of m[0].split(/(\s[/|]\s|,\s)/)) {
      if (/\d/.test(piece)) yield { raw: piece, start: start + offset };
      offset += piece.length;
    }
  }
}

interface ParsedPhone {
  number: string;
  nationalNumber: string;
  country: CountryCode | undefined;
  type: string | undefined;
}

const SERVICE_TYPES: ReadonlySet<string> = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN']);

function parseValid(input: string, region: CountryCode): ParsedPhone | undefined {
  const parsed = parsePhoneNumberFromString(input, region);
  if (!parsed?.isValid()) return undefined;
  return {
    number: parsed.number,
    nationalNumber: parsed.nationalNumber,
    country: parsed.country,
    type: parsed.getType(),
  };
}

/**
 * Words right before a number that hand it over as the lead's ("Phone:", "reach me at", "my cell is"):
 * such a number is kept as written even when libphonenumber rejects it, so the person sees and fixes it.
 */
const OFFERED =
  /(?:\b(?:phone|ph|tel|t[eé]l[eé]phone|telefon[oe]?|tel[eé]fono|cell|cellphone|celular|cellulare|mobile|mobil|m[oó]vil|handy|portable|whatsapp|number|n[uú]mero|nummer)\b(?:\s+(?:number|no\.?|#))?(?:\s+(?:is|es|est|ist|è|é))?|\b(?:reach|call|text|ring|phone|whatsapp|contact)\s+(?:me|him|her|them)(?:\s+(?:at|on|via))?|\bme\s+(?:at|on))[\s:.,-]*$/i;

/** "123-456-7890", "000 000 0000": placeholders, not numbers anyone was given. */
function placeholder(digits: string): boolean {
  return /^(\d)\1+$/.test(digits) || '01234567890123456789'.includes(digits);
}

/**
 * The regions to read a number in. When the message says outright where the lead is (a country field,
 * a +CC number, the address's country domain), those regions come first, then the default. Otherwise
 * names and label language are guesses: a number with a trunk 0 ("020 7946 0958") is written the way
 * its own country writes it, so they come before the default; any other number stays in the default
 * region first, since a valid US number is often valid in Germany, India or Brazil too.
 */
function regionsFor(input: string, region: CountryCode, hintsOf: () => RegionHints): CountryCode[] {
  if (/^\+/.test(input)) return [region];
  const { strong, weak } = hintsOf();
  const order =
    strong.length > 0 ? [...strong, region] : /^\(?0/.test(input) ? [...weak, region] : [region, ...weak];
  return [...new Set(order)].slice(0, 8);
}

/** "(+44) 20 …", "(0044) 20 …", "0044 …": the country code as libphonenumber reads it. */
function internationalInput(raw: string): string {
  return raw
    .trim()
    .replace(/^\((?:\+|00)[ \u00a0]?(\d{1,4})\)/, '+$1')
    .replace(/^00[ \u00a0]?/, '+');
}

interface Span {
  segment: number;
  seg: Segment;
  raw: string;
  start: number;
  /** Where the number ends, extension included. */
  stop: number;
  /** What libphonenumber is given: the number with its country code made plain, and its extension. */
  key: string;
  labelled: boolean;
  before: string;
  score: number;
}

/** Phone-shaped spans that are neither something else (a date, an order) nor the seller's. */
function phoneSpans(
  segments: readonly Segment[],
  repEmails: readonly string[],
  authorIsRep: boolean,
): Span[] {
  const spans: Span[] = [];
  segments.forEach((seg, index) => {
    const text = seg.value;
    if (spans.length >= 100 || !/\d{2}/.test(text)) return;
    const base = labelScore(seg);
    if (base === undefined) return;
    for (const { raw, start } of candidatesIn(text)) {
      if (spans.length >= 100) break;
      const end = start + raw.length;
      // The label counts as context too: "call me: 0049 30 12345678".
      const context = seg.label && seg.labelText && start < 20 ? `${seg.labelText}: ` : '';
      const before = (context + text.slice(0, start)).slice(-40);
      // Words in an earlier sentence ("Wants Korean invoices. Office 02-312-4567") say nothing of this one.
      const clause = before.split(/[.!?]\s+(?=\p{Lu})/u).pop() ?? before;
      const after = text.slice(end, end + 20);
      if (rejectShape(raw, before, after)) continue;
      const labelled = seg.label?.field === 'phone';
      if (!labelled) {
        const neg = lastNotPhone(clause);
        const pos = lastMatch(IS_PHONE, clause);
        if (neg && (!pos || pos.index < neg.index)) continue;
      } else if (start > 0) {
        // "Phone system maintenance: ... Dial-in bridge: +1 646 ...": the label was prose, and the words
        // right before the number say what it is.
        const own = text.slice(Math.max(0, start - 40), start);
        const neg = lastNotPhone(own);
        const pos = lastMatch(IS_PHONE, own);
        if (neg && (!pos || pos.index < neg.index)) continue;
      }
      if (REP_PHONE.test(before) || AUTHORS_OWN_PHONE.test(before)) continue;
      // "call my cell" in the author's own words, when the author signed as the rep, is the rep's line.
      if (authorIsRep && !seg.label && seg.zone !== 'after' && FIRST_PERSON_PHONE.test(before)) continue;
      // "Jane (jane@ourco.com, 415-555-0100)": next to a seller's address, it is the seller's line.
      const near = before.slice(-30).toLowerCase();
      if (repEmails.some((e) => near.includes(e)) && !/[.!?]\s/.test(near)) continue;

      const ext = EXTENSION.exec(after);
      const input = internationalInput(raw);
      let score = base;
      if (!labelled && lastMatch(IS_PHONE, before.slice(-25))) score += 3;
      if (raw.trim().startsWith('+')) score += 1;
      spans.push({
        segment: index,
        seg,
        raw,
        start,
        stop: end + (ext?.[0].length ?? 0),
        key: ext ? input + ext[0] : input,
        labelled,
        before,
        score,
      });
    }
  });
  return spans;
}

/**
 * Scores every phone number in the segments: the valid ones, and the ones clearly given as the lead's.
 * Numbers written with a country code are read first; their countries are hints for the others.
 */
export function scorePhones(
  segments: readonly Segment[],
  region: CountryCode,
  repEmails: readonly string[] = [],
  /** `hints` is called only when a number is written without its country code. */
  opts: { authorIsRep?: boolean; hints?: (callingCodes: CountryCode[]) => RegionHints } = {},
): PhoneCandidate[] {
  let budget = 100; // parse attempts; protects against pages of digits
  const cache = new Map<string, ParsedPhone | undefined>();
  const spans = phoneSpans(segments, repEmails, opts.authorIsRep ?? false);
  const parse = (key: string, regions: () => CountryCode[]): ParsedPhone | undefined => {
    if (!cache.has(key)) {
      let parsed: ParsedPhone | undefined;
      for (const r of regions()) {
        if (budget-- <= 0) break;
        parsed = parseValid(key, r);
        if (parsed) break;
      }
      cache.set(key, parsed);
    }
    return cache.get(key);
  };
  const codes: CountryCode[] = [];
  for (const span of spans) {
    if (!span.key.startsWith('+')) continue;
    // A number from the workspace's own country says nothing new; it is as likely the seller's.
    const country = parse(span.key, () => [region])?.country;
    if (country && country !== region && !codes.includes(country)) codes.push(country);
  }
  let hints: RegionHints | undefined;
  const hintsOf = () => {
    hints ??= opts.hints?.(codes) ?? { strong: codes, weak: [] };
    return hints;
  };

  const out: PhoneCandidate[] = [];
  for (const { segment, seg, raw, start, stop, key, labelled, before, score } of spans) {
    const parsed = parse(key, () => regionsFor(key, region, hintsOf));
    if (!parsed) {
      // Rejected, but handed over as the lead's ("Phone: 415 555 013"): kept as written.
      const offered = (labelled && seg.label?.role === 'lead' && start < 20) || OFFERED.test(before);
      const written = squash(seg.value.slice(start, stop));
      if (!offered || seg.label?.header || placeholder(digitsOf(raw))) continue;
      out.push({
        phone: written,
        valid: false,
        nationalNumber: digitsOf(written),
        score,
        segment,
        start,
        end: stop,
      });
      continue;
    }
    // Free-phone and premium lines are a business's switchboard or support desk; a lead's only when
    // a form's phone field says so.
    if (SERVICE_TYPES.has(parsed.type ?? '') && !(labelled && seg.label?.role === 'lead')) continue;
    // Only numbers whose digits are really in the message. National formats may drop or add a prefix
    // ("011 15-2345-6789" is +54 9 11 2345-6789), so the subscriber's last eight digits must be there.
    const written = digitsOf(raw);
    const grounded = written.includes(parsed.nationalNumber)
      ? parsed.nationalNumber
      : written.endsWith(parsed.nationalNumber.slice(-8))
        ? written
        : undefined;
    if (!grounded) continue;
    out.push({
      phone: parsed.number,
      valid: true,
      nationalNumber: grounded,
      score,
      segment,
      start,
      end: stop,
    });
  }
  return out;
}

/** The best-scored valid number; a number kept as written only when there is no valid one. */
export function pickPhone(candidates: readonly PhoneCandidate[]): PhoneCandidate | undefined {
  let best: PhoneCandidate | undefined;
  for (const c of candidates) {
    if (c.score < 0) continue;
    if (!best || (c.valid && !best.valid) || (c.valid === best.valid && c.score > best.score)) best = c;
  }
  return best;
}
