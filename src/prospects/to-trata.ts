import type { DraftField, ValidProspect } from '../domain/draft.js';
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

/** Trata's 422 entries mapped back onto the form fields the person typed; the rest are form-level. */
export function mapTrataErrors(errors: TrataFieldError[]): {
  fields: Partial<Record<DraftField, string>>;
  other: string[];
} {
  const fields: Partial<Record<DraftField, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const field = TRATA_FIELD_TO_FORM[String(error.path[0] ?? '')];
    const message = `Trata says: ${error.message}`;
    if (field) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else other.push(`${error.path.join('.') || 'request'}: ${error.message}`);
  }
  return { fields, other };
}
