/** Finds phone numbers with libphonenumber-js and decides which one belongs to the lead. */
import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { Segment } from './labels.js';
import { digitsOf } from './text.js';

export interface PhoneCandidate {
  /** E.164. */
  phone: string;
  /** Where the number starts in its segment's value. */
  start: number;
  /** The digits after the country code. */
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
  /\b(?:call|calls|called|calling|phone|ph|tel|t[eé]l[eé]phone|telefone?|tel[eé]fono|telefonnummer|cell|cellphone|celular|cellulare|mobile|mobil|m[oó]vil|handy|portable|whatsapp|wa|text|sms|reach|ring|number|num|n[uú]mero|nummer|callback|anrufen|appeler|rappeler|rappelez|joindre|llamar|ll[aá]mame|chiamare|richiamare|ligar|liga|retorno|bellen|bereikbaar|erreichbar|r[uü]ckruf|contact|at|on|au|al|op|unter)\b/giu;
/** Phrases before a number that make it the seller's own line. */
const REP_PHONE =
  /\b(?:our|us at|call us|support line|main line|switchboard|hotline|helpdesk|help desk|office line|assigned to|(?:lead|account|deal|contact) owner|rep|escalation|on-?call|pager|nuestro|nuestra|notre|unser|unsere|nostro|nosso|nossa)\b[^\d\n]{0,25}$/i;
const UNITS_AFTER =
  /^\s*(?:[€$£%]|(?:usd|eur|gbp|chf|brl|inr|mxn|units?|items?|pcs|kg|km|mi|miles|ms|sec|mins?|hrs?|hours?|days?|mb|gb|kb|tb|views|clicks|followers|users|seats|licen[cs]es|employees|people|visits|downloads|installs|rows|records|leads)\b)/i;
const DATE_LIKE =
  /^(?:(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2})(?:\D|$)/;
const IP_LIKE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const CARD_LIKE = /^\d{4}(?:[ -]\d{4}){2,3}$/;

export function normalizeRegion(region: unknown): CountryCode {
  if (typeof region === 'string') {
    const r = region.trim().toUpperCase();
    if (r.length === 2 && isSupportedCountry(r)) return r as CountryCode;
  }
  return 'US';
}

/** The last match of a global regex in a short window, or undefined. */
function lastMatch(re: RegExp, s: string): { index: number; text: string } | undefined {
  let last: { index: number; text: string } | undefined;
  for (const m of s.matchAll(re)) last = { index: m.index ?? 0, text: m[0] };
  return last;
}

/** True when a phone-shaped span is really a date, time, amount, version, address or card number. */
function rejectShape(raw: string, before: string, after: string): boolean {
  const t = raw.trim();
  const digits = digitsOf(t);
  if (digits.length < 7 || digits.length > 15) return true;
  if (DATE_LIKE.test(t) || IP_LIKE.test(t) || CARD_LIKE.test(t)) return true;
  if (/^\d+(?:\.\d+){2,}$/.test(t) && !/^\d{3}\.\d{3}\.\d{4}$/.test(t)) return true; // versions, build ids
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
function* candidatesIn(text: string): Generator<{ raw: string; start: number }> {
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

/** Scores every valid phone number in the segments. */
export function scorePhones(
  segments: readonly Segment[],
  region: CountryCode,
  repEmails: readonly string[] = [],
): PhoneCandidate[] {
  const out: PhoneCandidate[] = [];
  let budget = 60; // parse attempts; protects against pages of digits
  const cache = new Map<string, { number: string; nationalNumber: string } | undefined>();
  segments.forEach((seg, index) => {
    const text = seg.value;
    if (budget <= 0 || !/\d{2}/.test(text)) return;
    const base = labelScore(seg);
    if (base === undefined) return;
    for (const { raw, start } of candidatesIn(text)) {
      if (budget <= 0) break;
      const end = start + raw.length;
      // The label counts as context too: "call me: 0049 30 12345678".
      const context = seg.label && seg.labelText && start < 20 ? `${seg.labelText}: ` : '';
      const before = (context + text.slice(0, start)).slice(-40);
      const after = text.slice(end, end + 20);
      if (rejectShape(raw, before, after)) continue;
      const labelled = seg.label?.field === 'phone';
      if (!labelled) {
        const neg = lastMatch(NOT_PHONE, before);
        const pos = lastMatch(IS_PHONE, before);
        if (neg && (!pos || pos.index < neg.index)) continue;
      }
      if (REP_PHONE.test(before)) continue;
      // "Jane (jane@ourco.com, 415-555-0100)": next to a seller's address, it is the seller's line.
      const near = before.slice(-30).toLowerCase();
      if (repEmails.some((e) => near.includes(e)) && !/[.!?]\s/.test(near)) continue;

      const ext = EXTENSION.exec(after);
      const input = raw.trim().replace(/^00/, '+');
      const key = ext ? input + ext[0] : input;
      if (!cache.has(key)) {
        budget--;
        const parsed = parsePhoneNumberFromString(key, region);
        cache.set(
          key,
          parsed?.isValid() ? { number: parsed.number, nationalNumber: parsed.nationalNumber } : undefined,
        );
      }
      const parsed = cache.get(key);
      if (!parsed) continue;
      // Only numbers whose digits are really in the message.
      if (!digitsOf(raw).includes(parsed.nationalNumber)) continue;

      let score = base;
      if (!labelled && lastMatch(IS_PHONE, before.slice(-25))) score += 3;
      if (raw.trim().startsWith('+')) score += 1;
      out.push({ phone: parsed.number, nationalNumber: parsed.nationalNumber, score, segment: index, start });
    }
  });
  return out;
}

export function pickPhone(candidates: readonly PhoneCandidate[]): PhoneCandidate | undefined {
  let best: PhoneCandidate | undefined;
  for (const c of candidates) if (c.score >= 0 && (!best || c.score > best.score)) best = c;
  return best;
}
