import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { extractLead } from '../../extract/index.js';
import { offerAlreadyCaptured } from '../../prospects/already-captured.js';
import { messagePermalink, type Origin } from '../../slack/payloads/origin.js';
import { draftFromLead } from '../draft-from-lead.js';
import { openProspectForm } from '../open-form.js';

/** The "Create prospect" message shortcut: the form prefilled from the lead message, its card bound for the thread. */
export function createProspectShortcut(deps: AppDeps) {
  return async ({
    ack,
    shortcut,
    client,
  }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const message = shortcut.message as MessageShortcut['message'] & {
      thread_ts?: string;
      blocks?: unknown[];
      attachments?: unknown[];
    };
    const threadTs = message.thread_ts ?? message.ts ?? shortcut.message_ts;
    const permalink = messagePermalink(
      shortcut.team?.domain,
      shortcut.channel.id,
      shortcut.message_ts,
      message.thread_ts,
    );
    const origin: Origin = {
      source: 'shortcut',
      teamId: shortcut.team?.id ?? shortcut.user.team_id ?? '',
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
      { defaultRegion: deps.config.defaultPhoneRegion },
    );
    const draft = draftFromLead(lead);
    const opened = await openProspectForm(deps, { triggerId: shortcut.trigger_id, draft, origin, client });
    if (opened) await offerAlreadyCaptured(deps, opened, draft, origin);
  };
}
