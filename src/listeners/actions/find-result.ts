import type { App, BlockAction } from '@slack/bolt';
import type { KnownBlock, ModalView } from '@slack/types';
import { emptyDraft, type ProspectDraft } from '../../domain/draft.js';
import { formatPhone } from '../../domain/phone.js';
import { isProspectStatus, statusLabel } from '../../domain/status.js';
import { changeStatus } from '../../prospects/change-status.js';
import { parseSearch } from '../../prospects/find.js';
import { KeyedLock } from '../../runtime/keyed-lock.js';
import { ACTION } from '../../slack/ids.js';
import type { Origin } from '../../slack/payloads/origin.js';
import { buildProspectCard, prospectName } from '../../slack/ui/card.js';
import { parseResultBlockId, resultActionPattern, withBanner } from '../../slack/ui/find-results.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { buildProspectModal } from '../../slack/ui/modal.js';
import { escapeMrkdwn } from '../../slack/ui/text.js';
import { deliverCard } from '../../slack/web/deliver-card.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import { TrataNotFoundError } from '../../trata/errors.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { type ListenerDeps, trataOf, workspaceOf } from '../context.js';
import { openProspectForm } from '../open-form.js';
import { statusFailure } from './set-status.js';

/**
 * The buttons and menus of search results (`/prospect find`, the Home tab's search): Post here,
 * the status menu, and Create prospect when nothing was found. Results are private (an ephemeral
 * message, or a modal), so what a press did is told privately in the same place.
 */
export function register(app: App, deps: ListenerDeps): void {
  const lock = new KeyedLock();

  app.action<BlockAction>(
    { action_id: resultActionPattern(ACTION.postHere), type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      const prospectId = parseResultBlockId(action.block_id);
      const tell = teller(deps, workspace, body);
      if (!prospectId) return tell(MESSAGES.formUnreadable);
      const channelId = body.view ? undefined : (body.channel?.id ?? body.container?.channel_id);
      try {
        const prospect = await trataOf(workspace).getProspect(prospectId);
        const origin: Origin = {
          source: body.view ? 'home' : 'command',
          teamId: body.team?.id ?? body.user.team_id ?? '',
          ...(channelId ? { channelId } : {}),
          userId: body.user.id,
          ...(body.response_url ? { responseUrl: body.response_url } : {}),
          submissionKey: deps.newSubmissionKey(),
        };
        const card = buildProspectCard(prospect, { existing: true, trataUrl: deps.trataAppUrl });
        const delivery = await deliverCard(card, origin, { client: workspace.slack, respond: deps.respond });
        const name = `*${escapeMrkdwn(prospectName(prospect))}*`;
        if (delivery.where === 'nowhere') return tell(MESSAGES.postFailed(name, delivery.reason));
        if (delivery.where === 'dm') return tell(MESSAGES.postedToYou(name));
        return tell(MESSAGES.postedHere(name, `<#${delivery.channelId}>`));
      } catch (error) {
        deps.logger.warn({ err: error, prospect: prospectId }, 'find: Post here failed');
        return tell(
          error instanceof TrataNotFoundError
            ? MESSAGES.statusProspectGone
            : `:warning: ${MESSAGES.findTrataDown}`,
        );
      }
    },
  );

  app.action<BlockAction>(
    { action_id: resultActionPattern(ACTION.resultStatus), type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      const tell = teller(deps, workspace, body);
      const prospectId = parseResultBlockId(action.block_id);
      const status = 'selected_option' in action ? action.selected_option?.value : undefined;
      if (!prospectId || !isProspectStatus(status)) return tell(MESSAGES.formUnreadable);
      await changeStatus({ trata: trataOf(workspace), lock }, prospectId, status, async (change) => {
        if (!change.ok) {
          deps.logger.warn({ err: change.error, prospect: prospectId }, 'find: status change failed');
          return tell(statusFailure(change.error, status));
        }
        return tell(
          MESSAGES.statusNow(`*${escapeMrkdwn(prospectName(change.updated))}*`, statusLabel(status)),
        );
      });
    },
  );

  app.action<BlockAction>(
    { action_id: ACTION.findCreate, type: 'block_actions' },
    async ({ ack, body, action, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      const typed = 'value' in action && typeof action.value === 'string' ? action.value : '';
      const draft = draftFromSearch(typed, deps.defaultRegion);
      const enterpriseId = body.enterprise?.id;
      const base = {
        teamId: body.team?.id ?? body.user.team_id ?? '',
        ...(enterpriseId ? { enterpriseId } : {}),
        userId: body.user.id,
        submissionKey: deps.newSubmissionKey(),
      };
      if (body.view) {
        // The Home tab's search modal turns into the form (a second modal can't be opened over it).
        const origin: Origin = { source: 'home', ...base };
        const view = buildProspectModal(draft, origin, { signer: deps.signer });
        await workspace.slack.views
          .update({ view_id: body.view.id, view })
          .catch((error: unknown) =>
            deps.logger.warn(
              { err: error, slackError: slackErrorCode(error) },
              'find: could not show the form',
            ),
          );
        return;
      }
      const channelId = body.channel?.id ?? body.container?.channel_id;
      const origin: Origin = {
        source: 'command',
        ...base,
        ...(channelId ? { channelId } : {}),
        ...(body.response_url ? { responseUrl: body.response_url } : {}),
      };
      await openProspectForm({ respond: deps.respond, logger: deps.logger, signer: deps.signer }, workspace, {
        triggerId: body.trigger_id,
        draft,
        origin,
      });
    },
  );
}

/** The form prefilled with what was searched: the email, the phone (international format) or the name. */
export function draftFromSearch(typed: string, region: string): ProspectDraft {
  const search = parseSearch(typed, region);
  if (!search) return emptyDraft();
  if (search.by === 'email') return emptyDraft({ email: search.value });
  if (search.by === 'phone') return emptyDraft({ phone: formatPhone(search.value) });
  return emptyDraft({ name: search.typed });
}

/**
 * Tells the person who pressed, where the results are: a private message in the conversation
 * (response_url, as a new ephemeral), or a line at the top of the results modal.
 */
function teller(deps: ListenerDeps, workspace: Workspace, body: BlockAction) {
  return async (text: string): Promise<void> => {
    if (body.view) {
      const view = body.view as unknown as ModalView & { id: string; blocks: KnownBlock[] };
      const updated: ModalView = {
        type: 'modal',
        ...(view.callback_id ? { callback_id: view.callback_id } : {}),
        title: view.title,
        ...(view.submit ? { submit: view.submit } : {}),
        ...(view.close ? { close: view.close } : {}),
        blocks: withBanner(view.blocks, text),
      };
      await workspace.slack.views
        .update({ view_id: body.view.id, view: updated })
        .catch((error: unknown) =>
          deps.logger.warn(
            { err: error, slackError: slackErrorCode(error) },
            'find: could not update the results',
          ),
        );
      return;
    }
    const told =
      body.response_url !== undefined &&
      (await deps.respond(body.response_url, { response_type: 'ephemeral', replace_original: false, text }));
    if (!told) deps.logger.warn({ user: body.user.id }, 'find: could not tell the user');
  };
}
