import type { App, BlockAction, ViewSubmitAction } from '@slack/bolt';
import { connectTrata } from '../../prospects/connect-trata.js';
import { ACTION, BLOCK, CALLBACK } from '../../slack/ids.js';
import { buildConnectTrataModal } from '../../slack/ui/connect-modal.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { canManageTrata } from '../../workspaces/admins.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { type ListenerDeps, workspaceOf } from '../context.js';
import { publishHome } from '../events/app-home.js';

/**
 * Connecting Trata from the Home tab (distributed mode): Connect / Replace key opens a modal for the
 * key, which is checked against Trata before it is saved; Disconnect removes it. Only the installer
 * and workspace admins may do either; the Home tab is redrawn for them afterwards.
 */
export function register(app: App, deps: ListenerDeps): void {
  const manage = deps.manageTrata;
  if (!manage) return;

  app.action<BlockAction>(
    { action_id: ACTION.connectTrata, type: 'block_actions' },
    async ({ ack, body, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      if (!(await allowed(workspace, body.user.id))) return;
      await workspace.slack.views.open({
        trigger_id: body.trigger_id,
        view: buildConnectTrataModal({ replacing: workspace.connection.state !== 'none' }),
      });
    },
  );

  app.action<BlockAction>(
    { action_id: ACTION.disconnectTrata, type: 'block_actions' },
    async ({ ack, body, context }) => {
      await ack();
      const workspace = workspaceOf(context);
      if (!(await allowed(workspace, body.user.id))) return;
      await manage.connections.remove(workspace.key);
      deps.logger.info({ workspace: workspace.key, user: body.user.id }, 'Trata disconnected');
      await redrawHome(deps, context, body.user.id);
    },
  );

  app.view<ViewSubmitAction>(
    { callback_id: CALLBACK.connectTrata, type: 'view_submission' },
    async ({ ack, body, view, context }) => {
      const workspace = workspaceOf(context);
      if (!(await allowed(workspace, body.user.id))) {
        await ack({
          response_action: 'errors',
          errors: { [BLOCK.trataKey]: MESSAGES.connectNotAllowed(whoCan(workspace)) },
        });
        return;
      }
      const apiKey = String(view.state.values[BLOCK.trataKey]?.[ACTION.trataKey]?.value ?? '');
      const result = await connectTrata(manage, { key: workspace.key, apiKey, userId: body.user.id });
      if (!result.ok) {
        const message = {
          empty: MESSAGES.connectKeyEmpty,
          refused: MESSAGES.connectKeyRefused,
          unreachable: MESSAGES.connectTrataDown,
        }[result.reason];
        await ack({ response_action: 'errors', errors: { [BLOCK.trataKey]: message } });
        return;
      }
      await ack({ response_action: 'clear' });
      deps.logger.info({ workspace: workspace.key, user: body.user.id }, 'Trata connected');
      await redrawHome(deps, context, body.user.id);
    },
  );

  async function allowed(workspace: Workspace, userId: string): Promise<boolean> {
    if (await canManageTrata(workspace, userId)) return true;
    await workspace.slack.chat
      .postMessage({ channel: userId, text: MESSAGES.connectNotAllowed(whoCan(workspace)) })
      .catch(() => undefined);
    return false;
  }
}

function whoCan(workspace: Workspace): string {
  return workspace.installerId ? `<@${workspace.installerId}> or a workspace admin` : 'a workspace admin';
}

/** The Home tab drawn again from the store, now that the connection changed. */
async function redrawHome(deps: ListenerDeps, context: Parameters<typeof workspaceOf>[0], userId: string) {
  const before = workspaceOf(context);
  const fresh = await deps.workspaces.resolve({
    teamId: before.teamId,
    enterpriseId: before.enterpriseId,
    isEnterpriseInstall: context.isEnterpriseInstall,
    botToken: context.botToken,
  });
  await publishHome(deps, fresh ?? before, userId);
}
