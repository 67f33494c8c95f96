import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { extractFromText } from '../../extract/index.js';
import type { Origin } from '../../slack/payloads/origin.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { draftFromLead, notesFromCommandText } from '../draft-from-lead.js';
import { openProspectForm } from '../open-form.js';

const HELP = /^(help|\?|-h|--help)$/i;

/** `/prospect [text]`: ack at once, then open the form prefilled from the text. `/prospect help` explains. */
export function prospectCommand(deps: AppDeps) {
  return async ({ ack, command, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const text = (command.text ?? '').trim();
    if (HELP.test(text)) {
      await ack({ response_type: 'ephemeral', text: MESSAGES.usage });
      return;
    }
    await ack();
    const origin: Origin = {
      source: 'command',
      teamId: command.team_id,
      channelId: command.channel_id,
      userId: command.user_id,
      responseUrl: command.response_url,
      submissionKey: deps.newSubmissionKey(),
    };
    const lead = text ? extractFromText(text, { defaultRegion: deps.config.defaultPhoneRegion }) : {};
    const draft = { ...draftFromLead(lead), notes: notesFromCommandText(text, lead) };
    await openProspectForm(deps, { triggerId: command.trigger_id, draft, origin, client });
  };
}
