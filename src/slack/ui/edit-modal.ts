import type { KnownBlock, ModalView } from '@slack/types';
import { cleanLine, cleanMultiline } from '../../domain/clean-text.js';
import { emptyDraft, type ProspectDraft } from '../../domain/draft.js';
import { formatPhone } from '../../domain/phone.js';
import { DEFAULT_STATUS, isProspectStatus } from '../../domain/status.js';
import { UNDO_WINDOW_MINUTES } from '../../prospects/undo.js';
import type { Prospect } from '../../trata/schemas.js';
import { ACTION, BLOCK, CALLBACK } from '../ids.js';
import { type EditMeta, encodeSigned, type UndoValue } from '../payloads/card-action.js';
import type { PayloadSigner } from '../payloads/signer.js';
import { MESSAGES } from './messages.js';
import { prospectFieldBlocks } from './modal.js';
import { escapeMrkdwn, mrkdwn, plain } from './text.js';

export const EDIT_TITLE = 'Edit prospect';

/** The form's fields as Trata has them now (a phone in international format, as people write it). */
export function draftFromProspect(prospect: Prospect): ProspectDraft {
  const notes = prospect.prospectProps.notes;
  return emptyDraft({
    name: cleanLine(prospect.name ?? ''),
    email: cleanLine(prospect.email ?? ''),
    phone: prospect.phoneNumber ? formatPhone(cleanLine(prospect.phoneNumber)) : '',
    status: isProspectStatus(prospect.status) ? prospect.status : DEFAULT_STATUS,
    notes: typeof notes === 'string' ? cleanMultiline(notes) : '',
  });
}

/** Undo, offered privately to the prospect's creator (never on the shared card). */
export function undoBlock(value: UndoValue, signer: PayloadSigner): KnownBlock {
  return {
    type: 'section',
    block_id: BLOCK.undo,
    text: mrkdwn(MESSAGES.undoHint(UNDO_WINDOW_MINUTES)),
    accessory: {
      type: 'button',
      action_id: ACTION.undo,
      style: 'danger',
      text: plain('Undo', 75),
      value: encodeSigned(value, signer),
      confirm: {
        title: plain('Remove this prospect?', 100),
        text: plain('It is deleted from Trata, and its card says it was removed.', 300),
        confirm: plain('Remove', 30),
        deny: plain('Keep it', 30),
      },
    },
  };
}

export interface EditModalOptions {
  signer: PayloadSigner;
  banner?: string | undefined;
  fieldErrors?: Partial<Record<keyof ProspectDraft, string>> | undefined;
  /** Set for the creator within Undo's 10 minutes. */
  undo?: UndoValue | undefined;
}

/** Edit details: the prospect's fields prefilled; the signed metadata names the record and its updatedAt. */
export function buildEditModal(draft: ProspectDraft, meta: EditMeta, options: EditModalOptions): ModalView {
  const blocks: KnownBlock[] = [];
  if (options.banner) {
    blocks.push({ type: 'section', block_id: BLOCK.formError, text: mrkdwn(`:warning: ${options.banner}`) });
  }
  blocks.push(...prospectFieldBlocks(draft, options.fieldErrors));
  blocks.push({
    type: 'context',
    elements: [
      mrkdwn(
        `Saving replaces these details in Trata and updates the card. Trata ID \`${escapeMrkdwn(meta.prospectId)}\``,
      ),
    ],
  });
  if (options.undo) blocks.push({ type: 'divider' }, undoBlock(options.undo, options.signer));
  return {
    type: 'modal',
    callback_id: CALLBACK.editModal,
    title: plain(EDIT_TITLE, 24),
    submit: plain('Save', 24),
    close: plain('Cancel', 24),
    private_metadata: encodeSigned(meta, options.signer),
    blocks,
  };
}

/** A modal with one message (loading, saved, removed, a failure). */
export function buildEditNotice(text: string): ModalView {
  return {
    type: 'modal',
    title: plain(EDIT_TITLE, 24),
    close: plain('Close', 24),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  };
}
