import { cleanLine } from '../domain/clean-text.js';
import type { DraftField, ValidProspect } from '../domain/draft.js';
import { createScrubber } from '../logger.js';
import type { Origin } from '../slack/payloads/origin.js';
import type { TrataFieldError } from '../trata/errors.js';
import type { ProspectInput } from '../trata/schemas.js';

/** The Trata record for a validated form: contact fields, notes and where in Slack it came from. */
export function toProspectInput(prospect: ValidProspect, origin: Origin): ProspectInput {
  const slack: Record<string, string> = { slackTeamId: origin.teamId, slackUserId: origin.userId };
  if (origin.channelId) slack.slackChannelId = origin.channelId;
  if (origin.messageTs) slack.slackMessageTs = origin.messageTs;
  return {
    status: prospect.status,
    name: prospect.name ?? null,
    email: prospect.email ?? null,
    phoneNumber: prospect.phone ?? null,
    prospectProps: { ...(prospect.notes ? { notes: prospect.notes } : {}), source: 'slack', ...slack },
    externalReference: [
      {
        providerName: 'Slack',
        id: origin.permalink ?? slackDeepLink(origin),
        providerProps: { ...slack, via: origin.source === 'shortcut' ? 'message_shortcut' : 'slash_command' },
      },
    ],
  };
}

/** Slack's own deep link to the conversation (or the app's Home) where the form was opened. */
function slackDeepLink(origin: Origin): string {
  return origin.channelId
    ? `slack://channel?team=${origin.teamId}&id=${origin.channelId}`
    : `slack://user?team=${origin.teamId}&id=${origin.userId}`;
}

const TRATA_FIELD_TO_FORM: Record<string, DraftField> = {
  name: 'name',
  email: 'email',
  phoneNumber: 'phone',
  status: 'status',
  prospectProps: 'notes',
};

/** Token- and bearer-shaped secrets, removed as the logs remove them (the client removes its own key). */
const scrubSecrets = createScrubber([]);
/** Long enough for any real validation message; a message that is a dump of the input is cut. */
const MAX_TRATA_TEXT = 300;

/**
 * Text from Trata shown to a person: secrets scrubbed like the logs', control characters and line
 * breaks out, cut to a sane length. Trata's messages can echo input, headers or a whole body.
 */
export function trataTextForPerson(text: string): string {
  const clean = cleanLine(scrubSecrets(text));
  const chars = Array.from(clean);
  return chars.length <= MAX_TRATA_TEXT ? clean : `${chars.slice(0, MAX_TRATA_TEXT - 1).join('')}…`;
}

/** Trata's 422 entries mapped back onto the form fields the person typed; the rest are form-level. */
export function mapTrataErrors(errors: TrataFieldError[]): {
  fields: Partial<Record<DraftField, string>>;
  other: string[];
} {
  const fields: Partial<Record<DraftField, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = TRATA_FIELD_TO_FORM[String(error.path[0] ?? '')];
    const said = trataTextForPerson(error.message);
    const message = `Trata says: ${said}`;
    if (field) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else other.push(`${trataTextForPerson(error.path.join('.')) || 'request'}: ${said}`);
  }
  return { fields, other };
}
