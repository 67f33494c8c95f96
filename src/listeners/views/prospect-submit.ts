import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewResponseAction } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { type ProspectDraft, validateDraft } from '../../domain/draft.js';
import { findDuplicates } from '../../prospects/duplicates.js';
import { mapTrataErrors, toProspectInput } from '../../prospects/to-trata.js';
import { Limiter } from '../../runtime/limiter.js';
import type { Origin } from '../../slack/payloads/origin.js';
import { type DuplicateChoice, errorsByBlock, parseSubmission } from '../../slack/payloads/view-state.js';
import { buildProspectCard, prospectName } from '../../slack/ui/card.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { buildProspectModal } from '../../slack/ui/modal.js';
import { buildCreatedView, buildNoticeView, buildWorkingView } from '../../slack/ui/outcome.js';
import { escapeMrkdwn } from '../../slack/ui/text.js';
import { type Delivery, deliverCard, deliveryText } from '../../slack/web/deliver-card.js';
import { notifyPrivately } from '../../slack/web/notify.js';
import {
  TrataAuthError,
  TrataNotFoundError,
  TrataResponseError,
  TrataUnavailableError,
  TrataValidationError,
} from '../../trata/errors.js';
import type { Prospect, ProspectInput } from '../../trata/schemas.js';

/**
 * The prospect form's submission. Invalid input is answered inline and never reaches Trata.
 * A valid form is created in Trata and its card posted; if that finishes inside the ack budget the
 * modal shows the outcome straight away, otherwise it turns into a "Creating…" view that is updated
 * when the outcome is known. Failures bring the form back with what was typed and the reason.
 */

type Outcome =
  | { kind: 'created'; prospect: Prospect; delivery: Delivery; existing: boolean; checkSkipped: boolean }
  | { kind: 'duplicates'; matches: Prospect[]; origin: Origin }
  | {
      kind: 'rejected';
      fields: Partial<Record<keyof ProspectDraft, string>>;
      other: string[];
      origin: Origin;
    }
  | { kind: 'failed'; banner: string; origin: Origin };

/**
 * Under a burst (a webinar ends, hundreds of leads arrive) every submission competes for the same CPU:
 * past this many in flight, the form answers "Creating…" at once rather than risk Slack's 3 s.
 */
const BUSY_SUBMISSIONS = 8;
/** Submissions worked on at once; the rest queue (already acknowledged with "Creating…"). */
const CONCURRENT_SUBMISSIONS = 64;
/** The longest deferred work waits for other requests' answers before going ahead anyway. */
const MAX_DEFER_MS = 1500;

export function prospectSubmit(deps: AppDeps) {
  const limiter = new Limiter(CONCURRENT_SUBMISSIONS);
  return async ({
    ack,
    view,
    body,
    client,
    context,
  }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const parsed = parseSubmission(view);
    if (!parsed.ok) {
      deps.logger.warn(
        { reason: parsed.reason, user: body.user?.id },
        'refused a prospect form that could not be read',
      );
      await ack({ response_action: 'update', view: buildNoticeView(MESSAGES.formUnreadable) });
      return;
    }
    const { draft, origin, choice } = parsed;
    const validation = validateDraft(draft, { defaultRegion: deps.config.defaultPhoneRegion });
    if (!validation.ok) {
      await ack({ response_action: 'errors', errors: errorsByBlock(validation.errors) });
      return;
    }

    const input = toProspectInput(validation.value, origin);
    const log = deps.logger.child({
      submission: origin.submissionKey,
      user: origin.userId,
      channel: origin.channelId,
    });
    const busy = limiter.pending >= BUSY_SUBMISSIONS;
    const work = limiter.run(async () => {
      // Acknowledged already with "Creating…": let the requests still waiting for an answer go first.
      if (busy) await deps.unanswered.drained(MAX_DEFER_MS);
      return resolveAndDeliver(deps, { input, origin, choice }, log);
    });
    // Slack's 3 s run from when the request arrived: time spent queued behind a burst counts.
    const arrived = typeof context.receivedAt === 'number' ? context.receivedAt : Date.now();
    const budget = busy ? 0 : Math.max(0, deps.ackBudgetMs - (Date.now() - arrived));
    const early = budget > 0 ? await settleWithin(work, budget) : undefined;

    if (early) {
      await ack(responseFor(early, draft));
      return;
    }
    await ack({
      response_action: 'update',
      view: buildWorkingView(validation.value.name ?? validation.value.email ?? 'the prospect'),
    });
    // Answered: the rest runs on its own, so the request and its payload can be let go meanwhile.
    const viewId = view.id;
    deps.background(() => showOutcome(deps, client, { work, viewId, draft, origin, log }));
  };
}

