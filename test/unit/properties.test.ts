import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDraft, validateDraft } from '../../src/domain/draft.js';
import { PROSPECT_STATUSES } from '../../src/domain/status.js';
import { ACTION, BLOCK } from '../../src/slack/ids.js';
import { decodeOrigin, encodeOrigin, originSchema } from '../../src/slack/payloads/origin.js';
import {
  decodeRetryPayload,
  encodeRetryPayload,
  MAX_BUTTON_VALUE,
} from '../../src/slack/payloads/retry-payload.js';
import { createPayloadSigner } from '../../src/slack/payloads/signer.js';
import { parseSubmission } from '../../src/slack/payloads/view-state.js';
import { escapeMrkdwn } from '../../src/slack/ui/text.js';

/** Random and malformed input at every parser: a clean answer, never a crash. */

const signer = createPayloadSigner(Buffer.alloc(32, 1));

const origin = fc.record({
  source: fc.constantFrom('command' as const, 'shortcut' as const, 'home' as const),
  teamId: fc.string({ maxLength: 12 }),
  channelId: fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
  userId: fc.string({ maxLength: 12 }),
  submissionKey: fc.string({ minLength: 8, maxLength: 40 }),
});

const draft = fc.record({
  name: fc.string({ maxLength: 600 }),
  email: fc.string({ maxLength: 600 }),
  phone: fc.string({ maxLength: 600 }),
  status: fc.constantFrom(...PROSPECT_STATUSES),
  notes: fc.string({ maxLength: 3000 }),
});

const inputValue = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constant('plain_text_input'), value: fc.option(fc.string(), { nil: null }) }),
  fc.record({
    type: fc.constant('static_select'),
    selected_option: fc.option(fc.record({ value: fc.string() }), { nil: null }),
  }),
);

const stateValues = fc.dictionary(
  fc.constantFrom(...Object.values(BLOCK), 'other'),
  fc.dictionary(fc.constantFrom(...Object.values(ACTION), 'x'), inputValue),
);

describe('parsers under random input', () => {
  it('parseSubmission never throws, whatever the view', () => {
    fc.assert(
      fc.property(fc.anything(), (view) => {
        const result = parseSubmission(view, { signer, userId: 'U1' });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('parseSubmission reads any state values with a valid origin into string fields', () => {
    fc.assert(
      fc.property(origin, stateValues, (o, values) => {
        const result = parseSubmission(
          { private_metadata: encodeOrigin(o, signer), state: { values } },
          { signer, userId: o.userId },
        );
        expect(result.ok).toBe(true);
        if (result.ok) {
          for (const field of ['name', 'email', 'phone', 'notes'] as const)
            expect(typeof result.draft[field]).toBe('string');
        }
      }),
    );
  });

  it('decodeOrigin refuses anything that is not an origin, and round-trips one that is', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.string()), (metadata) => {
        const decoded = decodeOrigin(metadata, signer);
        if (decoded) expect(originSchema.safeParse(decoded).success).toBe(true);
      }),
    );
    fc.assert(
      fc.property(origin, (o) => {
        expect(decodeOrigin(encodeOrigin(o, signer), signer)).toEqual(o);
      }),
    );
  });

  it('validateDraft always answers, and what it accepts fits Trata’s limits', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const result = validateDraft(d, { defaultRegion: 'US' });
        if (result.ok) {
          const v = result.value;
          expect(v.email !== undefined || v.phone !== undefined).toBe(true);
          for (const field of [v.name, v.email, v.phone])
            if (field !== undefined) expect(field.length).toBeLessThanOrEqual(512);
          if (v.phone) expect(v.phone).toMatch(/^\+\d{6,15}$/);
        } else {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('a Try again button always fits Slack’s limit and brings back the form', () => {
    fc.assert(
      fc.property(draft, origin, (d, o) => {
        const value = encodeRetryPayload({ draft: d, origin: o }, signer);
        expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
        const decoded = decodeRetryPayload(value, signer);
        expect(decoded?.origin).toEqual(o);
        expect(decoded?.draft.email).toBe(d.email);
        expect(d.notes.startsWith(decoded?.draft.notes ?? '')).toBe(true);
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(() => decodeRetryPayload(junk, signer)).not.toThrow();
      }),
    );
  });

  it('escaped mrkdwn never contains live markup', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMrkdwn(s);
        expect(out).not.toMatch(/[<>]/);
        expect(out.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      }),
    );
  });

  it('an empty draft asks for contact details', () => {
    expect(validateDraft(emptyDraft(), { defaultRegion: 'US' }).ok).toBe(false);
  });
});
