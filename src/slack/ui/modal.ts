import type { KnownBlock, ModalView } from '@slack/types';
import { MAX_FIELD_LENGTH, MAX_NOTES_LENGTH, type ProspectDraft } from '../../domain/draft.js';
import { statusLabel } from '../../domain/status.js';
import { type Prospect, parseTrataTime } from '../../trata/schemas.js';
import { ACTION, BLOCK, CALLBACK } from '../ids.js';
import { encodeOrigin, type Origin } from '../payloads/origin.js';
import type { PayloadSigner } from '../payloads/signer.js';
import { prospectName } from './card.js';
import { MESSAGES } from './messages.js';
import { statusOptions } from './status-options.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from './text.js';

export const MODAL_TITLE = 'New Trata prospect';
export const SUBMIT_LABEL = 'Create prospect';

export interface ModalOptions {
  /** Shown at the top of the form: why it came back (Trata down, a refused value, …). */
  banner?: string | undefined;
  /** Errors shown under fields when the form is re-sent with views.update (response_action errors is no longer possible). */
  fieldErrors?: Partial<Record<keyof ProspectDraft, string>> | undefined;
  /** Prospects Trata already has with this email or phone: the person must choose before anything is created. */
  duplicates?: Prospect[] | undefined;
  /** Signs the origin in private_metadata: a submission whose metadata the app did not sign is refused. */
  signer: PayloadSigner;
}

export const CREATE_ANYWAY = 'create';
/** Values of the destination choice. */
export const DESTINATION = { channel: 'channel', me: 'me' } as const;
export const USE_PREFIX = 'use:';
const MAX_DUPLICATES_SHOWN = 5;

function duplicateChoice(duplicates: Prospect[]): KnownBlock {
  const options = duplicates.slice(0, MAX_DUPLICATES_SHOWN).map((p) => {
    const created = parseTrataTime(p.createdAt);
    return {
      text: plain(truncate(`Use ${prospectName(p)} (${statusLabel(p.status)})`, 75), 75),
      description: plain(
        truncate(`${p.id}${created ? ` · created ${created.toISOString().slice(0, 10)}` : ''}`, 75),
        75,
      ),
      value: `${USE_PREFIX}${p.id}`.slice(0, 75),
    };
  });
  options.push({
    text: plain('Create a new prospect anyway', 75),
    description: plain('Trata will then have two records for this person', 75),
    value: CREATE_ANYWAY,
  });
  return {
    type: 'input',
    block_id: BLOCK.duplicateChoice,
    label: plain('Trata already has this person — what should happen?'),
    element: { type: 'radio_buttons', action_id: ACTION.duplicateChoice, options },
  };
}

/** Where the card will be posted, as the person will read it in the modal. */
export function destinationText(origin: Origin): string {
  if (!origin.channelId) return 'The prospect card will be sent to you in a direct message.';
  if (origin.source === 'shortcut' && origin.threadTs) {
    return `The prospect card will be posted in the lead’s thread in <#${origin.channelId}>.`;
  }
  return `The prospect card will be posted in <#${origin.channelId}>.`;
}

/** The destination choice: the conversation (default) or only the person, by DM. Absent without a channel. */
function destinationChoice(origin: Origin): KnownBlock | undefined {
  if (!origin.channelId) return undefined;
  const where =
    origin.source === 'shortcut' && origin.threadTs
      ? `the lead’s thread in <#${origin.channelId}>`
      : `<#${origin.channelId}>`;
  const options = [
    { text: mrkdwn(MESSAGES.destinationChannel(where), 75), value: DESTINATION.channel },
    { text: plain(MESSAGES.destinationMe, 75), value: DESTINATION.me },
  ];
  return {
    type: 'input',
    block_id: BLOCK.cardDestination,
    label: plain('Where should the card go?'),
    element: {
      type: 'radio_buttons',
      action_id: ACTION.cardDestination,
      options,
      initial_option: origin.destination === 'me' ? options[1] : options[0],
    },
  };
}