/** Shows the outcome in the modal, which says "Creating…"; if it was closed, tells the person privately. */
async function showOutcome(
  deps: AppDeps,
  client: AllMiddlewareArgs['client'],
  pending: {
    work: Promise<Outcome>;
    viewId: string;
    draft: ProspectDraft;
    origin: Origin;
    log: AppDeps['logger'];
  },
): Promise<void> {
  const { viewId, draft, origin, log } = pending;
  const outcome = await pending.work;
  try {
    await deps.slackApi.views.update({ view_id: viewId, view: viewFor(outcome, draft) });
  } catch (error) {
    // The person closed the modal: tell them privately, and for a failure give them a way back to their details.
    log.info({ err: error }, 'modal closed before the outcome; telling the user privately');
    await notifyPrivately(
      client,
      origin,
      outcome.kind === 'created' ? createdText(outcome) : failureText(outcome),
      { retry: outcome.kind === 'created' ? undefined : { draft, origin: outcome.origin } },
    );
  }
}

/**
 * Finds or creates the prospect the person asked for, then posts its card:
 * a record this submission already made (after a lost answer) is reused; a chosen existing record is
 * used; otherwise Trata is checked for the same email or phone, and nothing is created while a
 * match waits for the person's choice.
 */
async function resolveAndDeliver(
  deps: AppDeps,
  request: { input: ProspectInput; origin: Origin; choice: DuplicateChoice | undefined },
  log: AppDeps['logger'],
): Promise<Outcome> {
  const { input, origin, choice } = request;
  let prospect: Prospect | undefined;
  let existing = false;
  let checkSkipped = false;
  try {
    if (origin.recheck) {
      prospect = await deps.trata.findBySubmissionKey(origin.submissionKey, input).catch(() => undefined);
    }
    if (!prospect && choice?.kind === 'use') {
      prospect = await deps.trata.getProspect(choice.prospectId);
      existing = true;
    }
    if (!prospect && !choice) {
      const check = await findDuplicates(
        deps.trata,
        input,
        origin.submissionKey,
        deps.config.defaultPhoneRegion,
      );
      if (check.status === 'skipped') {
        checkSkipped = true;
        log.warn({ reason: check.reason }, 'duplicate check skipped: Trata look-up failed');
      } else if (check.ours) {
        prospect = check.ours;
      } else if (check.matches.length > 0) {
        log.info({ matches: check.matches.map((m) => m.id) }, 'possible duplicate: asking the person');
        return { kind: 'duplicates', matches: check.matches, origin };
      }
    }
    if (!prospect) {
      prospect = await deps.trata.createProspect(input, { submissionKey: origin.submissionKey });
      log.info({ prospect: prospect.id }, 'prospect created');
    }
  } catch (error) {
    return failureOutcome(error, origin, log);
  }
  const delivery = await deliverCard(buildProspectCard(prospect, { existing }), origin, {
    client: deps.slackApi,
  });
  if (delivery.where !== 'channel' && delivery.where !== 'thread') {
    log.warn({ prospect: prospect.id, delivery }, 'card not posted where the form was opened');
  }
  return { kind: 'created', prospect, delivery, existing, checkSkipped };
}

