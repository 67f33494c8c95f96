import type { App, ViewSubmitAction } from '@slack/bolt';
import { validateDraft } from '../../domain/draft.js';
import { toProspectInput } from '../../prospects/to-trata.js';
import { budgetLeft, settleWithin } from '../../runtime/settle-within.js';
import { CALLBACK } from '../../slack/ids.js';
import { errorsByBlock, parseSubmission } from '../../slack/payloads/view-state.js';
import { fieldProblemTexts, MESSAGES } from '../../slack/ui/messages.js';
import { buildNoticeView, buildWorkingView, outcomeResponse } from '../../slack/ui/outcome.js';
import { type ListenerDeps, trataOf, workspaceOf } from '../context.js';

/**
 * The prospect form's submission. Invalid input is answered inline and never reaches Trata.
 * A valid form is journaled, then goes to the use case (prospects/durable-submit.ts → submit.ts); if
 * that finishes inside the ack budget the modal shows the outcome straight away, otherwise it turns
 * into a "Creating…" view that is updated when the outcome is known. The same form sent twice shows
 * the first one's outcome. This file holds the back-pressure policy and the answers to Slack.
 */

/**
 * Under a burst (a webinar ends, hundreds of leads arrive) every submission competes for the same CPU:
 * past this many in flight, the form answers "Creating…" at once rather than risk Slack's 3 s.
 */
const BUSY_SUBMISSIONS = 8;
/** The longest deferred work waits for other requests' answers before going ahead anyway. */
const MAX_DEFER_MS = 1500;

export function register(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(
    { callback_id: CALLBACK.prospectModal, type: 'view_submission' },
    async ({ ack, view, body, context }) => {
      // Signed by the app and opened for this very user, or refused like any unreadable form.
      const parsed = parseSubmission(view, { signer: deps.signer, userId: body.user.id });
      if (!parsed.ok) {
        deps.logger.warn(
          { reason: parsed.reason, user: body.user?.id },
          'refused a prospect form that could not be read',
        );
        await ack({ response_action: 'update', view: buildNoticeView(MESSAGES.formUnreadable) });
        return;
      }
      const { draft, origin, choice } = parsed;
      const validation = validateDraft(draft, { defaultRegion: deps.defaultRegion });
      if (!validation.ok) {
        const errors = fieldProblemTexts(validation.errors, deps.defaultRegion);
        await ack({ response_action: 'errors', errors: errorsByBlock(errors) });
        return;
      }
      const workspace = workspaceOf(context);
      trataOf(workspace);
      const input = toProspectInput(validation.value, origin);
      const busy = deps.submissions.pending >= BUSY_SUBMISSIONS;
      // In the store before anything is answered or sent to Trata: a crash from here on loses nothing.
      const submitted = await deps.submissions.submit({
        workspace,
        ids: {
          installationKey: workspace.key,
          teamId: origin.teamId,
          enterpriseId: origin.enterpriseId ?? workspace.enterpriseId,
          isEnterpriseInstall: context.isEnterpriseInstall === true,
        },
        request: { draft, input, origin, choice, viewId: view.id },
        // Acknowledged already with "Creating…": let the requests still waiting for an answer go first.
        defer: busy ? () => deps.unanswered.drained(MAX_DEFER_MS) : undefined,
      });
      // Slack's 3 s run from when the request arrived: time spent queued behind a burst counts.
      const budget = busy ? 0 : budgetLeft(context.receivedAt, deps.ackBudgetMs);
      const early = budget > 0 ? await settleWithin(submitted.outcome, budget) : undefined;

      try {
        if (early) {
          await ack(outcomeResponse(early, draft, deps.signer));
          submitted.answered('outcome');
          return;
        }
        await ack({
          response_action: 'update',
          view: buildWorkingView(validation.value.name ?? validation.value.email ?? 'the prospect'),
        });
      } finally {
        // Answered "Creating…" (or not at all): the outcome replaces the modal, or is told privately.
        submitted.answered('working');
      }
    },
  );
}
