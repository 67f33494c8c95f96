import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { emptyDraft } from '../../domain/draft.js';
import { SUGGESTION } from '../../slack/ids.js';
import { messagePermalink, type Origin } from '../../slack/payloads/origin.js';
import { CAPTURE_MESSAGES } from '../../slack/ui/messages.js';
import { readSuggestionValue } from '../../slack/ui/suggestion.js';
import { type ListenerDeps, workspaceOf } from '../context.js';
import { openProspectForm } from '../open-form.js';

/**
 * The buttons of a suggestion in a watched channel's thread. Create prospect opens the form prefilled
 * from the lead message, with that message as its source; once created, the card replaces the
 * suggestion (the origin's `replaceTs`). Not a lead removes the suggestion.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { action_id: SUGGESTION.create, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const value = readSuggestionValue(action.value, deps.signer);
      const channel = body.channel?.id ?? body.container?.channel_id;
      const suggestionTs = body.message?.ts ?? body.container?.message_ts;
      const workspace = workspaceOf(context);
      if (!value || !channel || !suggestionTs) {
        await tellGone(deps, body.response_url);
        return;
      }
      const permalink = messagePermalink(body.team?.domain, channel, value.t);
      const enterpriseId = body.team?.enterprise_id ?? body.enterprise?.id;
      const origin: Origin = {
        source: 'shortcut',
        teamId: body.team?.id ?? body.user.team_id ?? '',
        ...(enterpriseId ? { enterpriseId } : {}),
        channelId: channel,
        userId: body.user.id,
        messageTs: value.t,
        threadTs: value.t,
        ...(permalink ? { permalink } : {}),
        ...(body.response_url ? { responseUrl: body.response_url } : {}),
        submissionKey: deps.newSubmissionKey(),
        replaceTs: suggestionTs,
      };
      const draft = emptyDraft({
        name: value.n ?? '',
        email: value.e ?? '',
        phone: value.p ?? '',
        notes: value.o ?? '',
      });
      await openProspectForm({ respond: deps.respond, logger: deps.logger, signer: deps.signer }, workspace, {
        triggerId: body.trigger_id,
        draft,
        origin,
      });
    },
  );

  app.action<BlockAction<ButtonAction>>(
    { action_id: SUGGESTION.dismiss, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const value = readSuggestionValue(action.value, deps.signer);
      const channel = body.channel?.id ?? body.container?.channel_id;
      const ts = body.message?.ts ?? body.container?.message_ts;
      if (!value || !channel || !ts) {
        await tellGone(deps, body.response_url);
        return;
      }
      const workspace = workspaceOf(context);
      try {
        await workspace.slack.chat.delete({ channel, ts });
      } catch (error) {
        deps.logger.info({ err: error }, 'suggestion already gone');
      }
      await deps.captures?.store.update(value.k, {
        result: { dismissedBy: body.user.id },
        suggestionTs: null,
      });
      deps.logger.info({ capture: value.k, user: body.user.id }, 'suggestion dismissed: not a lead');
    },
  );
}

async function tellGone(deps: ListenerDeps, responseUrl: string | undefined): Promise<void> {
  if (!responseUrl) return;
  await deps.respond(responseUrl, {
    response_type: 'ephemeral',
    replace_original: false,
    text: CAPTURE_MESSAGES.suggestionGone,
  });
}
