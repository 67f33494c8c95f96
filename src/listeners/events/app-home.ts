import type { App } from '@slack/bolt';
import { buildHomeView, HOME_RECENT_LIMIT, type HomeData } from '../../slack/ui/home.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { TrataAuthError } from '../../trata/errors.js';
import { canManageTrata } from '../../workspaces/admins.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { type ListenerDeps, workspaceOf } from '../context.js';

/** Publishes the Home tab when someone opens it. A Trata problem shows as a notice, never an empty tab. */
export function register(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, context }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, workspaceOf(context), event.user);
  });
}

/** The Home tab as `userId` sees it: recent prospects, and the Trata connection they may manage. */
export async function publishHome(deps: Pick<ListenerDeps, 'logger'>, workspace: Workspace, userId: string) {
  const [data, canManage] = await Promise.all([
    recentProspects(deps, workspace),
    canManageTrata(workspace, userId),
  ]);
  const view = buildHomeView(data, {
    connection: workspace.connection,
    canManage,
    installerId: workspace.installerId,
  });
  await workspace.slack.views.publish({ user_id: userId, view });
}

async function recentProspects(deps: Pick<ListenerDeps, 'logger'>, workspace: Workspace): Promise<HomeData> {
  if (!workspace.trata) {
    const problem =
      workspace.connection.state === 'broken' ? MESSAGES.homeTrataAuth : MESSAGES.trataNotConnected;
    return { ok: false, problem };
  }
  try {
    const recent = await workspace.trata.listProspects(
      { sortBy: 'createdAt', sortOrder: 'desc', limit: HOME_RECENT_LIMIT },
      { quick: true },
    );
    return { ok: true, recent };
  } catch (error) {
    deps.logger.warn({ err: error }, 'Home tab: Trata look-up failed');
    return {
      ok: false,
      problem: error instanceof TrataAuthError ? MESSAGES.homeTrataAuth : MESSAGES.homeTrataDown,
    };
  }
}
