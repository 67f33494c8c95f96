/**
 * How long to wait before attempt `retry` (1 = the first retry) of a call that failed transiently:
 * exponential backoff capped at `maxMs`, with full jitter when `random` is given, and never less than
 * the server's Retry-After. Both the Trata and the Slack retry loops use it.
 */
export interface Backoff {
  baseMs: number;
  maxMs: number;
  /** Full jitter (a fraction of the backoff drawn at random); omit for a fixed backoff. */
  random?: () => number;
}

export function retryDelay(retry: number, backoff: Backoff, retryAfterMs?: number): number {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, retry - 1));
  const wait = backoff.random ? backoff.random() * ceiling : ceiling;
  return Math.max(wait, retryAfterMs ?? 0);
}

const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/** A Retry-After header (seconds or an HTTP date) in milliseconds; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  // Only an HTTP date (RFC 9110 IMF-fixdate): Date.parse alone reads garbage like "1 2" as a date.
  if (!HTTP_DATE.test(header.trim())) return undefined;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
