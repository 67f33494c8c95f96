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
    `• \`${COMMAND} find jane@acme.io\` — look a prospect up by name, email or phone (only you see the answer)`,
    'The card with the new prospect is posted in the conversation where you started (or only to you, if you choose so in the form). Its ⋯ menu edits the details.',
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
  // Find, edit and undo (issue 16).
  findUsage: `Type what to look for after \`${COMMAND} find\`: a name, an email or a phone number — for example \`${COMMAND} find jane@acme.io\`.`,
  findFound: (count: number, query: string, more: boolean) =>
    `${count === 1 ? '1 prospect matches' : `${count} prospects match`} “${query}”${more ? ' (the 10 newest are shown; type more to narrow it down)' : ''}. Only you can see this.`,
  findNone: (query: string) =>
    `No prospect in Trata matches “${query}”. Only you can see this — create one below if they are new.`,
  findTrataDown:
    'Trata isn’t answering right now, so nothing could be looked up. Please try again in a moment.',
  findTrataAuth:
    'The app’s connection to Trata isn’t set up correctly, so nothing could be looked up. Please ask whoever installed the app to check its Trata API key.',
  findNotConnected:
    'Trata isn’t connected for this workspace yet, so nothing can be looked up. Ask whoever installed the app to connect it from the app’s Home tab.',
  findQueryEmpty: 'Type a name, an email or a phone number to look for.',
  postedHere: (name: string, where: string) =>
    `:white_check_mark: The card for ${name} is posted in ${where}.`,
  postedToYou: (name: string) =>
    `:white_check_mark: The card for ${name} was sent to you in a direct message from the app.`,
  postFailed: (name: string, why: string) => `:warning: The card for ${name} couldn’t be posted: ${why}.`,
  statusNow: (name: string, label: string) => `:white_check_mark: ${name} is now “${label}” in Trata.`,
  editLoading: 'Reading the prospect from Trata…',
  editSaving: 'Saving in Trata… Trata is taking longer than usual; this window will show when it’s done.',
  editGone: ':warning: This prospect is no longer in Trata, so it can’t be edited.',
  editConflict: (who: string) =>
    `Someone changed this prospect in Trata${who} since you opened the form, so nothing was saved. The form now shows what Trata has — make your change again and press *Save*.`,
  editSaved: (name: string) => `:white_check_mark: ${name} is saved in Trata and its card is updated.`,
  editSavedCardStale: (name: string) =>
    `:white_check_mark: ${name} is saved in Trata, but its card couldn’t be refreshed in Slack.`,
  editTrataDown:
    'Trata isn’t answering right now, so the changes weren’t saved. Your changes are still here — press *Save* to try again.',
  editUnknown:
    'Trata didn’t confirm whether the changes were saved. Your changes are still here — press *Save* to try again; if they were saved, the form will say the record changed.',
  undoHint: (minutes: number) =>
    `Created this by mistake? *Undo* removes it from Trata (for ${minutes} minutes).`,
  undoDone: (name: string) => `:wastebasket: ${name} was removed from Trata, and its card says so.`,
  undoDoneCardStale: (name: string) =>
    `:wastebasket: ${name} was removed from Trata, but its card couldn’t be updated in Slack.`,
  undoTooLate: (minutes: number) =>
    `:hourglass: Undo is only possible for ${minutes} minutes after a prospect is created. It’s still in Trata; change its status (for example *Not interested*) instead.`,
  undoNotCreator: ':lock: Only the person who created this prospect can undo it.',
  undoGone: 'This prospect is no longer in Trata: there is nothing to undo.',
  undoTrataDown:
    ':warning: Trata isn’t answering right now, so the prospect wasn’t removed. Please try again in a moment.',
  removedCard: (name: string, userId: string, when: string) =>
    `:wastebasket: ${name} — removed from Trata by <@${userId}> ${when}`,
  cardEdited: (userId: string, when: string) => `Edited by <@${userId}> ${when}`,
  /** The form's one hint about which fields are needed. */
  contactHint: 'Email or phone is required — fill in at least one; the other may stay empty.',
  /** What the statuses that mention an AI agent mean (Trata's own agent calls the lead back). */
  aiAgentStatusHint:
    '“Callback scheduled (AI agent)” means Trata’s AI phone agent will call the lead back; the other statuses are for people.',
  destinationChannel: (where: string) => `Post the card in ${where}`,
  destinationMe: 'Only me — send the card to me in a direct message',
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

/**
 * Capture without a click: what a workflow builder reads when the step fails (Workflow Builder shows
 * it in the run's activity), and what people read in a watched channel.
 */
