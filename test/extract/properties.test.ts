import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { extractFromText, extractLead, type LeadMessage } from '../../src/extract/index.js';
import { extractFromTextUnchecked, extractLeadUnchecked } from '../../src/extract/pipeline.js';

/** Every string anywhere in a value (keys included), depth-limited. */
function strings(v: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 40) return out;
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out, depth + 1);
  else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      out.push(k);
      strings(x, out, depth + 1);
    }
  }
  return out;
}

/** The input as text, with the percent-encoding of form dumps undone. */
function haystack(message: unknown): string {
  return strings(message)
    .join('\n')
    .toLowerCase()
    .replace(/%40/g, '@')
    .replace(/%2b/g, '+')
    .replace(/%2e/g, '.')
    .replace(/&amp;/g, '&');
}

function assertGrounded(message: unknown, result: ReturnType<typeof extractLead>): void {
  if (result.email) expect(haystack(message)).toContain(result.email);
  if (result.phone) {
    const digitRuns = strings(message).map((s) => s.replace(/%[0-9a-f]{2}/gi, ' ').replace(/\D/g, ''));
    const plain = strings(message).map((s) => s.replace(/\D/g, ''));
    const parsed = parsePhoneNumberFromString(result.phone);
    // E.164 when valid, its subscriber digits in the message (a national format may add or drop a prefix,
    // "011 15-2345-6789" is +54 9 11 2345 6789); otherwise kept as written, all its digits in the message.
    const valid = parsed?.isValid() === true && parsed.number === result.phone;
    const digits = valid ? (parsed?.nationalNumber ?? '').slice(-8) : result.phone.replace(/\D/g, '');
    if (!valid) expect(digits.length).toBeGreaterThanOrEqual(7);
    expect([...digitRuns, ...plain].some((s) => s.includes(digits))).toBe(true);
  }
}

const slackish = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...'abcAB@.+-_ <>|:*()0123456789\n&;#mailto'.split('')), maxLength: 80 }),
  fc
    .tuple(
      fc.constantFrom('Name', 'Email', 'Phone', 'Tel.', 'Owner', 'Rep email', 'From', 'Order #', ''),
      fc.constantFrom(':', ' -', ' =', ' ▸', ' |', ''),
      fc.oneof(
        fc.emailAddress(),
        fc.stringMatching(/^\+?[0-9 ()-]{4,20}$/),
        fc.constantFrom('Ana López', 'Zoë', '<mailto:a@b.co|a@b.co>', '<tel:+14155550134|x>', '<@U123>'),
        fc.string(),
      ),
    )
    .map(([l, s, v]) => `${l}${s} ${v}`),
);

const messageArb = fc.record(
  {
    text: fc.oneof(slackish, fc.anything()),
    blocks: fc.oneof(
      fc.anything(),
      fc.array(
        fc.oneof(
          fc.record({
            type: fc.constant('section'),
            text: fc.record({ type: fc.constant('mrkdwn'), text: slackish }),
          }),
          fc.record({
            type: fc.constant('section'),
            fields: fc.array(
              fc.oneof(fc.record({ type: fc.constant('mrkdwn'), text: slackish }), fc.anything()),
            ),
          }),
          fc.record({
            type: fc.constant('rich_text'),
            elements: fc.array(
              fc.record({ type: fc.constant('rich_text_section'), elements: fc.anything() }),
            ),
          }),
          fc.anything(),
        ),
      ),
    ),
    attachments: fc.oneof(
      fc.anything(),
      fc.array(
        fc.record({
          text: slackish,
          fallback: slackish,
          fields: fc.array(fc.record({ title: slackish, value: slackish })),
        }),
      ),
    ),
  },
  { requiredKeys: [] },
);

describe('extractLead properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (message, region) => {
        // The unchecked pipeline: the public functions would hide a throw behind an empty result.
        extractLeadUnchecked(message, { defaultRegion: region as string });
        extractFromTextUnchecked(message);
        expect(() => extractLead(message as LeadMessage)).not.toThrow();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(messageArb, (message) => {
        extractLeadUnchecked(message);
      }),
      { numRuns: 300 },
    );
  });

  it('never returns an email or phone that is not in the message', () => {
    fc.assert(
      fc.property(messageArb, fc.constantFrom('US', 'GB', 'DE', 'FR', 'BR', 'IN'), (message, region) => {
        assertGrounded(message, extractLeadUnchecked(message, { defaultRegion: region }));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(slackish, (text) => {
        assertGrounded(text, extractFromTextUnchecked(text));
      }),
      { numRuns: 500 },
    );
  });

  it('survives deeply nested and cyclic junk', () => {
    let deep: unknown = { type: 'rich_text', elements: [] };
    for (let i = 0; i < 5000; i++) deep = { type: 'rich_text_section', elements: [deep] };
    const cyclic: Record<string, unknown> = { type: 'section', text: { type: 'mrkdwn', text: 'Name: Ana' } };
    cyclic.fields = [cyclic];
    cyclic.elements = [cyclic];
    expect(() => extractLeadUnchecked({ blocks: [deep, cyclic], attachments: [cyclic] })).not.toThrow();
    expect(extractLead(null as unknown as LeadMessage)).toEqual({});
    expect(extractLead({ text: 42 as unknown as string })).toEqual({});
  });

  const adversarial: Record<string, string> = {
    'a@ runs': 'a@'.repeat(50_000),
    'a@a. runs': 'a@a.'.repeat(25_000),
    'phone openers': '+1 ('.repeat(25_000),
    'Name: runs': 'Name: '.repeat(17_000),
    digits: '7'.repeat(100_000),
    'digits with separators': '12-34 '.repeat(17_000),
    spaces: `Name:${' '.repeat(100_000)}x`,
    dots: '.'.repeat(100_000),
    dashes: '-'.repeat(100_000),
    letters: 'a'.repeat(100_000),
    'capitalised words': 'Ana '.repeat(25_000),
    mixed: 'I am Ana Lopez, call +1 415 555 0134 or ana@x.co; Order #123456789 '.repeat(1_500),
    'slack tokens': '<mailto:a@b.co|'.repeat(7_000),
    colons: 'a:'.repeat(50_000),
    'emoji codes': ':a'.repeat(50_000),
    underscores: '_a'.repeat(50_000),
    'query string': `x=${'a&b='.repeat(25_000)}`,
    json: '{"name":"'.repeat(11_000),
    'short labelled lines': 'Name: Ana\nPhone: 415 555 0134\nEmail: a@b.co\n'.repeat(2_200),
  };

  for (const [label, text] of Object.entries(adversarial)) {
    // A guard against super-linear (catastrophic) patterns, which take seconds on 100 KB — not a speed
    // goal: speed lives in the benchmark, and a loaded machine must not fail this.
    it(`stays far from super-linear on 100 KB of ${label}`, () => {
      extractFromText(text); // warm-up
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        extractLead({ text });
        best = Math.min(best, performance.now() - t0);
      }
      expect(best).toBeLessThan(750);
    });
  }
});
