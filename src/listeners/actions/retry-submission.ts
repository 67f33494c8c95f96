import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { decodeRetryPayload } from '../../slack/payloads/retry-payload.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { openProspectForm } from '../open-form.js';

/** "Try again" from a private failure notice: the form reopens with what the person typed. */
export function retrySubmission(deps: AppDeps) {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const payload = decodeRetryPayload('value' in action ? action.value : undefined);
    if (!payload) {
      deps.logger.warn({ user: body.user.id }, 'refused a Try again button whose value could not be read');
      await respond({ response_type: 'ephemeral', replace_original: false, text: MESSAGES.formUnreadable });
      return;
    }
    // The same submission key: if the earlier attempt did reach Trata, the retry finds it instead of duplicating.
    const origin = { ...payload.origin, recheck: true };
    await openProspectForm(deps, { triggerId: body.trigger_id, draft: payload.draft, origin, client });
  };
}
