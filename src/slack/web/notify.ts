import type { KnownBlock } from '@slack/types';
import type { ProspectDraft } from '../../domain/draft.js';
import { statusLabel } from '../../domain/status.js';
import { ACTION } from '../ids.js';
import type { Origin } from '../payloads/origin.js';
import { encodeRetryPayload } from '../payloads/retry-payload.js';
import type { PayloadSigner } from '../payloads/signer.js';
import { escapeMrkdwn, mrkdwn, plain, truncate } from '../ui/text.js';
import type { SlackApi } from './client.js';

/**
 * Tells the person something privately when the modal is gone: an ephemeral message in the
 * conversation they started from, or a DM from the app when that is not possible.
 * With `retry`, the message repeats what they typed and offers a "Try again" button that reopens the form.
 */
export async function notifyPrivately(
  client: Pick<SlackApi, 'chat'>,
  origin: Origin,
  text: string,
  options: { retry?: { draft: ProspectDraft; origin: Origin; signer: PayloadSigner } | undefined } = {},
): Promise<'ephemeral' | 'dm' | 'failed'> {
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(text) }];
  if (options.retry) {
    const { draft } = options.retry;
    const typed = [
      draft.name && `*Name:* ${escapeMrkdwn(draft.name)}`,
      draft.email && `*Email:* ${escapeMrkdwn(draft.email)}`,
      draft.phone && `*Phone:* ${escapeMrkdwn(draft.phone)}`,
      `*Status:* ${statusLabel(draft.status)}`,
      draft.notes && `*Notes:* ${escapeMrkdwn(truncate(draft.notes, 2000))}`,
    ].filter(Boolean);
    blocks.push({ type: 'section', text: mrkdwn(truncate(typed.join('\n'), 3000)) });
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTION.retrySubmission,
          style: 'primary',
          text: plain('Try again', 75),
          value: encodeRetryPayload({ draft, origin: options.retry.origin }, options.retry.signer),
        },
      ],
    });
  }
  const fallback = text.replace(/[*_`]/g, '');
  if (origin.channelId) {
    try {
      await client.chat.postEphemeral({
        channel: origin.channelId,
        user: origin.userId,
        text: fallback,
        blocks,
      });
      return 'ephemeral';
    } catch {
      // Not possible there (private channel without the app, archived…): a DM always reaches the person.
    }
  }
  try {
    await client.chat.postMessage({ channel: origin.userId, text: fallback, blocks });
    return 'dm';
  } catch {
    return 'failed';
  }
}
