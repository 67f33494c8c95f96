import { type DraftField, type DraftProblem, type ProspectDraft, validateDraft } from '../domain/draft.js';
import type { Origin } from '../slack/payloads/origin.js';
import type { Delivery } from '../slack/web/deliver-card.js';
import type { Prospect } from '../trata/schemas.js';
import { type FailureReason, type SubmitDeps, submitProspect } from './submit.js';
import { toProspectInput } from './to-trata.js';

/**
 * Capture without a form (a Workflow Builder step, a watched channel in auto mode): the same
 * validation, duplicate check, create and card as the form, through the same use case. Where the form
 * would ask the person about a duplicate, the existing prospect is used and nothing is created.
 */

export type CaptureOutcome =
  | { kind: 'captured'; prospect: Prospect; created: boolean; delivery: Delivery }
  | { kind: 'invalid'; problems: Partial<Record<DraftField, DraftProblem>> }
  | { kind: 'rejected'; details: string[] }
  | { kind: 'failed'; reason: FailureReason };

/** How a prospect got into Trata without a form, recorded with its Slack source. */
export type CaptureVia = 'workflow_step' | 'watched_channel';

export async function captureProspect(
  deps: SubmitDeps,
  request: { draft: ProspectDraft; origin: Origin; via: CaptureVia },
): Promise<CaptureOutcome> {
  const validation = validateDraft(request.draft, { defaultRegion: deps.defaultRegion });
  if (!validation.ok) return { kind: 'invalid', problems: validation.errors };
  const input = toProspectInput(validation.value, request.origin);
  for (const ref of input.externalReference ?? []) {
    ref.providerProps = { ...ref.providerProps, via: request.via };
  }
  let outcome = await submitProspect(deps, { input, origin: request.origin, choice: undefined });
  if (outcome.kind === 'duplicates') {
    // Newest first is what a person would pick; Trata's order is not documented.
    const [existing] = [...outcome.matches].sort((a, b) =>
      (b.createdAt ?? '').localeCompare(a.createdAt ?? ''),
    );
    if (existing) {
      deps.logger.info({ prospect: existing.id }, 'existing prospect used: nothing created');
      outcome = await submitProspect(deps, {
        input,
        origin: request.origin,
        choice: { kind: 'use', prospectId: existing.id },
      });
    }
  }
  switch (outcome.kind) {
    case 'created':
      return {
        kind: 'captured',
        prospect: outcome.prospect,
        created: !outcome.existing,
        delivery: outcome.delivery,
      };
    case 'rejected':
      return {
        kind: 'rejected',
        details: [...Object.entries(outcome.fields).map(([f, m]) => `${f}: ${m}`), ...outcome.other],
      };
    case 'failed':
      return { kind: 'failed', reason: outcome.reason };
    default:
      return { kind: 'failed', reason: 'trataBadAnswer' };
  }
}
