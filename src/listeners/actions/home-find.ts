import type { App, BlockAction } from '@slack/bolt';
import { ACTION } from '../../slack/ids.js';
import { buildFindModal } from '../../slack/ui/find-results.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import { type ListenerDeps, workspaceOf } from '../context.js';

/** "Find a prospect" on the Home tab: the search form (views.open first: the trigger lives 3 s). */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { action_id: ACTION.homeFind, type: 'block_actions' },
    async ({ ack, body, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      await workspace.slack.views
        .open({ trigger_id: body.trigger_id, view: buildFindModal() })
        .catch((error: unknown) =>
          deps.logger.warn(
            { err: error, slackError: slackErrorCode(error) },
            'could not open the search form',
          ),
        );
    },
  );
}
