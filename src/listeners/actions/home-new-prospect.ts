import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { emptyDraft } from '../../domain/draft.js';
import { openProspectForm } from '../open-form.js';

/** "New prospect" on the Home tab: the same form; the card is sent to the person by DM (there is no channel). */
export function homeNewProspect(deps: AppDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    await openProspectForm(deps, {
      triggerId: body.trigger_id,
      client,
      draft: emptyDraft(),
      origin: {
        source: 'home',
        teamId: body.team?.id ?? body.user.team_id ?? '',
        userId: body.user.id,
        submissionKey: deps.newSubmissionKey(),
      },
    });
  };
}
