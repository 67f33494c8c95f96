import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../../../src/runtime/retry-delay.js';

const backoff = { baseMs: 100, maxMs: 1000 };

describe('retryDelay', () => {
  it('doubles from the base with each retry, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((n) => retryDelay(n, backoff))).toEqual([
      100, 200, 400, 800, 1000, 1000, 1000,
    ]);
  });

  it('treats retry 0 (or less) as the first retry', () => {
    expect(retryDelay(0, backoff)).toBe(100);
    expect(retryDelay(-3, backoff)).toBe(100);
  });

  it('scales the backoff by the jitter drawn', () => {
    expect(retryDelay(3, { ...backoff, random: () => 0.5 })).toBe(200);
    expect(retryDelay(3, { ...backoff, random: () => 0 })).toBe(0);
    expect(retryDelay(20, { ...backoff, random: () => 0.25 })).toBe(250);
  });

  it('never waits less than the server’s Retry-After', () => {
    expect(retryDelay(1, backoff, 5000)).toBe(5000);
    expect(retryDelay(1, { ...backoff, random: () => 0 }, 300)).toBe(300);
  });

  it('keeps the backoff when Retry-After is shorter', () => {
    expect(retryDelay(4, backoff, 50)).toBe(800);
    expect(retryDelay(4, backoff, 0)).toBe(800);
    expect(retryDelay(4, backoff, undefined)).toBe(800);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-11-11T05:00:00Z');

  it.each([
    ['3', 3000],
    ['0', 0],
    ['120', 120_000],
    ['1.5', 1500],
  ])('reads %j seconds as %i ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfter('Mon, 11 Nov 2024 05:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
  });

  it('a date already past means no wait, not a negative one', () => {
    expect(parseRetryAfter('Mon, 11 Nov 2024 04:59:00 GMT', now)).toBe(0);
  });

  it.each([undefined, null, '', 'soon', 'retry later', '5 seconds', 'NaN', 'Infinity'])(
    'rejects %j',
    (header) => {
      expect(parseRetryAfter(header, now)).toBeUndefined();
    },
  );

  // V8's Date.parse is lenient ('foo 12' → Dec 2001): only HTTP dates are read as dates, so a 429
  // with such a header waits the 1 s default instead of retrying at once.
  it.each(['foo 12', '1 2'])('rejects %j, which Date.parse reads as a past date', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});
