import type { ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../src/domain/draft.js';
import type { FailureReason, Outcome } from '../../../../src/prospects/submit.js';
import { mapTrataErrors } from '../../../../src/prospects/to-trata.js';
import { BLOCK, CALLBACK } from '../../../../src/slack/ids.js';
import { decodeOrigin, type Origin } from '../../../../src/slack/payloads/origin.js';
import { createPayloadSigner } from '../../../../src/slack/payloads/signer.js';
import { outcomeMessage, outcomeResponse, outcomeView } from '../../../../src/slack/ui/outcome.js';
import type { TrataFieldError } from '../../../../src/trata/errors.js';

const signer = createPayloadSigner(Buffer.alloc(32, 5));

import type { Prospect } from '../../../../src/trata/schemas.js';

const origin: Origin = {
  source: 'command',
  teamId: 'T0TEST',
  channelId: 'C0SALES',
  userId: 'U0ALICE',
  submissionKey: 'sub-0123456789',
};
const draft = emptyDraft({
  name: 'Jane Doe',
  email: 'jane@acme',
  phone: '+1 415 555 0134',
  notes: 'Met at the webinar',
});
const prospect: Prospect = {
  id: 'pro.jane',
  name: 'Jane Doe',
  email: 'jane@acme.io',
  phoneNumber: '+14155550134',
  status: 'NEW',
  externalReference: [],
  prospectProps: {},
};

const FORM_HINT = 'press *Create prospect*';
const BUTTON_HINT = 'use *Try again* below';
const REASONS: FailureReason[] = ['trataAuth', 'trataDown', 'trataUnknown', 'trataBadAnswer', 'existingGone'];
/** The failures the person can do something about by submitting again. */
const RETRYABLE: FailureReason[] = ['trataDown', 'trataUnknown', 'existingGone'];

const rejected = (errors: TrataFieldError[]): Outcome => ({
  kind: 'rejected',
  ...mapTrataErrors(errors),
  origin,
});
const failed = (reason: FailureReason): Outcome => ({
  kind: 'failed',
  reason,
  origin: { ...origin, recheck: true },
});
const created = (existing = false): Outcome => ({
  kind: 'created',
  prospect,
  existing,
  checkSkipped: false,
  delivery: { where: 'channel', channelId: 'C0SALES', ts: '1700000100.000001' },
});

/** Every piece of text a view shows, joined, to read like the person does. */
function viewText(view: ModalView): string {
  return JSON.stringify(view.blocks);
}
function banner(view: ModalView): string | undefined {
  const block = view.blocks.find((b) => b.block_id === BLOCK.formError) as
    | { text?: { text: string } }
    | undefined;
  return block?.text?.text;
}

describe('outcomeResponse', () => {
  it('answers with inline errors when every Trata error belongs to a field', () => {
    const response = outcomeResponse(
      rejected([
        { path: ['email'], message: 'value is not a valid email address' },
        { path: ['phoneNumber'], message: 'invalid phone number' },
      ]),
      draft,
      signer,
    );
    expect(response).toEqual({
      response_action: 'errors',
      errors: {
        [BLOCK.email]: 'Trata says: value is not a valid email address',
        [BLOCK.phone]: 'Trata says: invalid phone number',
      },
    });
  });

  it('shows the form again when one error is not about a field, with every error in it', () => {
    const response = outcomeResponse(
      rejected([
        { path: ['email'], message: 'value is not a valid email address' },
        { path: ['externalReference', 0, 'id'], message: 'too long' },
      ]),
      draft,
      signer,
    );
    expect(response.response_action).toBe('update');
    const view = (response as { view: ModalView }).view;
    expect(view.callback_id).toBe(CALLBACK.prospectModal);
    expect(banner(view)).toContain('externalReference.0.id: too long');
    expect(viewText(view)).toContain('Trata says: value is not a valid email address');
  });

  it('shows the form again when no error names a field', () => {
    const response = outcomeResponse(rejected([{ path: [], message: 'body is malformed' }]), draft, signer);
    expect(response.response_action).toBe('update');
  });

  it.each<[string, Outcome]>([
    ['created', created()],
    ['duplicates', { kind: 'duplicates', matches: [prospect], origin }],
    ['failed', failed('trataDown')],
  ])('a %s outcome replaces the view', (_kind, outcome) => {
    expect(outcomeResponse(outcome, draft, signer)).toEqual({
      response_action: 'update',
      view: outcomeView(outcome, draft, signer),
    });
  });
});

describe('outcomeMessage (the modal was closed: a private message with a Try again button)', () => {
  it.each(REASONS)('a %s failure never points at a form the person no longer has', (reason) => {
    const text = outcomeMessage(failed(reason));
    expect(text).not.toContain(FORM_HINT);
    expect(text).toMatch(/^:warning: /);
  });

  it.each(RETRYABLE)('a %s failure says to use Try again below', (reason) => {
    expect(outcomeMessage(failed(reason))).toContain(BUTTON_HINT);
  });

  it('a rejection lists what Trata refused and points at Try again', () => {
    const text = outcomeMessage(
      rejected([
        { path: ['email'], message: 'value is not a valid email address' },
        { path: ['externalReference', 0, 'id'], message: 'too <long>' },
      ]),
    );
    expect(text).toContain('• Trata says: value is not a valid email address');
    expect(text).toContain('• externalReference.0.id: too &lt;long&gt;');
    expect(text).toContain('*Try again* below');
    expect(text).not.toContain(FORM_HINT);
  });

  it('possible duplicates say nothing was created and point at Try again', () => {
    const text = outcomeMessage({ kind: 'duplicates', matches: [prospect], origin });
    expect(text).toContain('Nothing was created yet');
    expect(text).toContain(BUTTON_HINT);
    expect(text).not.toContain(FORM_HINT);
  });

  it('a created prospect is named with its id and where its card went', () => {
    expect(outcomeMessage(created())).toBe(
      ':white_check_mark: *Jane Doe* (`pro.jane`) is now a Trata prospect. Its card is posted in <#C0SALES>.',
    );
    expect(outcomeMessage(created(true))).toContain('Using the existing Trata prospect *Jane Doe*');
  });
});

describe('outcomeView', () => {
  it.each(RETRYABLE)(
    'a %s failure shows the form again, with what was typed, saying to press Create prospect',
    (reason) => {
      const view = outcomeView(failed(reason), draft, signer);
      expect(view.callback_id).toBe(CALLBACK.prospectModal);
      expect(view.submit?.text).toBe('Create prospect');
      expect(banner(view)).toContain(FORM_HINT);
      expect(viewText(view)).not.toContain(BUTTON_HINT);
      for (const typed of ['Jane Doe', 'jane@acme', '+1 415 555 0134', 'Met at the webinar']) {
        expect(viewText(view)).toContain(typed);
      }
    },
  );

  it.each(REASONS)('a %s failure keeps the form and never mentions a Try again button', (reason) => {
    const view = outcomeView(failed(reason), draft, signer);
    expect(view.callback_id).toBe(CALLBACK.prospectModal);
    expect(banner(view)).toBeTruthy();
    expect(viewText(view)).not.toContain('Try again');
  });

  it('a failed form carries the recheck, so submitting again looks Trata up before creating', () => {
    const view = outcomeView(failed('trataUnknown'), draft, signer);
    expect(decodeOrigin(view.private_metadata, signer)).toEqual({ ...origin, recheck: true });
  });

  it('possible duplicates show the form with the choice to make before anything is created', () => {
    const view = outcomeView({ kind: 'duplicates', matches: [prospect], origin }, draft, signer);
    expect(banner(view)).toContain('Nothing was created yet');
    expect(view.blocks.some((b) => b.block_id === BLOCK.duplicateChoice)).toBe(true);
    expect(viewText(view)).toContain('use:pro.jane');
  });

  it('a created outcome is a done view naming the prospect and where its card went', () => {
    const view = outcomeView(created(), draft, signer);
    expect(view.submit).toBeUndefined();
    expect(viewText(view)).toContain('*Jane Doe* is now a Trata prospect');
    expect(viewText(view)).toContain('Its card is posted in <#C0SALES>.');
  });
});
