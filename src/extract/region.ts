/**
 * Where the lead is, for reading numbers written nationally ("020 7946 0958", "0171 1234567"). The
 * hints are taken from the strongest to the weakest: a country field, a number of the lead's written
 * with a country code elsewhere in the message, the country-code domain of the lead's address, then
 * place names and the language of the labels. The tables are in `regions.ts`.
 */
import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { Segment } from './labels.js';
import {
  CITIES,
  COUNTRY_NAMES,
  LABEL_LANGUAGE,
  LANGUAGE_REGIONS,
  TLD_REGION,
  VANITY_TLDS,
} from './regions.js';
import { fold } from './text.js';

export interface RegionHints {
  /** Said outright: a country field, a `+CC` number, the address's country domain. */
  strong: CountryCode[];
  /** Suggested: a city or country named in the text, the labels' language. */
  weak: CountryCode[];
}

export function asRegion(code: unknown): CountryCode | undefined {
  if (typeof code !== 'string') return undefined;
  const r = code.trim().toUpperCase();
  return r.length === 2 && isSupportedCountry(r) ? (r as CountryCode) : undefined;
}

/** Segments that speak for the lead, not the seller ("Rep phone", "To:"). */
const isLeads = (seg: Segment) => !seg.label || (seg.label.role !== 'rep' && seg.label.header !== 'to');

const words = (s: string) =>
  fold(s)
    .replace(/[^a-z']+/g, ' ')
    .trim();

const COUNTRY_LABEL =
  /^(?:country|country region|country or region|country of residence|pais|pays|land|paese|nation|location|based in)$/;

/** "Country: United Kingdom", "País: México". */
function countryField(segments: readonly Segment[]): CountryCode | undefined {
  for (const seg of segments.slice(0, 200)) {
    if (!seg.labelText || !seg.value || !COUNTRY_LABEL.test(words(seg.labelText))) continue;
    // "Berlin, Germany": the whole value, then its parts from the last (the country is usually there).
    const parts = [seg.value, ...seg.value.split(/[,/]/).reverse()].map(words);
    for (const value of parts) {
      const code =
        asRegion(COUNTRY_NAMES[value] ?? CITIES[value]) ?? (value.length === 2 ? asRegion(value) : undefined);
      if (code) return code;
    }
  }
  return undefined;
}

/** `ana@acme.de` → DE, `ana@acme.co.uk` → GB, `ana@acme.com.co` → CO; `ana@acme.io` says nothing. */
export function emailRegion(email: string | undefined): CountryCode | undefined {
  const labels = (email?.split('@')[1] ?? '').toLowerCase().split('.');
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  if (tld.length !== 2) return undefined;
  const countryLevel = labels.length >= 3 && /^(?:com|co|net|org|gov|edu|ac|or|ne|go)$/.test(second);
  if (VANITY_TLDS.has(tld) && !countryLevel) return undefined;
  return asRegion(TLD_REGION[tld] ?? tld);
}

/** Cities and countries named in the lead's part of the message, capitalised as names are. */
function placeNames(segments: readonly Segment[]): CountryCode[] {
  const out = new Set<CountryCode>();
  let scanned = 0;
  for (const seg of segments) {
    if (scanned > 6000 || out.size >= 3) break;
    if (!isLeads(seg)) continue;
    // A label that is prose ("Lead from the Dublin meetup:") is read too.
    const prose =
      seg.label?.field === 'unknown' || seg.label?.field === 'message' ? (seg.labelText ?? '') : '';
    const text = `${prose} ${seg.value}`.slice(0, 2000);
    scanned += text.length;
    const tokens = text.split(/[\s,;:()[\]/|–—]+/).filter(Boolean);
    const folded: string[] = [];
    const foldedAt = (k: number) => {
      folded[k] ??= words(tokens[k] ?? '');
      return folded[k];
    };
    for (let i = 0; i < tokens.length; i++) {
      if (!/^\p{Lu}/u.test(tokens[i] ?? '')) continue;
      for (let len = Math.min(4, tokens.length - i); len >= 1; len--) {
        const phrase = Array.from({ length: len }, (_, k) => foldedAt(i + k)).join(' ');
        const code = asRegion(CITIES[phrase] ?? (phrase === 'us' ? undefined : COUNTRY_NAMES[phrase]));
        if (code) {
          out.add(code);
          i += len - 1;
          break;
        }
      }
    }
  }
  return [...out];
}

/** "Lisbon", "São Paulo", "Ghana": a city or country in the table. */
export function isPlaceName(text: string): boolean {
  const phrase = words(text);
  return CITIES[phrase] !== undefined || (phrase !== 'us' && COUNTRY_NAMES[phrase] !== undefined);
}

/** Regions of the language most of the labels are written in ("Vorname", "Handy" → DE, AT, CH). */
function labelLanguage(segments: readonly Segment[]): CountryCode[] {
  const counts = new Map<string, number>();
  for (const seg of segments.slice(0, 200)) {
    if (!seg.labelText) continue;
    // Accents tell languages apart ("téléphone", "teléfono"), so the word is looked up before folding.
    for (const w of seg.labelText.toLowerCase().split(/[^\p{L}]+/u)) {
      const lang = LABEL_LANGUAGE[w] ?? LABEL_LANGUAGE[fold(w)];
      if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [lang, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = lang;
  return (LANGUAGE_REGIONS[best ?? ''] ?? []).flatMap((r) => asRegion(r) ?? []);
}

const unique = (codes: (CountryCode | undefined)[]): CountryCode[] => [
  ...new Set(codes.filter((c): c is CountryCode => c !== undefined)),
];

/**
 * The regions the message points to, strongest first. `callingCodes` are the countries of the lead's
 * numbers written with a country code (the phone reader knows which numbers are the lead's).
 */
export function regionHints(
  segments: readonly Segment[],
  leadEmail?: string,
  callingCodes: readonly CountryCode[] = [],
): RegionHints {
  const strong = unique([countryField(segments), ...callingCodes, emailRegion(leadEmail)]);
  const weak = unique([...placeNames(segments), ...labelLanguage(segments)]).filter(
    (c) => !strong.includes(c),
  );
  return { strong, weak };
}
