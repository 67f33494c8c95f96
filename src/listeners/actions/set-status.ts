import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { isProspectStatus, statusLabel } from '../../domain/status.js';
import { KeyedLock } from '../../runtime/keyed-lock.js';
import { BLOCK } from '../../slack/ids.js';
import { buildProspectCard } from '../../slack/ui/card.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import { TrataAuthError, TrataNotFoundError, TrataValidationError } from '../../trata/errors.js';
import { toInput } from '../../trata/record.js';
import type { Prospect } from '../../trata/schemas.js';

/**
 * A status picked on a prospect card: read the record, PUT it back whole with the new status, and
 * update the card in place. Failures are told privately to the person who picked, and the card is
 * redrawn from Trata so it shows what Trata really has.
 */
export function setStatus(deps: AppDeps) {
  const lock = new KeyedLock();
  return async ({
    ack,
    body,
    action,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const prospectId = action.block_id.startsWith(BLOCK.cardStatusPrefix)
      ? action.block_id.slice(BLOCK.cardStatusPrefix.length)
      : '';
    const status = 'selected_option' in action ? action.selected_option?.value : undefined;
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    const tell = (text: string) =>
      respond({ response_type: 'ephemeral', replace_original: false, text }).catch((error: unknown) =>
        deps.logger.warn({ err: error }, 'could not tell the user about a status change'),
      );
    if (!prospectId || !isProspectStatus(status) || !channel || !ts) {
      await tell(MESSAGES.formUnreadable);
      return;
    }
    const existing = JSON.stringify(body.message?.blocks ?? []).includes('Existing Trata prospect');
    const log = deps.logger.child({ prospect: prospectId, user: body.user.id, status });

    await lock.run(prospectId, async () => {
      let current: Prospect | undefined;
      let updated: Prospect | undefined;
      try {
        current = await deps.trata.getProspect(prospectId);
        updated =
          current.status === status
            ? current
            : await deps.trata.updateProspect(prospectId, toInput(current, { status }));
      } catch (error) {
        log.warn({ err: error }, 'status change failed');
        await tell(statusFailure(error, status));
      }
      // Redraw the card from what Trata has: the new status, or the old one when the change failed.
      const shown = updated ?? current;
      if (!shown) return;
      const card = buildProspectCard(shown, {
        existing,
        ...(updated ? { statusChange: { userId: body.user.id, at: new Date() } } : {}),
      });
      try {
        await client.chat.update({ channel, ts, text: card.text, blocks: card.blocks });
      } catch (error) {
        log.warn({ err: error, slackError: slackErrorCode(error) }, 'could not update the card');
        if (updated) await tell(MESSAGES.statusSavedCardStale(statusLabel(status)));
      }
    });
  };
}

function statusFailure(error: unknown, status: string): string {
  const label = statusLabel(status);
  if (error instanceof TrataNotFoundError) return MESSAGES.statusProspectGone;
  if (error instanceof TrataAuthError) return MESSAGES.statusAuth;
  if (error instanceof TrataValidationError) {
    return MESSAGES.statusRejected(label, error.fieldErrors.map((e) => e.message).join('; '));
  }
  return MESSAGES.statusUnavailable(label);
}
