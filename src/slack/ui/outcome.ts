import type { ModalView } from '@slack/types';
import type { Prospect } from '../../trata/schemas.js';
import { prospectName } from './card.js';
import { MODAL_TITLE } from './modal.js';
import { escapeMrkdwn, mrkdwn, plain } from './text.js';

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
  options: { existing?: boolean } = {},
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
    ],
  };
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
