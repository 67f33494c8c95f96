import { createHash } from 'node:crypto';
import { type DraftField, type DraftProblem, emptyDraft, type ProspectDraft } from '../domain/draft.js';
import { DEFAULT_STATUS } from '../domain/status.js';
import { extractFromText } from '../extract/index.js';
import { type CaptureOutcome, captureProspect } from '../prospects/capture.js';
import type { FailureReason } from '../prospects/submit.js';
import type { Origin } from '../slack/payloads/origin.js';
import { prospectName } from '../slack/ui/card.js';
import { CAPTURE_MESSAGES } from '../slack/ui/messages.js';
import type { SlackApi } from '../slack/web/client.js';
import { slackErrorCode } from '../slack/web/errors.js';
import type { CaptureDeps, StoredIds } from './deps.js';

/**
 * The Workflow Builder step "Create a Trata prospect" (callback id `create_prospect`). Its run is a
 * capture row keyed by the function_execution_id: a retried function_executed finds the row and does
 * nothing; a run cut short is finished by the sweep (resume.ts), looking Trata up by the submission key
 * before creating. The outcome is recorded before Slack is told, so telling Slack can be retried alone.
 */

/** What the step keeps to run again: the draft it will create, never the lead text itself. */
export interface StepRequest {
  executionId: string;
  ids: StoredIds;
  draft: ProspectDraft;
  channelId?: string;
  messageTs?: string;
}

export type StepResult = { outputs: StepOutputs; prospectId: string } | { error: string };

export interface StepOutputs {
  prospect_id: string;
  prospect_name: string;
  status: string;
  created: boolean;
}

/** Completes the execution in Slack: Bolt's complete/fail (the workflow token), or the bot token when resumed. */
export interface StepCompleter {
  success(outputs: StepOutputs): Promise<unknown>;
  error(message: string): Promise<unknown>;
}

export const stepKey = (executionId: string) => `step:${executionId}`;

/** Slack answers these when the execution was already completed (or is gone): nothing more to do. */
const ALREADY_COMPLETED = new Set(['execution_not_in_running_state', 'function_execution_not_found']);

const MAX_NOTES = 3000;

/** The inputs as a draft: typed inputs win; empty ones are filled from `lead_text` by the extractor. */
export function draftFromInputs(inputs: Record<string, unknown>, defaultRegion: string): ProspectDraft {
  const text = (name: string) => {
    const v = inputs[name];
    return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
  };
  const leadText = text('lead_text');
  const lead = leadText ? extractFromText(leadText, { defaultRegion }) : {};
  const status =
    text('status')
      .toUpperCase()
      .replace(/[\s-]+/g, '_') || DEFAULT_STATUS;
  const notes = text('notes') || leadText;
  return emptyDraft({
    name: text('name') || lead.name || '',
    email: text('email') || lead.email || '',
    phone: text('phone') || lead.phone || '',
    status: status as ProspectDraft['status'],
    notes: Array.from(notes).slice(0, MAX_NOTES).join(''),
  });
}

/** The card's origin: in `channel_id`, threaded on `message_ts`; the source is that channel or message. */
function stepOrigin(request: StepRequest, recheck: boolean): Origin {
  return {
    // A card threaded on the source message, as for the message shortcut.
    source: 'shortcut',
    teamId: request.ids.teamId ?? request.ids.enterpriseId ?? '',
    ...(request.ids.enterpriseId ? { enterpriseId: request.ids.enterpriseId } : {}),
    ...(request.channelId ? { channelId: request.channelId } : {}),
    // A workflow has no person behind it: nobody to DM when the card cannot be posted.
    userId: '',
    ...(request.messageTs ? { messageTs: request.messageTs, threadTs: request.messageTs } : {}),
    submissionKey: submissionKeyOf(`step:${request.executionId}`),
    ...(recheck ? { recheck: true } : {}),
  };
}

/** A stable submission key (≤ 64 chars) for a capture key: Trata is looked up by it after a crash. */
export function submissionKeyOf(captureKey: string): string {
  return `cap-${createHash('sha256').update(captureKey).digest('base64url').slice(0, 32)}`;
}

