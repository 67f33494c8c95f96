import type { App, MessageShortcut } from '@slack/bolt';
import type { ProspectDraft } from '../../domain/draft.js';
import { extractLead } from '../../extract/index.js';
import { findAlreadyCaptured } from '../../prospects/already-captured.js';
import { CALLBACK } from '../../slack/ids.js';
import { messagePermalink, type Origin } from '../../slack/payloads/origin.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { buildProspectModal } from '../../slack/ui/modal.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { type ListenerDeps, workspaceOf } from '../context.js';
import { draftFromLead } from '../draft-from-lead.js';
import { openProspectForm } from '../open-form.js';

type LeadMessage = MessageShortcut['message'] & {
  thread_ts?: string;
  blocks?: unknown[];
  attachments?: unknown[];
};

/** The "Create prospect" message shortcut: the form prefilled from the lead message, its card bound for the thread. */
export function register(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(
    { callback_id: CALLBACK.messageShortcut, type: 'message_action' },
    async ({ ack, shortcut, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      const message = shortcut.message as LeadMessage;
      const threadTs = message.thread_ts ?? message.ts ?? shortcut.message_ts;
      const permalink = messagePermalink(
        shortcut.team?.domain,
        shortcut.channel.id,
        shortcut.message_ts,
        message.thread_ts,
      );
      const enterpriseId = shortcut.team?.enterprise_id ?? shortcut.enterprise?.id;
      const origin: Origin = {
        source: 'shortcut',
        teamId: shortcut.team?.id ?? shortcut.user.team_id ?? '',
        ...(enterpriseId ? { enterpriseId } : {}),
        channelId: shortcut.channel.id,
        userId: shortcut.user.id,
        messageTs: shortcut.message_ts,
        threadTs,
        ...(permalink ? { permalink } : {}),
        responseUrl: shortcut.response_url,
        submissionKey: deps.newSubmissionKey(),
      };
      const lead = extractLead(
        { text: message.text, blocks: message.blocks, attachments: message.attachments },
        { defaultRegion: deps.defaultRegion },
      );
      const draft = draftFromLead(lead);
      const opened = await openProspectForm(
        { respond: deps.respond, logger: deps.logger, signer: deps.signer },
        workspace,
        {
          triggerId: shortcut.trigger_id,
          draft,
          origin,
        },
      );
      if (opened) await offerAlreadyCaptured(deps, workspace, opened, draft, origin);
    },
  );
}

/**
 * After the form is open: if a prospect was already created from this very message, the form is
 * updated to lead to it (use it, or create another one anyway) instead of silently making a second
 * one. Best effort: any failure leaves the form as it is.
 */
async function offerAlreadyCaptured(
  deps: ListenerDeps,
  workspace: Workspace,
  view: { id: string; hash: string },
  draft: ProspectDraft,
  origin: Origin,
): Promise<void> {
  if (!origin.permalink || !workspace.trata) return;
  try {
    const captured = await findAlreadyCaptured(workspace.trata, draft, origin.permalink);
    if (captured.length === 0) return;
    await workspace.slack.views.update({
      view_id: view.id,
      hash: view.hash,
      view: buildProspectModal(draft, origin, {
        banner: MESSAGES.alreadyCaptured,
        duplicates: captured,
        signer: deps.signer,
      }),
    });
  } catch (error) {
    deps.logger.info({ err: error }, 'already-captured check skipped');
  }
}
