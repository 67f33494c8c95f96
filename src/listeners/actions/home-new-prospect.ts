import type { App, BlockAction } from '@slack/bolt';
import { emptyDraft } from '../../domain/draft.js';
import { ACTION } from '../../slack/ids.js';
import { type ListenerDeps, workspaceOf } from '../context.js';
import { openProspectForm } from '../open-form.js';

/** "New prospect" on the Home tab: the same form; the card is sent to the person by DM (there is no channel). */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { action_id: ACTION.homeNewProspect, type: 'block_actions' },
    async ({ ack, body, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      const enterpriseId = body.enterprise?.id;
      await openProspectForm({ respond: deps.respond, logger: deps.logger, signer: deps.signer }, workspace, {
        triggerId: body.trigger_id,
        draft: emptyDraft(),
        origin: {
          source: 'home',
          teamId: body.team?.id ?? body.user.team_id ?? '',
          ...(enterpriseId ? { enterpriseId } : {}),
          userId: body.user.id,
          submissionKey: deps.newSubmissionKey(),
        },
      });
    },
  );
}