export const CAPTURE_MESSAGES = {
  stepNeedsContact:
    'The step needs an email or a phone number: fill in the Email or Phone input, or pass text that contains one as Lead text.',
  stepInvalidEmail: (email: string) =>
    `The email “${email}” isn’t a valid address, so no prospect was created.`,
  stepInvalidPhone: (phone: string, region: string) =>
    `The phone number “${phone}” isn’t valid (numbers without a country code are read as ${region}), so no prospect was created.`,
  stepInvalidStatus: (status: string) =>
    `“${status}” isn’t a Trata status. Use one of NEW, GENERAL_ENQUIRY, SCHEDULED_CALLBACK_WITH_BOT, SCHEDULED_APPOINTMENT_WITH_PERSON, SCHEDULED_APPOINTMENT_FOR_SERVICE, NOT_INTERESTED, PRODUCT_ORDER_PLACED or SERVICE_ORDER_PLACED.`,
  stepTooLong:
    'One of the inputs is too long (Name, Email and Phone up to 512 characters, Notes up to 3000).',
  stepRejected: (details: string[]) => `Trata refused the prospect: ${details.join('; ')}`,
  stepTrataDown:
    'Trata could not be reached (the app retried for a while), so no prospect was created. Run the workflow again later.',
  stepTrataUnknown:
    'Trata could not be reached reliably (the app retried for a while) and did not confirm whether the prospect was saved. Run the workflow again: if it was saved, that prospect is used, not a duplicate.',
  stepTrataAuth:
    'Trata refused this workspace’s API key, so no prospect was created. Whoever installed the app can replace the key from the app’s Home tab.',
  stepTrataBadAnswer:
    'Trata answered in a way the app didn’t expect, so the prospect may not have been saved.',
  stepExistingGone:
    'The matching prospect is no longer in Trata. Run the workflow again to create a new one.',
  stepNotConnected:
    'Trata isn’t connected for this workspace, so no prospect was created. Whoever installed the app can connect it from the app’s Home tab (Connect Trata).',
  stepNoStore:
    'This app runs without its store, so the step cannot run. Ask whoever runs the app to check DATABASE_URL.',

  suggestion: (summary: string) => `Looks like a lead: ${summary}`,
  suggestionAutoFailed: (why: string) => `_Not created automatically: ${why}_`,
  suggestionCreate: 'Create prospect',
  suggestionDismiss: 'Not a lead',
  suggestionGone: 'This suggestion is no longer available.',

  watchAnnounce: (mode: 'suggest' | 'auto', by: string) =>
    mode === 'auto'
      ? `:eyes: <@${by}> asked Trata Prospects to watch this channel: from now on the app reads new messages here, and a message with an email or a phone number becomes a Trata prospect, its card posted in the message’s thread. \`/prospect unwatch\` stops it.`
      : `:eyes: <@${by}> asked Trata Prospects to watch this channel: from now on the app reads new messages here, and suggests in the thread when one looks like a lead. \`/prospect unwatch\` stops it.`,
  watchOn: (mode: 'suggest' | 'auto') =>
    mode === 'auto'
      ? 'This channel is now watched: leads in new messages become Trata prospects automatically, with their card in the thread.'
      : 'This channel is now watched: the app suggests a prospect in the thread of new messages that look like a lead.',
  watchUnchanged: (mode: 'suggest' | 'auto') =>
    mode === 'auto'
      ? 'This channel is already watched and creates prospects automatically. `/prospect watch` suggests instead; `/prospect unwatch` stops.'
      : 'This channel is already watched and suggests prospects. `/prospect watch auto` creates them automatically; `/prospect unwatch` stops.',
  watchInvite:
    'This is a private channel the app isn’t in. Invite it with `/invite @Trata Prospects`, then run the command again: it only reads channels it is a member of.',
  watchCannot: (why: string) => `The app couldn’t watch this channel: ${why}.`,
  watchNotAChannel: 'Only channels can be watched (not direct messages).',
  unwatched: 'This channel is no longer watched: the app stops reading new messages here.',
  unwatchedAnnounce: (by: string) =>
    `<@${by}> stopped Trata Prospects from watching this channel: the app no longer reads new messages here.`,
  notWatched:
    'This channel isn’t watched. `/prospect watch` suggests prospects from new messages; `/prospect watch auto` creates them.',
  watchNoStore: 'Watching channels needs the app’s store; ask whoever runs the app to check DATABASE_URL.',
  watchUsage:
    '`/prospect watch` (suggest), `/prospect watch auto` (create automatically), `/prospect unwatch` (stop).',
} as const;