/** The prospect's fields, as both the new-prospect and the Edit details forms show them. */
export function prospectFieldBlocks(
  draft: ProspectDraft,
  fieldErrors: Partial<Record<keyof ProspectDraft, string>> | undefined,
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const errorUnder = (field: keyof ProspectDraft) => {
    const error = fieldErrors?.[field];
    if (error) blocks.push({ type: 'context', elements: [mrkdwn(`:x: ${escapeMrkdwn(error)}`, 2000)] });
  };
  const text = (block: string, action: string, label: string, value: string, extra: object) => ({
    type: 'input' as const,
    block_id: block,
    // Slack shows "(optional)" beside each: true of each one alone; the hint above says one is needed.
    optional: true,
    label: plain(label),
    element: {
      type: 'plain_text_input' as const,
      action_id: action,
      max_length: MAX_FIELD_LENGTH,
      ...extra,
      ...(value ? { initial_value: truncate(value, MAX_FIELD_LENGTH) } : {}),
    },
  });
  blocks.push(text(BLOCK.name, ACTION.name, 'Name', draft.name, { placeholder: plain('Jane Doe', 150) }));
  errorUnder('name');
  blocks.push({ type: 'context', elements: [mrkdwn(`:information_source: ${MESSAGES.contactHint}`)] });
  blocks.push({
    type: 'input',
    block_id: BLOCK.email,
    optional: true,
    label: plain('Email'),
    element: {
      type: 'email_text_input',
      action_id: ACTION.email,
      placeholder: plain('jane@acme.io', 150),
      ...(draft.email ? { initial_value: truncate(draft.email, MAX_FIELD_LENGTH) } : {}),
    },
  });
  errorUnder('email');
  blocks.push({
    ...text(BLOCK.phone, ACTION.phone, 'Phone number', draft.phone, {
      placeholder: plain('+1 415 555 0134', 150),
    }),
    hint: plain('Include the country code for numbers outside your region.'),
  });
  errorUnder('phone');
  const options_ = statusOptions();
  blocks.push({
    type: 'input',
    block_id: BLOCK.status,
    label: plain('Status'),
    hint: plain(MESSAGES.aiAgentStatusHint),
    element: {
      type: 'static_select',
      action_id: ACTION.status,
      options: options_,
      initial_option: options_.find((o) => o.value === draft.status) ?? options_[0],
    },
  });
  errorUnder('status');
  blocks.push({
    type: 'input',
    block_id: BLOCK.notes,
    optional: true,
    label: plain('Notes'),
    element: {
      type: 'plain_text_input',
      action_id: ACTION.notes,
      multiline: true,
      max_length: MAX_NOTES_LENGTH,
      placeholder: plain('Context for whoever follows up', 150),
      ...(draft.notes ? { initial_value: truncate(draft.notes, MAX_NOTES_LENGTH) } : {}),
    },
  });
  errorUnder('notes');
  return blocks;
}

export function buildProspectModal(draft: ProspectDraft, origin: Origin, options: ModalOptions): ModalView {
  const blocks: KnownBlock[] = [];
  if (options.banner) {
    blocks.push({ type: 'section', block_id: BLOCK.formError, text: mrkdwn(`:warning: ${options.banner}`) });
  }
  if (options.duplicates?.length) blocks.push(duplicateChoice(options.duplicates));
  blocks.push(...prospectFieldBlocks(draft, options.fieldErrors));
  const destination = destinationChoice(origin);
  if (destination) blocks.push(destination);

  const where = [destinationText(origin)];
  if (origin.permalink) where.push(`Source: <${origin.permalink}|the lead message>`);
  blocks.push({ type: 'context', block_id: BLOCK.destination, elements: [mrkdwn(where.join('\n'))] });

  return {
    type: 'modal',
    callback_id: CALLBACK.prospectModal,
    title: plain(MODAL_TITLE, 24),
    submit: plain(SUBMIT_LABEL, 24),
    close: plain('Cancel', 24),
    private_metadata: encodeOrigin(origin, options.signer),
    blocks,
  };
}
