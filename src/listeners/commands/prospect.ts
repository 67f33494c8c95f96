import type { App, Context, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { extractFromText } from '../../extract/index.js';
import { COMMAND } from '../../slack/ids.js';
import type { Origin } from '../../slack/payloads/origin.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { type ListenerDeps, workspaceOf } from '../context.js';
import { draftFromLead, notesFromCommandText } from '../draft-from-lead.js';
import { openProspectForm } from '../open-form.js';
import { find } from './find.js';
import { unwatch, watch } from './watch.js';

const HELP = /^(help|\?|-h|--help)$/i;

/**
 * `/prospect <word> …` commands other than the form, each in its own file in this folder. The first
 * word of the text picks one; anything else is prospect details for the form.
 */
export type Subcommand = (args: SubcommandArgs) => Promise<void>;
export type SubcommandArgs = Pick<SlackCommandMiddlewareArgs, 'ack' | 'command' | 'respond'> & {
  context: Context;
  deps: ListenerDeps;
  /** The text after the subcommand's word. */
  rest: string;
};
const SUBCOMMANDS: Record<string, Subcommand> = { find, watch, unwatch };

/** `/prospect [text]`: ack at once, then open the form prefilled from the text. `/prospect help` explains. */
export function register(app: App, deps: ListenerDeps): void {
  app.command(COMMAND, async ({ ack, command, context, respond }) => {
    const text = (command.text ?? '').trim();
    if (HELP.test(text)) {
      await ack({ response_type: 'ephemeral', text: MESSAGES.usage });
      return;
    }
    const [word = '', ...rest] = text.split(/\s+/);
    const subcommand = SUBCOMMANDS[word.toLowerCase()];
    if (subcommand) {
      await subcommand({ ack, command, context, respond, deps, rest: rest.join(' ') });
      return;
    }
    await ack();
    const workspace = workspaceOf(context);
    const origin: Origin = {
      source: 'command',
      teamId: command.team_id,
      ...(command.enterprise_id ? { enterpriseId: command.enterprise_id } : {}),
      channelId: command.channel_id,
      userId: command.user_id,
      responseUrl: command.response_url,
      submissionKey: deps.newSubmissionKey(),
    };
    const lead = text ? extractFromText(text, { defaultRegion: deps.defaultRegion }) : {};
    const draft = { ...draftFromLead(lead), notes: notesFromCommandText(text, lead) };
    await openProspectForm({ respond: deps.respond, logger: deps.logger, signer: deps.signer }, workspace, {
      triggerId: command.trigger_id,
      draft,
      origin,
    });
  });
}
