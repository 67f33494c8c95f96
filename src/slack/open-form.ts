import type { AppDeps } from '../deps.js';
import type { ProspectDraft } from '../domain/draft.js';
import { buildProspectModal } from './blocks/modal.js';
import { postToResponseUrl, slackErrorCode } from './errors.js';
import { MESSAGES } from './messages.js';
import type { Origin } from './origin.js';

const EXPIRED = new Set(['expired_trigger_id', 'exchanged_trigger_id', 'invalid_trigger_id']);

/**
 * Opens the prospect modal. Called right after ack() and before any other network call: the trigger
 * lives 3 seconds. If Slack refuses, the person is told through the response_url instead of a spinner.
 */
export async function openProspectForm(
  deps: AppDeps,
  args: { triggerId: string; draft: ProspectDraft; origin: Origin },
): Promise<{ id: string; hash: string } | undefined> {
  try {
    const res = await deps.quickClient.views.open({
      trigger_id: args.triggerId,
      view: buildProspectModal(args.draft, args.origin),
    });
    return res.view?.id ? { id: res.view.id, hash: res.view.hash ?? '' } : undefined;
  } catch (error) {
    const code = slackErrorCode(error) ?? 'unknown_error';
    deps.logger.warn({ err: error, slackError: code, source: args.origin.source }, 'views.open failed');
    if (args.origin.responseUrl) {
      await postToResponseUrl(args.origin.responseUrl, {
        response_type: 'ephemeral',
        text: EXPIRED.has(code) ? MESSAGES.openFailed : MESSAGES.openFailedOther,
      });
    }
    return undefined;
  }
}
