import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../src/domain/draft.js';
import { ACTION, BLOCK } from '../../../../src/slack/ids.js';
import { encodeOrigin, type Origin } from '../../../../src/slack/payloads/origin.js';
import { createPayloadSigner } from '../../../../src/slack/payloads/signer.js';
import { errorsByBlock, parseSubmission } from '../../../../src/slack/payloads/view-state.js';

const origin: Origin = {
  source: 'command',
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  submissionKey: 'abcdefgh12',
};
const signer = createPayloadSigner(Buffer.alloc(32, 7));
/** Submitted by the user the form was opened for. */
const from = { signer, userId: 'U1' };

function values(v: {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  status?: string | null;
  notes?: string | null;
}) {
  return {
    [BLOCK.name]: { [ACTION.name]: { type: 'plain_text_input', value: v.name ?? null } },
    [BLOCK.email]: { [ACTION.email]: { type: 'email_text_input', value: v.email ?? null } },
    [BLOCK.phone]: { [ACTION.phone]: { type: 'plain_text_input', value: v.phone ?? null } },
    [BLOCK.status]: {
      [ACTION.status]: {
        type: 'static_select',
        selected_option: v.status ? { text: { type: 'plain_text', text: 'x' }, value: v.status } : null,
      },
    },
    [BLOCK.notes]: { [ACTION.notes]: { type: 'plain_text_input', value: v.notes ?? null } },
  };
}

describe('parseSubmission', () => {
  it('reads every field and the origin', () => {
    const view = {
      private_metadata: encodeOrigin(origin, signer),
      state: {
        values: values({
          name: 'Jane',
          email: 'j@a.io',
          phone: '+1 415 555 0134',
          status: 'GENERAL_ENQUIRY',
          notes: 'n',
        }),
      },
    };
    expect(parseSubmission(view, from)).toEqual({
      ok: true,
      origin,
      draft: {
        name: 'Jane',
        email: 'j@a.io',
        phone: '+1 415 555 0134',
        status: 'GENERAL_ENQUIRY',
        notes: 'n',
      },
    });
  });

  it('reads null and absent values as empty, a missing status as New', () => {
    expect(
      parseSubmission(
        { private_metadata: encodeOrigin(origin, signer), state: { values: values({}) } },
        from,
      ),
    ).toEqual({
      ok: true,
      origin,
      draft: emptyDraft(),
    });
    expect(
      parseSubmission({ private_metadata: encodeOrigin(origin, signer), state: { values: {} } }, from),
    ).toMatchObject({
      ok: true,
      draft: emptyDraft(),
    });
  });

  it.each([
    ['no view', undefined],
    ['metadata not JSON', { private_metadata: '{oops', state: { values: {} } }],
    [
      'metadata of the wrong shape',
      { private_metadata: JSON.stringify({ channel: 'C1' }), state: { values: {} } },
    ],
    ['metadata too long', { private_metadata: 'x'.repeat(3001), state: { values: {} } }],
    ['an origin the app did not sign', { private_metadata: JSON.stringify(origin), state: { values: {} } }],
    [
      'an origin signed with another key',
      {
        private_metadata: encodeOrigin(origin, createPayloadSigner(Buffer.alloc(32, 8))),
        state: { values: {} },
      },
    ],
    [
      'a signed origin whose text was changed',
      {
        private_metadata: encodeOrigin(origin, signer).replace('"C1"', '"C2"'),
        state: { values: {} },
      },
    ],
    ['state not an object', { private_metadata: encodeOrigin(origin, signer), state: 'nope' }],
    [
      'values of the wrong shape',
      { private_metadata: encodeOrigin(origin, signer), state: { values: [1, 2] } },
    ],
  ])('refuses %s cleanly', (_label, view) => {
    expect(parseSubmission(view, from)).toMatchObject({ ok: false });
  });

  it('refuses a form opened for another user', () => {
    const view = { private_metadata: encodeOrigin(origin, signer), state: { values: values({}) } };
    expect(parseSubmission(view, { signer, userId: 'U2' })).toEqual({
      ok: false,
      reason: 'the form was opened for another user',
    });
  });

  it('ignores inputs of the wrong shape instead of crashing', () => {
    const bad = {
      [BLOCK.email]: { [ACTION.email]: { value: 42 } },
      [BLOCK.status]: { [ACTION.status]: 'x' },
    };
    expect(
      parseSubmission({ private_metadata: encodeOrigin(origin, signer), state: { values: bad } }, from),
    ).toMatchObject({
      ok: true,
      draft: { email: '', status: 'NEW' },
    });
  });
});

describe('errorsByBlock', () => {
  it('keys errors by the input block they belong under', () => {
    expect(errorsByBlock({ email: 'bad', phone: 'worse' })).toEqual({
      [BLOCK.email]: 'bad',
      [BLOCK.phone]: 'worse',
    });
  });
});
