import { z } from 'zod';
import { type DraftField, emptyDraft, type ProspectDraft } from '../../domain/draft.js';
import { DEFAULT_STATUS } from '../../domain/status.js';
import { ACTION, BLOCK } from '../ids.js';
import { CREATE_ANYWAY, DESTINATION, USE_PREFIX } from '../ui/modal.js';
import { decodeOrigin, type Origin } from './origin.js';
import type { PayloadSigner } from './signer.js';

/**
 * Turns a submitted prospect modal into a draft (what the person typed) and its origin.
 * Everything is parsed with zod: a crafted payload gets a clean refusal, never a crash.
 */

export const FIELD_BLOCKS: Record<DraftField, string> = {
  name: BLOCK.name,
  email: BLOCK.email,
  phone: BLOCK.phone,
  status: BLOCK.status,
  notes: BLOCK.notes,
};

const textInput = z.object({ value: z.string().max(10_000).nullish() });
const selectInput = z.object({ selected_option: z.object({ value: z.string().max(100) }).nullish() });
const stateSchema = z.object({
  values: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/** What the person chose when Trata already had someone with these details. */
export type DuplicateChoice = { kind: 'create' } | { kind: 'use'; prospectId: string };

export type ParsedSubmission =
  | { ok: true; draft: ProspectDraft; origin: Origin; choice: DuplicateChoice | undefined }
  | { ok: false; reason: string };

type StateValues = Record<string, Record<string, unknown>>;

function duplicateChoice(values: StateValues): DuplicateChoice | undefined {
  const selected = selectInput.safeParse(inputValue(values, BLOCK.duplicateChoice, ACTION.duplicateChoice));
  const value = selected.success ? selected.data.selected_option?.value : undefined;
  if (value === CREATE_ANYWAY) return { kind: 'create' };
  if (value?.startsWith(USE_PREFIX) && value.length > USE_PREFIX.length) {
    return { kind: 'use', prospectId: value.slice(USE_PREFIX.length) };
  }
  return undefined;
}

function inputValue(values: StateValues, block: string, action: string): unknown {
  return values[block]?.[action];
}

function text(values: StateValues, block: string, action: string): string {
  const parsed = textInput.safeParse(inputValue(values, block, action));
  return parsed.success ? (parsed.data.value ?? '') : '';
}

/** The draft in a view's state values; absent or malformed inputs read as empty. */
function draftFromValues(values: StateValues): ProspectDraft {
  const status = selectInput.safeParse(inputValue(values, BLOCK.status, ACTION.status));
  const statusValue = status.success ? status.data.selected_option?.value : undefined;
  return emptyDraft({
    name: text(values, BLOCK.name, ACTION.name),
    email: text(values, BLOCK.email, ACTION.email),
    phone: text(values, BLOCK.phone, ACTION.phone),
    notes: text(values, BLOCK.notes, ACTION.notes),
    // A missing selection defaults to New; an unknown value is kept so validation names it.
    status: (statusValue ?? DEFAULT_STATUS) as ProspectDraft['status'],
  });
}

const viewSchema = z.object({ state: z.unknown(), private_metadata: z.unknown() });

/**
 * `from.userId` is the user the submission comes from: a form is only ever submitted by the person
 * it was opened for, so anyone else's is refused like a forged one.
 */
export function parseSubmission(
  view: unknown,
  from: { signer: PayloadSigner; userId: string },
): ParsedSubmission {
  const parsed = viewSchema.safeParse(view);
  if (!parsed.success) return { ok: false, reason: 'the view is missing' };
  const origin = decodeOrigin(parsed.data.private_metadata, from.signer);
  if (!origin) return { ok: false, reason: 'private_metadata is not a form origin the app signed' };
  if (origin.userId !== from.userId) return { ok: false, reason: 'the form was opened for another user' };
  const state = stateSchema.safeParse(parsed.data.state);
  if (!state.success) return { ok: false, reason: 'view.state.values is malformed' };
  const { values } = state.data;
  return {
    ok: true,
    draft: draftFromValues(values),
    origin: withDestination(origin, values),
    choice: duplicateChoice(values),
  };
}

/** The form's "where should the card go" choice, carried on in the origin (signed again with it). */
function withDestination(origin: Origin, values: StateValues): Origin {
  const selected = selectInput.safeParse(inputValue(values, BLOCK.cardDestination, ACTION.cardDestination));
  const value = selected.success ? selected.data.selected_option?.value : undefined;
  if (value === DESTINATION.me) return { ...origin, destination: 'me' };
  if (value === DESTINATION.channel) {
    const { destination: _ignored, ...rest } = origin;
    return rest;
  }
  return origin;
}

/** What was typed in a view with the prospect fields (the Edit details form): absent inputs read as empty. */
export function draftFromView(view: unknown): ProspectDraft | undefined {
  const parsed = z.object({ state: stateSchema }).safeParse(view);
  return parsed.success ? draftFromValues(parsed.data.state.values) : undefined;
}

/** Field errors keyed by the input block they belong under (for response_action "errors"). */
export function errorsByBlock(errors: Partial<Record<DraftField, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors) as [DraftField, string][]) {
    out[FIELD_BLOCKS[field]] = message;
  }
  return out;
}
