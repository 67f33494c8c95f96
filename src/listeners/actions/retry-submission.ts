import type { App, BlockAction } from '@slack/bolt';
import { ACTION } from '../../slack/ids.js';
import { decodeRetryPayload } from '../../slack/payloads/retry-payload.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { type ListenerDeps, workspaceOf } from '../context.js';
import { openProspectForm } from '../open-form.js';

/** Through the app's own respond, which posts only to Slack's hosts (never Bolt's, which posts anywhere). */
async function tellPrivately(deps: ListenerDeps, body: BlockAction, text: string): Promise<void> {
  const told =
    body.response_url !== undefined &&
    (await deps.respond(body.response_url, { response_type: 'ephemeral', replace_original: false, text }));
  if (!told) deps.logger.warn({ user: body.user.id }, 'could not tell the user their Try again was refused');
}

/** "Try again" from a private failure notice: the form reopens with what the person typed. */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { action_id: ACTION.retrySubmission, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      // Signed by the app and pressed by the person whose form it was, or refused.
      const payload = decodeRetryPayload('value' in action ? action.value : undefined, deps.signer);
      if (!payload || payload.origin.userId !== body.user.id) {
        deps.logger.warn(
          { user: body.user.id, readable: payload !== undefined },
          'refused a Try again button that is not this user’s or could not be read',
        );
        await tellPrivately(deps, body, MESSAGES.formUnreadable);
        return;
      }
      const workspace = workspaceOf(context);
      // The same submission key: if the earlier attempt did reach Trata, the retry finds it instead of duplicating.
      const origin = { ...payload.origin, recheck: true };
      await openProspectForm({ respond: deps.respond, logger: deps.logger, signer: deps.signer }, workspace, {
        triggerId: body.trigger_id,
        draft: payload.draft,
        origin,
      });
    },
  );
}
