import type { Logger } from 'pino';
import type { DraftField } from '../domain/draft.js';
import type { Origin } from '../slack/payloads/origin.js';
import type { DuplicateChoice } from '../slack/payloads/view-state.js';
import { buildProspectCard } from '../slack/ui/card.js';
import type { SlackApi, SlackWeb } from '../slack/web/client.js';
import { type Delivery, deliverCard } from '../slack/web/deliver-card.js';
import { ClaimLostError } from '../store/submissions.js';
import type { TrataClient } from '../trata/client.js';
import {
  TrataAuthError,
  TrataNotFoundError,
  TrataResponseError,
  TrataUnavailableError,
  TrataValidationError,
} from '../trata/errors.js';
import type { Prospect, ProspectInput } from '../trata/schemas.js';
import { findDuplicates } from './duplicates.js';
import { mapTrataErrors } from './to-trata.js';

/**
 * A validated form's use case: find or create the prospect the person asked for, then post its card.
 * The outcome is data; the Slack layer decides how to show it (slack/ui/outcome.ts).
 */

/** Why a submission could not finish, for the person to read (worded in slack/ui/messages.ts). */
export type FailureReason = 'trataAuth' | 'trataDown' | 'trataUnknown' | 'trataBadAnswer' | 'existingGone';

export type Outcome =
  | { kind: 'created'; prospect: Prospect; delivery: Delivery; existing: boolean; checkSkipped: boolean }
  | { kind: 'duplicates'; matches: Prospect[]; origin: Origin }
  | { kind: 'rejected'; fields: Partial<Record<DraftField, string>>; other: string[]; origin: Origin }
  | { kind: 'failed'; reason: FailureReason; origin: Origin };

export interface SubmitDeps {
  trata: TrataClient;
  slack: SlackApi;
  respond: SlackWeb['respond'];
  defaultRegion: string;
  /** A link to the prospect in Trata on its card (TRATA_APP_URL), when set. */
  trataAppUrl?: string | undefined;
  logger: Logger;
}

export interface SubmitRequest {
  input: ProspectInput;
  origin: Origin;
  choice: DuplicateChoice | undefined;
}

/**
 * What a submission has done so far, as the journal keeps it (src/prospects/durable-submit.ts): a
 * submission taken up again after a crash starts from here instead of from the beginning.
 */
export interface SubmitSteps {
  /** The duplicate check is done (or was skipped because Trata's look-up failed). */
  checked?: { skipped: boolean };
  /** A create was sent: its answer may have been lost, so look the prospect up before sending again. */
  createSent?: boolean;
  /** The prospect: created by this submission, or the existing one the person chose. */
  prospect?: Prospect;
  existing?: boolean;
  /** Where the card went; once set, the card is never posted again. */
  delivery?: Delivery;
}

/** Records each step's outcome before the next step starts; a failed write stops the submission. */
export type RecordSteps = (steps: SubmitSteps) => Promise<void>;

/**
 * A record this submission already made (after a lost answer) is reused; a chosen existing record is
 * used; otherwise Trata is checked for the same email or phone, and nothing is created while a
 * match waits for the person's choice. With `progress`, steps already recorded are not done again,
 * and each new one is recorded as it finishes.
 */
export async function submitProspect(
  deps: SubmitDeps,
  request: SubmitRequest,
  progress: { steps: SubmitSteps; record: RecordSteps; lookFirst?: boolean } = {
    steps: {},
    record: async () => undefined,
  },
): Promise<Outcome> {
  const { trata, logger: log } = deps;
  const { input, origin, choice } = request;
  const steps: SubmitSteps = { ...progress.steps };
  const record = async (patch: SubmitSteps) => {
    Object.assign(steps, patch);
    await progress.record({ ...steps });
  };
  let prospect = steps.prospect;
  const existing = () => steps.existing ?? false;
  const checkSkipped = () => steps.checked?.skipped ?? false;
  if (!prospect) {
    try {
      if (steps.createSent) {
        // The create may have reached Trata: never send it again before looking.
        prospect = await trata.findBySubmissionKey(origin.submissionKey, input);
      } else if (origin.recheck || progress.lookFirst) {
        prospect = await trata.findBySubmissionKey(origin.submissionKey, input).catch(() => undefined);
      }
      if (!prospect && choice?.kind === 'use') {
        prospect = await trata.getProspect(choice.prospectId);
        await record({ prospect, existing: true });
      }
      if (!prospect && !choice && !steps.checked) {
        const check = await findDuplicates(trata, input, origin.submissionKey, deps.defaultRegion);
        if (check.status === 'skipped') {
          log.warn({ reason: check.reason }, 'duplicate check skipped: Trata look-up failed');
        } else if (check.ours) {
          prospect = check.ours;
        } else if (check.matches.length > 0) {
          log.info({ matches: check.matches.map((m) => m.id) }, 'possible duplicate: asking the person');
          return { kind: 'duplicates', matches: check.matches, origin };
        }
        steps.checked = { skipped: check.status === 'skipped' };
      }
      if (!prospect) {
        await record({ createSent: true });
        prospect = await trata.createProspect(input, { submissionKey: origin.submissionKey });
        log.info({ prospect: prospect.id }, 'prospect created');
      }
      if (!steps.prospect) await record({ prospect });
    } catch (error) {
      if (error instanceof ClaimLostError) throw error;
      return failureOutcome(error, origin, log);
    }
  }
  let delivery = steps.delivery;
  if (!delivery) {
    delivery = await deliverCard(
      buildProspectCard(prospect, { existing: existing(), trataUrl: deps.trataAppUrl }),
      origin,
      {
        client: deps.slack,
        respond: deps.respond,
      },
    );
    if (delivery.where !== 'channel' && delivery.where !== 'thread') {
      log.warn({ prospect: prospect.id, delivery }, 'card not posted where the form was opened');
    }
    steps.delivery = delivery;
  }
  return { kind: 'created', prospect, delivery, existing: existing(), checkSkipped: checkSkipped() };
}

function failureOutcome(error: unknown, origin: Origin, log: Logger): Outcome {
  // A form that comes back after a failure looks Trata up before creating again.
  const retryOrigin: Origin = { ...origin, recheck: true };
  if (error instanceof TrataValidationError) {
    log.info({ fieldErrors: error.fieldErrors }, 'Trata refused the prospect');
    return { kind: 'rejected', ...mapTrataErrors(error.fieldErrors), origin };
  }
  if (error instanceof TrataNotFoundError) return { kind: 'failed', reason: 'existingGone', origin };
  if (error instanceof TrataAuthError) {
    log.error({ status: error.status }, error.message);
    return { kind: 'failed', reason: 'trataAuth', origin: retryOrigin };
  }
  if (error instanceof TrataUnavailableError) {
    log.warn({ reason: error.reason, outcome: error.outcome }, 'Trata unavailable past the retry budget');
    const reason = error.outcome === 'unknown' ? 'trataUnknown' : 'trataDown';
    return { kind: 'failed', reason, origin: retryOrigin };
  }
  if (error instanceof TrataResponseError) log.error({ err: error }, 'Trata answered outside its contract');
  else log.error({ err: error }, 'unexpected error creating a prospect');
  return { kind: 'failed', reason: 'trataBadAnswer', origin: retryOrigin };
}