/** Runs the step (create or find, card) and tells Slack. `recheck`: it may have run before. */
export async function runStep(
  deps: CaptureDeps,
  request: StepRequest,
  completer: (slack: Pick<SlackApi, 'functions'>) => StepCompleter,
  recheck: boolean,
): Promise<void> {
  const key = stepKey(request.executionId);
  const log = deps.logger.child({ capture: key });
  const workspace = await deps.workspaces.resolve(request.ids);
  let result: StepResult;
  if (!workspace) {
    log.warn('workflow step from a workspace the app is not installed in');
    await deps.store.update(key, { state: 'done', result: { error: 'not installed' } });
    return;
  }
  if (!workspace.trata) {
    result = { error: CAPTURE_MESSAGES.stepNotConnected };
  } else {
    const outcome = await captureProspect(
      {
        trata: workspace.trata,
        slack: workspace.slack,
        respond: deps.respond,
        defaultRegion: deps.defaultRegion,
        logger: log,
      },
      { draft: request.draft, origin: stepOrigin(request, recheck), via: 'workflow_step' },
    );
    result = stepResult(outcome, request.draft, deps.defaultRegion);
  }
  await deps.store.update(key, {
    state: 'completing',
    result,
    ...('prospectId' in result ? { prospectId: result.prospectId } : {}),
  });
  await finishStep(deps, key, result, completer(workspace.slack));
}

/** Tells Slack the recorded outcome; a failure to tell leaves the row for the sweep to try again. */
export async function finishStep(
  deps: CaptureDeps,
  key: string,
  result: StepResult,
  completer: StepCompleter,
): Promise<void> {
  try {
    if ('outputs' in result) await completer.success(result.outputs);
    else await completer.error(result.error);
  } catch (error) {
    const code = slackErrorCode(error);
    if (!code || !ALREADY_COMPLETED.has(code)) {
      deps.logger.warn({ err: error, capture: key }, 'could not complete the workflow step; will try again');
      return;
    }
    deps.logger.info({ capture: key, slackError: code }, 'workflow step was already completed');
  }
  await deps.store.update(key, { state: 'done' });
}

/** Completing with the bot token (a resumed run has no workflow token). */
export function botCompleter(executionId: string) {
  return (slack: Pick<SlackApi, 'functions'>): StepCompleter => ({
    success: (outputs) =>
      slack.functions.completeSuccess({ function_execution_id: executionId, outputs: { ...outputs } }),
    error: (message) => slack.functions.completeError({ function_execution_id: executionId, error: message }),
  });
}

function stepResult(outcome: CaptureOutcome, draft: ProspectDraft, region: string): StepResult {
  switch (outcome.kind) {
    case 'captured':
      return {
        prospectId: outcome.prospect.id,
        outputs: {
          prospect_id: outcome.prospect.id,
          prospect_name: prospectName(outcome.prospect),
          status: outcome.prospect.status,
          created: outcome.created,
        },
      };
    case 'invalid':
      return { error: invalidSentence(outcome.problems, draft, region) };
    case 'rejected':
      return { error: CAPTURE_MESSAGES.stepRejected(outcome.details) };
    case 'failed':
      return { error: FAILURE_SENTENCES[outcome.reason] };
  }
}

const FAILURE_SENTENCES: Record<FailureReason, string> = {
  trataAuth: CAPTURE_MESSAGES.stepTrataAuth,
  trataDown: CAPTURE_MESSAGES.stepTrataDown,
  trataUnknown: CAPTURE_MESSAGES.stepTrataUnknown,
  trataBadAnswer: CAPTURE_MESSAGES.stepTrataBadAnswer,
  existingGone: CAPTURE_MESSAGES.stepExistingGone,
};

function invalidSentence(
  problems: Partial<Record<DraftField, DraftProblem>>,
  draft: ProspectDraft,
  region: string,
): string {
  if (problems.email === 'needContact') return CAPTURE_MESSAGES.stepNeedsContact;
  if (problems.email === 'invalidEmail') return CAPTURE_MESSAGES.stepInvalidEmail(draft.email);
  if (problems.phone === 'invalidPhone') return CAPTURE_MESSAGES.stepInvalidPhone(draft.phone, region);
  if (problems.status) return CAPTURE_MESSAGES.stepInvalidStatus(draft.status);
  return CAPTURE_MESSAGES.stepTooLong;
}
