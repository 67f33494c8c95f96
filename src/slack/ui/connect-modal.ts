import type { ModalView } from '@slack/types';
import { ACTION, BLOCK, CALLBACK } from '../ids.js';
import { mrkdwn, plain } from './text.js';

/** The modal asking a workspace admin for the Trata API key; it is checked before it is saved. */
export function buildConnectTrataModal(options: { replacing: boolean }): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACK.connectTrata,
    title: plain(options.replacing ? 'Replace Trata key' : 'Connect Trata', 24),
    submit: plain(options.replacing ? 'Replace key' : 'Connect', 24),
    close: plain('Cancel', 24),
    blocks: [
      {
        type: 'section',
        text: mrkdwn(
          'Paste an API key from the Trata dashboard. The app checks it with Trata before saving it, stores it encrypted, and uses it only for this workspace.',
        ),
      },
      {
        type: 'input',
        block_id: BLOCK.trataKey,
        label: plain('Trata API key'),
        element: {
          type: 'plain_text_input',
          action_id: ACTION.trataKey,
          placeholder: plain('Your Trata API key', 150),
          max_length: 512,
        },
      },
    ],
  };
}