function failureOutcome(error: unknown, origin: Origin, log: AppDeps['logger']): Outcome {
  // A form that comes back after a failure looks Trata up before creating again.
  const retryOrigin: Origin = { ...origin, recheck: true };
  if (error instanceof TrataValidationError) {
    log.info({ fieldErrors: error.fieldErrors }, 'Trata refused the prospect');
    return { kind: 'rejected', ...mapTrataErrors(error.fieldErrors), origin };
  }
  if (error instanceof TrataNotFoundError) {
    return { kind: 'failed', banner: MESSAGES.existingGone, origin };
  }
  if (error instanceof TrataAuthError) {
    log.error({ status: error.status }, error.message);
    return { kind: 'failed', banner: MESSAGES.trataAuth, origin: retryOrigin };
  }
  if (error instanceof TrataUnavailableError) {
    log.warn({ reason: error.reason, outcome: error.outcome }, 'Trata unavailable past the retry budget');
    return {
      kind: 'failed',
      banner: error.outcome === 'unknown' ? MESSAGES.trataUnknown : MESSAGES.trataDown,
      origin: retryOrigin,
    };
  }
  if (error instanceof TrataResponseError) {
    log.error({ err: error }, 'Trata answered outside its contract');
    return { kind: 'failed', banner: MESSAGES.trataBadAnswer, origin: retryOrigin };
  }
  log.error({ err: error }, 'unexpected error creating a prospect');
  return { kind: 'failed', banner: MESSAGES.trataBadAnswer, origin: retryOrigin };
}

function responseFor(outcome: Outcome, draft: ProspectDraft): ViewResponseAction {
  const fieldOnly =
    outcome.kind === 'rejected' && outcome.other.length === 0 && Object.keys(outcome.fields).length > 0;
  if (outcome.kind === 'rejected' && fieldOnly) {
    return { response_action: 'errors', errors: errorsByBlock(outcome.fields) };
  }
  return { response_action: 'update', view: viewFor(outcome, draft) };
}

function viewFor(outcome: Outcome, draft: ProspectDraft) {
  switch (outcome.kind) {
    case 'created':
      return buildCreatedView(outcome.prospect, outcomeDetails(outcome), { existing: outcome.existing });
    case 'duplicates':
      return buildProspectModal(draft, outcome.origin, {
        banner: MESSAGES.duplicateFound,
        duplicates: outcome.matches,
      });
    case 'rejected':
      return buildProspectModal(draft, outcome.origin, {
        banner: [MESSAGES.trataRejected, ...outcome.other].join('\n'),
        fieldErrors: outcome.fields,
      });
    case 'failed':
      return buildProspectModal(draft, outcome.origin, { banner: outcome.banner });
  }
}

function outcomeDetails(outcome: Extract<Outcome, { kind: 'created' }>): string {
  return [deliveryText(outcome.delivery), outcome.checkSkipped ? MESSAGES.duplicateCheckSkipped : '']
    .filter(Boolean)
    .join('\n');
}

function createdText(outcome: Extract<Outcome, { kind: 'created' }>): string {
  const name = `*${escapeMrkdwn(prospectName(outcome.prospect))}* (\`${escapeMrkdwn(outcome.prospect.id)}\`)`;
  const what = outcome.existing
    ? `Using the existing Trata prospect ${name}.`
    : `${name} is now a Trata prospect.`;
  return `:white_check_mark: ${what} ${outcomeDetails(outcome)}`;
}

function failureText(outcome: Exclude<Outcome, { kind: 'created' }>): string {
  if (outcome.kind === 'duplicates')
    return `:warning: ${MESSAGES.duplicateFound} Use *Try again* below to choose.`;
  if (outcome.kind === 'failed')
    return `:warning: ${outcome.banner.replace('press *Create prospect*', 'use *Try again* below')}`;
  const details = [...Object.values(outcome.fields), ...outcome.other].map((m) => `• ${escapeMrkdwn(m)}`);
  return `:warning: ${MESSAGES.trataRejected.replace(' — see the notes below each field', '')}:\n${details.join('\n')}\nUse *Try again* below to fix them — your details are kept.`;
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
