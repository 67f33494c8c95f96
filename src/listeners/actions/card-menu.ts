import type { App, BlockAction } from '@slack/bolt';
import { canUndo } from '../../prospects/undo.js';
import { ACTION, CARD_MENU } from '../../slack/ids.js';
import type { EditMeta } from '../../slack/payloads/card-action.js';
import { parseCardBlockId } from '../../slack/payloads/card-ref.js';
import { buildEditModal, buildEditNotice, draftFromProspect } from '../../slack/ui/edit-modal.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import { TrataNotFoundError } from '../../trata/errors.js';
import { findFailureText } from '../commands/find.js';
import { type ListenerDeps, nowOf, trataOf, workspaceOf } from '../context.js';

/**
 * The card's ⋯ menu. Edit details: a modal opens at once (the trigger lives 3 s) saying it is reading
 * Trata, then becomes the form prefilled from Trata's current record. Its creator, within Undo's
 * 10 minutes, also finds Undo there — a modal only they see.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { action_id: ACTION.cardMenu, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const selected = 'selected_option' in action ? action.selected_option?.value : undefined;
      if (selected !== CARD_MENU.edit) return;
      const workspace = workspaceOf(context);
      const slack = workspace.slack;
      const card = parseCardBlockId(action.block_id);
      let viewId: string | undefined;
      try {
        const opened = await slack.views.open({
          trigger_id: body.trigger_id,
          view: buildEditNotice(MESSAGES.editLoading),
        });
        viewId = opened.view?.id;
      } catch (error) {
        deps.logger.warn(
          { err: error, slackError: slackErrorCode(error) },
          'Edit details: views.open failed',
        );
      }
      if (!viewId) return;
      const show = (view: object) =>
        slack.views
          .update({ view_id: viewId, view })
          .catch((error: unknown) =>
            deps.logger.warn(
              { err: error, slackError: slackErrorCode(error) },
              'Edit details: views.update failed',
            ),
          );
      if (!card) {
        await show(buildEditNotice(MESSAGES.formUnreadable));
        return;
      }
      try {
        const prospect = await trataOf(workspace).getProspect(card.prospectId);
        const channelId = body.channel?.id ?? body.container?.channel_id;
        const ts = body.message?.ts ?? body.container?.message_ts;
        const meta: EditMeta = {
          prospectId: prospect.id,
          updatedAt: prospect.updatedAt ?? '',
          userId: body.user.id,
          teamId: body.team?.id ?? body.user.team_id ?? '',
          ...(channelId ? { channelId } : {}),
          ...(ts ? { ts } : {}),
          existing: card.existing,
        };
        const mayUndo = canUndo(prospect, body.user.id, nowOf(deps)) === 'yes';
        const undo = mayUndo
          ? {
              prospectId: prospect.id,
              userId: body.user.id,
              ...(channelId ? { channelId } : {}),
              ...(ts ? { ts } : {}),
            }
          : undefined;
        await show(buildEditModal(draftFromProspect(prospect), meta, { signer: deps.signer, undo }));
      } catch (error) {
        deps.logger.warn({ err: error, prospect: card.prospectId }, 'Edit details: Trata look-up failed');
        await show(
          buildEditNotice(error instanceof TrataNotFoundError ? MESSAGES.editGone : findFailureText(error)),
        );
      }
    },
  );

  // View in Trata is a link: Slack opens it, and still tells the app, which has only to acknowledge.
  app.action<BlockAction>({ action_id: ACTION.viewInTrata, type: 'block_actions' }, async ({ ack }) => {
    await ack();
  });
}
