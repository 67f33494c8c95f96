import type { Logger } from 'pino';
import type { ProspectDraft } from '../domain/draft.js';
import type { Origin } from '../slack/payloads/origin.js';
import type { PayloadSigner } from '../slack/payloads/signer.js';
import { MESSAGES } from '../slack/ui/messages.js';
import { buildProspectModal } from '../slack/ui/modal.js';
import { buildNoticeView } from '../slack/ui/outcome.js';
import type { SlackWeb } from '../slack/web/client.js';
import { slackErrorCode } from '../slack/web/errors.js';
import type { Workspace } from '../workspaces/workspace.js';

const EXPIRED = new Set(['expired_trigger_id', 'exchanged_trigger_id', 'invalid_trigger_id']);

/**
 * Opens the prospect modal. Called right after ack() and before any other network call: the trigger
 * lives 3 seconds. If Slack refuses, the person is told through the response_url — or, where there is
 * none (Home tab) or it no longer works (a late Try again), by a DM from the app — instead of nothing.
 */
export async function openProspectForm(
  deps: { respond: SlackWeb['respond']; logger: Logger; signer: PayloadSigner },
  workspace: Workspace,
  args: { triggerId: string; draft: ProspectDraft; origin: Origin },
): Promise<{ id: string; hash: string } | undefined> {
  const slack = workspace.slack;
  // Not connected yet (or Trata refused the key): say so at once, never a form that fails on submit.
  const view = workspace.trata
    ? buildProspectModal(args.draft, args.origin, { signer: deps.signer })
    : buildNoticeView(notConnectedText(workspace));
  try {
    const res = await slack.views.open({ trigger_id: args.triggerId, view });
    if (!workspace.trata) return undefined;
    return res.view?.id ? { id: res.view.id, hash: res.view.hash ?? '' } : undefined;
  } catch (error) {
    const code = slackErrorCode(error) ?? 'unknown_error';
    deps.logger.warn({ err: error, slackError: code, source: args.origin.source }, 'views.open failed');
    const text = EXPIRED.has(code) ? MESSAGES.openFailed : MESSAGES.openFailedOther;
    const told =
      args.origin.responseUrl !== undefined &&
      (await deps.respond(args.origin.responseUrl, { response_type: 'ephemeral', text }));
    if (!told) {
      await slack.chat
        .postMessage({ channel: args.origin.userId, text })
        .catch((dmError: unknown) =>
          deps.logger.warn({ err: dmError }, 'could not tell the user the form failed to open'),
        );
    }
    return undefined;
  }
}

function notConnectedText(workspace: Workspace): string {
  const who = workspace.installerId
    ? `<@${workspace.installerId}> or a workspace admin`
    : 'a workspace admin';
  return workspace.connection.state === 'broken'
    ? MESSAGES.trataKeyBroken(who)
    : MESSAGES.trataNotConnectedWho(who);
}
