import type { App } from '@slack/bolt';
import { toStoredIds } from '../../capture/deps.js';
import {
  draftFromInputs,
  runStep,
  type StepCompleter,
  type StepRequest,
  stepKey,
} from '../../capture/step.js';
import { FUNCTION } from '../../slack/ids.js';
import { CAPTURE_MESSAGES } from '../../slack/ui/messages.js';
import type { ListenerDeps } from '../context.js';

/**
 * The Workflow Builder step "Create a Trata prospect" (Slack's function_executed). Acknowledged only
 * once its capture row is in the store: Slack delivers the event again if the app dies before that,
 * and a retried delivery (same function_execution_id) finds the row and does nothing more. The work
 * runs after the ack; the row lets any instance finish it after a crash (capture/index.ts).
 */
export function register(app: App, deps: ListenerDeps): void {
  app.function(
    FUNCTION.createProspect,
    { autoAcknowledge: false },
    async ({ ack, inputs, body, context, complete, fail }) => {
      const event = body.event;
      const executionId = event.function_execution_id;
      const captures = deps.captures;
      if (!captures) {
        await ack();
        await fail({ error: CAPTURE_MESSAGES.stepNoStore });
        return;
      }
      const channelId = typeof inputs.channel_id === 'string' ? inputs.channel_id : undefined;
      const messageTs = typeof inputs.message_ts === 'string' ? inputs.message_ts : undefined;
      const request: StepRequest = {
        executionId,
        ids: toStoredIds({
          teamId: context.teamId,
          enterpriseId: context.enterpriseId,
          isEnterpriseInstall: context.isEnterpriseInstall,
        }),
        draft: draftFromInputs(inputs, deps.defaultRegion),
        ...(channelId ? { channelId } : {}),
        ...(messageTs ? { messageTs } : {}),
      };
      const key = stepKey(executionId);
      const workspaceKey =
        context.isEnterpriseInstall && context.enterpriseId
          ? context.enterpriseId
          : (context.teamId ?? context.enterpriseId ?? '');
      const begun = await captures.store.begin(
        { key, installationKey: workspaceKey, kind: 'step', request },
        captures.deps.leaseMs,
      );
      await ack();
      if (!begun) {
        deps.logger.info(
          { capture: key, retry: context.retryNum },
          'workflow step already received: not run again',
        );
        return;
      }
      // The workflow's own token completes it while the run is live; a resumed run uses the bot token.
      const live: StepCompleter = {
        success: (outputs) => complete({ outputs: { ...outputs } }),
        error: (message) => fail({ error: message }),
      };
      deps.background(() => runStep(captures.deps, request, () => live, false));
    },
  );
}
