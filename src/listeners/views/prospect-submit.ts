import type { App, ViewSubmitAction } from '@slack/bolt';
import { type ProspectDraft, validateDraft } from '../../domain/draft.js';
import { type Outcome, type SubmitDeps, submitProspect } from '../../prospects/submit.js';
import { toProspectInput } from '../../prospects/to-trata.js';
import { Limiter } from '../../runtime/limiter.js';
import { CALLBACK } from '../../slack/ids.js';
import type { Origin } from '../../slack/payloads/origin.js';
import type { PayloadSigner } from '../../slack/payloads/signer.js';
import { errorsByBlock, parseSubmission } from '../../slack/payloads/view-state.js';
import { fieldProblemTexts, MESSAGES } from '../../slack/ui/messages.js';
import {
  buildNoticeView,
  buildWorkingView,
  outcomeMessage,
  outcomeResponse,
  outcomeView,
} from '../../slack/ui/outcome.js';
import { notifyPrivately } from '../../slack/web/notify.js';
import { type ListenerDeps, trataOf, workspaceOf } from '../context.js';

/**
 * The prospect form's submission. Invalid input is answered inline and never reaches Trata.
 * A valid form goes to the use case (prospects/submit.ts); if that finishes inside the ack budget the
 * modal shows the outcome straight away, otherwise it turns into a "Creating…" view that is updated
 * when the outcome is known. This file holds the back-pressure policy and the answers to Slack.
 */

/**
 * Under a burst (a webinar ends, hundreds of leads arrive) every submission competes for the same CPU:
 * past this many in flight, the form answers "Creating…" at once rather than risk Slack's 3 s.
 */
const BUSY_SUBMISSIONS = 8;
/** Submissions worked on at once; the rest queue (already acknowledged with "Creating…"). */
const CONCURRENT_SUBMISSIONS = 64;
/** The longest deferred work waits for other requests' answers before going ahead anyway. */
const MAX_DEFER_MS = 1500;

export function register(app: App, deps: ListenerDeps): void {
  const limiter = new Limiter(CONCURRENT_SUBMISSIONS);
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
      const submit: SubmitDeps = {
        trata: trataOf(workspace),
        slack: workspace.slack,
        respond: deps.respond,
        defaultRegion: deps.defaultRegion,
        logger: deps.logger.child({
          submission: origin.submissionKey,
          user: origin.userId,
          channel: origin.channelId,
        }),
      };
      const input = toProspectInput(validation.value, origin);
      const busy = limiter.pending >= BUSY_SUBMISSIONS;
      const work = limiter.run(async () => {
        // Acknowledged already with "Creating…": let the requests still waiting for an answer go first.
        if (busy) await deps.unanswered.drained(MAX_DEFER_MS);
        return submitProspect(submit, { input, origin, choice });
      });
      // Slack's 3 s run from when the request arrived: time spent queued behind a burst counts.
      const arrived = typeof context.receivedAt === 'number' ? context.receivedAt : Date.now();
      const budget = busy ? 0 : Math.max(0, deps.ackBudgetMs - (Date.now() - arrived));
      const early = budget > 0 ? await settleWithin(work, budget) : undefined;

      if (early) {
        await ack(outcomeResponse(early, draft, deps.signer));
        return;
      }
      await ack({
        response_action: 'update',
        view: buildWorkingView(validation.value.name ?? validation.value.email ?? 'the prospect'),
      });
      // Answered: the rest runs on its own, so the request and its payload can be let go meanwhile.
      const viewId = view.id;
      deps.background(() => showOutcome(submit, { work, viewId, draft, origin, signer: deps.signer }));
    },
  );
}

/** Shows the outcome in the modal, which says "Creating…"; if it was closed, tells the person privately. */
async function showOutcome(
  deps: SubmitDeps,
  pending: {
    work: Promise<Outcome>;
    viewId: string;
    draft: ProspectDraft;
    origin: Origin;
    signer: PayloadSigner;
  },
): Promise<void> {
  const { viewId, draft, origin, signer } = pending;
  const outcome = await pending.work;
  try {
    await deps.slack.views.update({ view_id: viewId, view: outcomeView(outcome, draft, signer) });
  } catch (error) {
    // The person closed the modal: tell them privately, and for a failure give them a way back to their details.
    deps.logger.info({ err: error }, 'modal closed before the outcome; telling the user privately');
    await notifyPrivately(deps.slack, origin, outcomeMessage(outcome), {
      retry: outcome.kind === 'created' ? undefined : { draft, origin: outcome.origin, signer },
    });
  }
}

/** Resolves with the value if the promise settles within `ms`, else undefined (the promise keeps running). */
async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
