/**
 * The last line of defence against invented values: an email must occur in the message as sent
 * (case-insensitively, form-dump percent-encoding undone), and a phone's national digits must occur
 * in one of its strings.
 */
import { decodeEntities, digitsOf } from './text.js';

const MAX_CHARS = 400_000;

export interface Grounding {
  hasEmail(email: string): boolean;
  hasDigits(digits: string): boolean;
}

function collect(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  let size = 0;
  const walk = (v: unknown, depth: number): void => {
    if (size > MAX_CHARS || depth > 40) return;
    if (typeof v === 'string') {
      out.push(v);
      size += v.length;
    } else if (typeof v === 'object' && v !== null && !seen.has(v)) {
      seen.add(v);
      for (const x of Array.isArray(v) ? v : Object.values(v)) walk(x, depth + 1);
    }
  };
  walk(value, 0);
  return out;
}

/** Undoes `%XX` escapes (form dumps encode `+` and spaces) without ever throwing. */
export function percentDecode(s: string): string {
  return s.includes('%')
    ? s.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : s;
}

export function groundingFor(value: unknown): Grounding {
  const strings = collect(value);
  let text: string | undefined;
  let digits: string[] | undefined;
  return {
    hasEmail(email) {
      text ??= percentDecode(decodeEntities(strings.join('\n'))).toLowerCase();
      return text.includes(email.toLowerCase());
    },
    hasDigits(d) {
      digits ??= strings.map((s) => digitsOf(percentDecode(s)));
      return d.length > 0 && digits.some((s) => s.includes(d));
    },
  };
}
