import type { App, BlockAction } from '@slack/bolt';
import { isProspectStatus, statusLabel } from '../../domain/status.js';
import { changeStatus, type StatusChange } from '../../prospects/change-status.js';
import { trataTextForPerson } from '../../prospects/to-trata.js';
import { ACTION } from '../../slack/ids.js';
import { parseCardBlockId } from '../../slack/payloads/card-ref.js';
import { buildProspectCard } from '../../slack/ui/card.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import { TrataAuthError, TrataNotFoundError, TrataValidationError } from '../../trata/errors.js';
import { type ListenerDeps, trataOf, workspaceOf } from '../context.js';

/**
 * A status picked on a prospect card: the use case (prospects/change-status.ts) writes it to Trata,
 * then the card is updated in place. Failures are told privately to the person who picked, and the
 * card is redrawn from Trata so it shows what Trata really has.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { action_id: ACTION.setStatus, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const card = parseCardBlockId(action.block_id);
      const status = 'selected_option' in action ? action.selected_option?.value : undefined;
      const channel = body.channel?.id ?? body.container?.channel_id;
      const ts = body.message?.ts ?? body.container?.message_ts;
      // The app's own respond (never Bolt's): it posts only to Slack's hosts, whatever the payload says.
      const tell = async (text: string) => {
        const told =
          body.response_url !== undefined &&
          (await deps.respond(body.response_url, {
            response_type: 'ephemeral',
            replace_original: false,
            text,
          }));
        if (!told) deps.logger.warn({ user: body.user.id }, 'could not tell the user about a status change');
      };
      if (!card || !isProspectStatus(status) || !channel || !ts) {
        await tell(MESSAGES.formUnreadable);
        return;
      }
      const workspace = workspaceOf(context);
      const log = deps.logger.child({ prospect: card.prospectId, user: body.user.id, status });
      const redraw = async (change: StatusChange) => {
        if (!change.ok) {
          log.warn({ err: change.error }, 'status change failed');
          await tell(statusFailure(change.error, status));
        }
        // Redraw the card from what Trata has: the new status, or the old one when the change failed.
        const shown = change.ok ? change.updated : change.current;
        if (!shown) return;
        const drawn = buildProspectCard(shown, {
          existing: card.existing,
          trataUrl: deps.trataAppUrl,
          ...(change.ok ? { statusChange: { userId: body.user.id, at: new Date() } } : {}),
        });
        try {
          await workspace.slack.chat.update({ channel, ts, text: drawn.text, blocks: drawn.blocks });
        } catch (error) {
          log.warn({ err: error, slackError: slackErrorCode(error) }, 'could not update the card');
          if (change.ok) await tell(MESSAGES.statusSavedCardStale(statusLabel(status)));
        }
      };
      await changeStatus(
        { trata: trataOf(workspace), lock: deps.prospectLock },
        card.prospectId,
        status,
        redraw,
      );
    },
  );
}

export function statusFailure(error: unknown, status: string): string {
  const label = statusLabel(status);
  if (error instanceof TrataNotFoundError) return MESSAGES.statusProspectGone;
  if (error instanceof TrataAuthError) return MESSAGES.statusAuth;
  if (error instanceof TrataValidationError) {
    // Trata's own words, scrubbed and shortened like every Trata text a person reads.
    return MESSAGES.statusRejected(
      label,
      trataTextForPerson(error.fieldErrors.map((e) => e.message).join('; ')),
    );
  }
  return MESSAGES.statusUnavailable(label);
}
