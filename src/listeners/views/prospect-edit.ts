import type { App, ViewSubmitAction } from '@slack/bolt';
import type { ModalView } from '@slack/types';
import { type ProspectDraft, validateDraft } from '../../domain/draft.js';
import { type EditOutcome, editProspect } from '../../prospects/edit.js';
import { trataTextForPerson } from '../../prospects/to-trata.js';
import { budgetLeft, settleWithin } from '../../runtime/settle-within.js';
import { CALLBACK } from '../../slack/ids.js';
import { decodeSigned, type EditMeta, editMetaSchema } from '../../slack/payloads/card-action.js';
import { draftFromView, errorsByBlock } from '../../slack/payloads/view-state.js';
import { buildProspectCard, prospectName } from '../../slack/ui/card.js';
import { buildEditModal, buildEditNotice, draftFromProspect } from '../../slack/ui/edit-modal.js';
import { fieldProblemTexts, MESSAGES } from '../../slack/ui/messages.js';
import { escapeMrkdwn, slackDate } from '../../slack/ui/text.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import { TrataAuthError, TrataUnavailableError, TrataValidationError } from '../../trata/errors.js';
import { parseTrataTime } from '../../trata/schemas.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { type ListenerDeps, nowOf, trataOf, workspaceOf } from '../context.js';

/**
 * Edit details saved: checked like the new-prospect form, then written to Trata (prospects/edit.ts)
 * and the card updated in place with who edited it and when. A record changed in Trata since the
 * form was filled in is not overwritten: the form comes back with Trata's current values.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(
    { callback_id: CALLBACK.editModal, type: 'view_submission' },
    async ({ ack, view, body, context }) => {
      const meta = decodeSigned(editMetaSchema, view.private_metadata, deps.signer);
      const draft = draftFromView(view);
      if (!meta || meta.userId !== body.user.id || !draft) {
        deps.logger.warn({ user: body.user.id }, 'refused an edit form that could not be read');
        await ack({ response_action: 'update', view: buildEditNotice(MESSAGES.formUnreadable) });
        return;
      }
      const validation = validateDraft(draft, { defaultRegion: deps.defaultRegion });
      if (!validation.ok) {
        await ack({
          response_action: 'errors',
          errors: errorsByBlock(fieldProblemTexts(validation.errors, deps.defaultRegion)),
        });
        return;
      }
      const workspace = workspaceOf(context);
      const work = editProspect(
        { trata: trataOf(workspace) },
        { prospectId: meta.prospectId, seenUpdatedAt: meta.updatedAt, values: validation.value },
      ).then((outcome) => answer(deps, workspace, { outcome, meta, draft, userId: body.user.id }));
      // Slack's 3 s run from when the request arrived, as for the form.
      const early = await settleWithin(work, budgetLeft(context.receivedAt, deps.ackBudgetMs));
      if (early) {
        await ack({ response_action: 'update', view: early });
        return;
      }
      // Trata is slow: say so now, and show the outcome when it comes.
      await ack({
        response_action: 'update',
        view: buildEditNotice(`:hourglass_flowing_sand: ${MESSAGES.editSaving}`),
      });
      deps.background(async () => {
        const shown = await work;
        await workspace.slack.views
          .update({ view_id: view.id, view: shown })
          .catch((error: unknown) =>
            deps.logger.info({ err: error }, 'edit: the modal was closed before the outcome'),
          );
      });
    },
  );
}

/** What the modal shows for an outcome; a save also updates the card. */
async function answer(
  deps: ListenerDeps,
  workspace: Workspace,
  args: { outcome: EditOutcome; meta: EditMeta; draft: ProspectDraft; userId: string },
): Promise<ModalView> {
  const { outcome, meta, draft } = args;
  const options = { signer: deps.signer };
  switch (outcome.kind) {
    case 'saved': {
      const name = `*${escapeMrkdwn(prospectName(outcome.updated))}*`;
      if (!meta.channelId || !meta.ts) return buildEditNotice(MESSAGES.editSaved(name));
      const card = buildProspectCard(outcome.updated, {
        existing: meta.existing,
        edited: { userId: args.userId, at: nowOf(deps) },
        trataUrl: deps.trataAppUrl,
      });
      try {
        await workspace.slack.chat.update({
          channel: meta.channelId,
          ts: meta.ts,
          text: card.text,
          blocks: card.blocks,
        });
        return buildEditNotice(MESSAGES.editSaved(name));
      } catch (error) {
        deps.logger.warn(
          { err: error, slackError: slackErrorCode(error) },
          'edit: could not update the card',
        );
        return buildEditNotice(MESSAGES.editSavedCardStale(name));
      }
    }
    case 'conflict': {
      const { current } = outcome;
      const when = parseTrataTime(current.updatedAt);
      const who = [
        current.updatedBy ? ` (${escapeMrkdwn(current.updatedBy)})` : '',
        when ? ` ${slackDate(when)}` : '',
      ].join('');
      return buildEditModal(
        draftFromProspect(current),
        { ...meta, updatedAt: current.updatedAt ?? '' },
        { ...options, banner: MESSAGES.editConflict(who) },
      );
    }
    case 'gone':
      return buildEditNotice(MESSAGES.editGone);
    case 'failed': {
      const { error } = outcome;
      deps.logger.warn({ err: error, prospect: meta.prospectId }, 'edit: Trata failed');
      const banner =
        error instanceof TrataValidationError
          ? `${MESSAGES.trataRejected} ${error.fieldErrors.map((e) => escapeMrkdwn(trataTextForPerson(e.message))).join('; ')}`
          : error instanceof TrataAuthError
            ? MESSAGES.trataAuth
            : error instanceof TrataUnavailableError && error.outcome === 'unknown'
              ? MESSAGES.editUnknown
              : MESSAGES.editTrataDown;
      return buildEditModal(draft, meta, { ...options, banner });
    }
  }
}
