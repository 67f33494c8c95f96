import type { ViewResponseAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import type { ProspectDraft } from '../../domain/draft.js';
import type { FailureReason, Outcome } from '../../prospects/submit.js';
import type { Prospect } from '../../trata/schemas.js';
import type { UndoValue } from '../payloads/card-action.js';
import type { PayloadSigner } from '../payloads/signer.js';
import { errorsByBlock } from '../payloads/view-state.js';
import { deliveryText } from '../web/deliver-card.js';
import { prospectName } from './card.js';
import { undoBlock } from './edit-modal.js';
import { MESSAGES, RETRY, type RetryHint } from './messages.js';
import { buildProspectModal, MODAL_TITLE } from './modal.js';
import { escapeMrkdwn, mrkdwn, plain } from './text.js';

/**
 * How a submission's outcome is shown: in the modal (answering the submission, or updating the
 * "Creating…" view), or in a private message when the modal was closed.
 */

type Created = Extract<Outcome, { kind: 'created' }>;

/** The answer to the submission itself: inline field errors when they say it all, else a new view. */
export function outcomeResponse(
  outcome: Outcome,
  draft: ProspectDraft,
  signer: PayloadSigner,
): ViewResponseAction {
  const fieldOnly =
    outcome.kind === 'rejected' && outcome.other.length === 0 && Object.keys(outcome.fields).length > 0;
  if (outcome.kind === 'rejected' && fieldOnly) {
    return { response_action: 'errors', errors: errorsByBlock(outcome.fields) };
  }
  return { response_action: 'update', view: outcomeView(outcome, draft, signer) };
}

/**
 * The modal showing the outcome: what was created, or the form again with what was typed and why.
 * `signer` signs the form's origin (see ModalOptions.signer).
 */
export function outcomeView(outcome: Outcome, draft: ProspectDraft, signer: PayloadSigner): ModalView {
  switch (outcome.kind) {
    case 'created':
      return buildCreatedView(outcome.prospect, createdDetails(outcome), {
        existing: outcome.existing,
        undo: undoFor(outcome),
        signer,
      });
    case 'duplicates':
      return buildProspectModal(draft, outcome.origin, {
        banner: MESSAGES.duplicateFound,
        duplicates: outcome.matches,
        signer,
      });
    case 'rejected':
      return buildProspectModal(draft, outcome.origin, {
        banner: [MESSAGES.trataRejected, ...outcome.other].join('\n'),
        fieldErrors: outcome.fields,
        signer,
      });
    case 'failed':
      return buildProspectModal(draft, outcome.origin, {
        banner: failureBanner(outcome.reason, RETRY.form),
        signer,
      });
  }
}

/** The private message telling the person the outcome when the modal is gone. */
export function outcomeMessage(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'created': {
      const name = `*${escapeMrkdwn(prospectName(outcome.prospect))}* (\`${escapeMrkdwn(outcome.prospect.id)}\`)`;
      const details = createdDetails(outcome);
      return outcome.existing ? MESSAGES.usedExisting(name, details) : MESSAGES.created(name, details);
    }
    case 'duplicates':
      return `:warning: ${MESSAGES.duplicateFoundPrivately}`;
    case 'rejected':
      return `:warning: ${MESSAGES.trataRejectedList([...Object.values(outcome.fields), ...outcome.other].map(escapeMrkdwn))}`;
    case 'failed':
      return `:warning: ${failureBanner(outcome.reason, RETRY.button)}`;
  }
}

export function failureBanner(reason: FailureReason, retry: RetryHint): string {
  switch (reason) {
    case 'trataAuth':
      return MESSAGES.trataAuth;
    case 'trataBadAnswer':
      return MESSAGES.trataBadAnswer;
    case 'existingGone':
      return MESSAGES.existingGone(retry);
    case 'trataDown':
      return MESSAGES.trataDown(retry);
    case 'trataUnknown':
      return MESSAGES.trataUnknown(retry);
  }
}

function createdDetails(outcome: Created): string {
  return [deliveryText(outcome.delivery), outcome.checkSkipped ? MESSAGES.duplicateCheckSkipped : '']
    .filter(Boolean)
    .join('\n');
}

/** Shown while Trata is slow: the submission is acknowledged, the outcome replaces this view. */
export function buildWorkingView(name: string): ModalView {
  return {
    type: 'modal',
    title: plain(MODAL_TITLE, 24),
    close: plain('Close', 24),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          `:hourglass_flowing_sand: Creating *${escapeMrkdwn(name)}* in Trata… Trata is taking longer than usual. You can close this window: you’ll get a message when it’s done.`,
        ),
      },
    ],
  };
}

/** Shown when the prospect exists: what was created and where its card went. */
export function buildCreatedView(
  prospect: Prospect,
  whereText: string,
  options: { existing?: boolean; undo?: UndoValue | undefined; signer?: PayloadSigner } = {},
): ModalView {
  const name = `*${escapeMrkdwn(prospectName(prospect))}*`;
  const id = `\`${escapeMrkdwn(prospect.id)}\``;
  const what = options.existing
    ? `Using the existing Trata prospect ${name} (${id}).`
    : `${name} is now a Trata prospect (${id}).`;
  return {
    type: 'modal',
    title: plain(MODAL_TITLE, 24),
    close: plain('Done', 24),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(`:white_check_mark: ${what}\n${whereText}`),
      },
      // Only its creator sees this modal: Undo lives here, never on the card everyone shares.
      ...(options.undo && options.signer ? [undoBlock(options.undo, options.signer)] : []),
    ],
  };
}

/** Undo for a prospect this submission created: its creator, and the card to replace (when known). */
function undoFor(outcome: Created): UndoValue | undefined {
  const userId = outcome.prospect.prospectProps.slackUserId;
  if (outcome.existing || typeof userId !== 'string') return undefined;
  const { delivery } = outcome;
  const card =
    delivery.where === 'channel' || delivery.where === 'thread'
      ? { channelId: delivery.channelId, ts: delivery.ts }
      : {};
  return { prospectId: outcome.prospect.id, userId, ...card };
}

/** A final notice in the modal (e.g. a failure with nothing left to retry). */
export function buildNoticeView(text: string): ModalView {
  return {
    type: 'modal',
    title: plain(MODAL_TITLE, 24),
    close: plain('Close', 24),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  };
}
