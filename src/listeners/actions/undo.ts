import type { App, BlockAction } from '@slack/bolt';
import { UNDO_WINDOW_MINUTES, type UndoOutcome, undoProspect } from '../../prospects/undo.js';
import { ACTION } from '../../slack/ids.js';
import { decodeSigned, undoValueSchema } from '../../slack/payloads/card-action.js';
import { buildRemovedCard, prospectName } from '../../slack/ui/card.js';
import { buildEditNotice } from '../../slack/ui/edit-modal.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { escapeMrkdwn } from '../../slack/ui/text.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { type ListenerDeps, nowOf, trataOf, workspaceOf } from '../context.js';

/**
 * Undo: offered only to the prospect's creator, privately (the confirmation after creating, and
 * their Edit details form, for 10 minutes). The card is a message everyone shares, so it never
 * carries Undo; and since a button can outlive its 10 minutes or be replayed by someone else, the
 * press is checked again against Trata's record: creator and age, by the app's clock.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction>(
    { action_id: ACTION.undo, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      const value = decodeSigned(undoValueSchema, 'value' in action ? action.value : undefined, deps.signer);
      const tell = teller(deps, workspace, body);
      if (!value || value.userId !== body.user.id) {
        await tell(MESSAGES.undoNotCreator);
        return;
      }
      const now = nowOf(deps);
      const outcome = await undoProspect(
        { trata: trataOf(workspace), now },
        { prospectId: value.prospectId, userId: body.user.id },
      );
      if (outcome.kind !== 'removed') {
        if (outcome.kind === 'failed')
          deps.logger.warn({ err: outcome.error, prospect: value.prospectId }, 'undo failed');
        await tell(refusal(outcome));
        return;
      }
      deps.logger.info(
        { prospect: value.prospectId, user: body.user.id },
        'prospect removed by its creator (undo)',
      );
      const name = `*${escapeMrkdwn(prospectName(outcome.prospect))}*`;
      if (!value.channelId || !value.ts) {
        await tell(MESSAGES.undoDoneCardStale(name));
        return;
      }
      const removed = buildRemovedCard(outcome.prospect, { userId: body.user.id, at: now });
      try {
        await workspace.slack.chat.update({
          channel: value.channelId,
          ts: value.ts,
          text: removed.text,
          blocks: removed.blocks,
        });
        await tell(MESSAGES.undoDone(name));
      } catch (error) {
        deps.logger.warn(
          { err: error, slackError: slackErrorCode(error) },
          'undo: could not update the card',
        );
        await tell(MESSAGES.undoDoneCardStale(name));
      }
    },
  );
}

function refusal(outcome: Exclude<UndoOutcome, { kind: 'removed' }>): string {
  switch (outcome.kind) {
    case 'notCreator':
      return MESSAGES.undoNotCreator;
    case 'tooLate':
      return MESSAGES.undoTooLate(UNDO_WINDOW_MINUTES);
    case 'gone':
      return MESSAGES.undoGone;
    case 'failed':
      return MESSAGES.undoTrataDown;
  }
}

/** Undo is pressed in a modal (replaced by the answer) or a private message (answered privately). */
function teller(deps: ListenerDeps, workspace: Workspace, body: BlockAction) {
  return async (text: string): Promise<void> => {
    if (body.view) {
      await workspace.slack.views
        .update({ view_id: body.view.id, view: buildEditNotice(text) })
        .catch((error: unknown) => deps.logger.warn({ err: error }, 'undo: could not update the modal'));
      return;
    }
    const told =
      body.response_url !== undefined &&
      (await deps.respond(body.response_url, { response_type: 'ephemeral', replace_original: true, text }));
    if (!told) deps.logger.warn({ user: body.user.id }, 'undo: could not tell the user');
  };
}
