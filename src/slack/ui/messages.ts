import { type DraftField, type DraftProblem, FIELD_LIMITS } from '../../domain/draft.js';
import { COMMAND } from '../ids.js';

/**
 * Every sentence the person in Slack reads, in one place: constants, or functions of what varies,
 * so tests can assert them and editing a sentence never breaks another.
 */

/** How the person gets back to their details: the form is still open, or a private message offers a button. */
export const RETRY = { form: 'press *Create prospect*', button: 'use *Try again* below' } as const;
export type RetryHint = (typeof RETRY)[keyof typeof RETRY];

export const MESSAGES = {
  /** Under a form field, for each problem validation finds (see domain/draft.ts). */
  field: {
    invalidEmail: 'This doesn’t look like an email address — check it for typos (like name@company.com).',
    needContact: 'Add an email or a phone number so the team can reach this person.',
    invalidPhone: (region: string) =>
      `This doesn’t look like a phone number. Include the country code (like +44 20 7946 0958); numbers without one are read as ${region}.`,
    tooLong: (max: number) => `Keep this under ${max} characters.`,
    invalidStatus: 'Pick a status from the list.',
  },
  usage: [
    `*${COMMAND}* opens a form to add a prospect to Trata.`,
    `• \`${COMMAND}\` — an empty form`,
    `• \`${COMMAND} Jane Doe jane@acme.io +1 415 555 0134\` — the form filled in from what you type`,
    '• On any lead message: *More actions* (⋯) → *Create prospect* — the form filled in from the message, with the card posted in its thread',
    'The card with the new prospect is posted in the conversation where you started.',
  ].join('\n'),
  openFailed:
    ':warning: Sorry — Slack took too long to open the prospect form, so it expired. Please try again; nothing was lost.',
  openFailedOther: ':warning: Sorry — the prospect form couldn’t be opened. Please try again in a moment.',
  formUnreadable:
    ':warning: This form couldn’t be read (it may be from an older version of the app). Please close it and start again.',
  trataAuth:
    'The app’s connection to Trata isn’t set up correctly, so nothing was saved. Please ask whoever installed the app to check its Trata API key. Your details are still here.',
  trataDown: (retry: RetryHint) =>
    `Trata isn’t answering right now, so the prospect wasn’t created yet. Your details are still here — ${retry} to try again.`,
  trataUnknown: (retry: RetryHint) =>
    `Trata didn’t confirm whether the prospect was saved. Your details are still here — ${retry} to try again; if it was saved, you’ll get that record, not a duplicate.`,
  trataRejected: 'Trata refused some of these details — see the notes below each field.',
  trataRejectedList: (details: string[]) =>
    `Trata refused some of these details:\n${details.map((d) => `• ${d}`).join('\n')}\nUse *Try again* below to fix them — your details are kept.`,
  trataBadAnswer:
    'Trata answered in a way the app didn’t expect, so it can’t confirm the prospect was saved. Your details are still here — try again, and tell whoever installed the app if it keeps happening.',
  duplicateFound:
    'Trata already has a prospect with this email or phone. Nothing was created yet — choose below whether to use the existing one or create a new one anyway.',
  duplicateFoundPrivately:
    'Trata already has a prospect with this email or phone. Nothing was created yet — use *Try again* below to choose.',
  duplicateCheckSkipped:
    '_The duplicate check was skipped: Trata didn’t answer the look-up in time, so this may be a second record for the same person._',
  existingGone: (retry: RetryHint) =>
    `That existing prospect is no longer in Trata. Your details are still here — ${retry} to create a new one.`,
  created: (name: string, details: string) =>
    `:white_check_mark: ${name} is now a Trata prospect. ${details}`,
  usedExisting: (name: string, details: string) =>
    `:white_check_mark: Using the existing Trata prospect ${name}. ${details}`,
  connectKeyEmpty: 'Paste the API key from the Trata dashboard.',
  connectKeyRefused:
    'Trata refused this key. Check that you copied the whole key from the Trata dashboard, and that it is still active.',
  connectTrataDown:
    'Trata isn’t answering right now, so the key couldn’t be checked and nothing was saved. Please try again in a moment.',
  connectNotAllowed: (who: string) => `:lock: Only ${who} can connect Trata for this workspace.`,
  trataNotConnectedWho: (who: string) =>
    `:warning: Trata isn’t connected for this workspace yet, so prospects can’t be created. ${who} can connect it from the app’s Home tab (*Connect Trata*).`,
  trataKeyBroken: (who: string) =>
    `:warning: Trata refused this workspace’s API key, so prospects can’t be created right now. ${who} can replace the key from the app’s Home tab.`,
  trataNotConnected:
    ':warning: Trata isn’t connected for this workspace yet, so prospects can’t be created. Ask whoever installed the app to connect it from the app’s Home tab.',
  alreadyCaptured:
    'This message was already captured as a Trata prospect. Choose below to use that prospect (its card is posted again) or to create another one anyway.',
  statusProspectGone: ':warning: This prospect is no longer in Trata, so its status can’t be changed.',
  statusAuth:
    ':warning: The status wasn’t changed: the app’s connection to Trata isn’t set up correctly. Please ask whoever installed the app to check its Trata API key.',
  statusRejected: (label: string, why: string) => `:warning: Trata refused the status “${label}”: ${why}`,
  statusUnavailable: (label: string) =>
    `:warning: Trata isn’t answering right now, so the status wasn’t changed to “${label}”. Please try again in a moment.`,
  statusSavedCardStale: (label: string) =>
    `The status is now “${label}” in Trata, but the card couldn’t be refreshed in Slack.`,
  homeTrataAuth:
    'Trata refused the app’s API key, so prospects can’t be created or shown. Ask whoever installed the app to check TRATA_API_TOKEN.',
  homeTrataDown: 'Trata isn’t answering right now. Recent prospects will show when it is back.',
  unexpected: (correlationId: string) =>
    `:warning: Something went wrong on our side (reference \`${correlationId}\`). Nothing you typed was lost — please try again, and mention the reference if you report it.`,
} as const;

/** The sentence shown under a form field for what validation found wrong with it. */
export function fieldProblemText(field: DraftField, problem: DraftProblem, region: string): string {
  switch (problem) {
    case 'invalidPhone':
      return MESSAGES.field.invalidPhone(region);
    case 'tooLong':
      return MESSAGES.field.tooLong(FIELD_LIMITS[field]);
    default:
      return MESSAGES.field[problem];
  }
}

export function fieldProblemTexts(
  problems: Partial<Record<DraftField, DraftProblem>>,
  region: string,
): Partial<Record<DraftField, string>> {
  const out: Partial<Record<DraftField, string>> = {};
  for (const [field, problem] of Object.entries(problems) as [DraftField, DraftProblem][]) {
    out[field] = fieldProblemText(field, problem, region);
  }
  return out;
}
