import type { App } from '@slack/bolt';
import { buildHomeView, HOME_RECENT_LIMIT, type HomeData } from '../../slack/ui/home.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { TrataAuthError } from '../../trata/errors.js';
import { type ListenerDeps, TrataNotConnectedError, workspaceOf } from '../context.js';

/** Publishes the Home tab when someone opens it. A Trata problem shows as a notice, never an empty tab. */
export function register(app: App, deps: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, context }) => {
    if (event.tab !== 'home') return;
    const workspace = workspaceOf(context);
    let data: HomeData;
    try {
      if (!workspace.trata) throw new TrataNotConnectedError('Trata is not connected');
      const recent = await workspace.trata.listProspects(
        { sortBy: 'createdAt', sortOrder: 'desc', limit: HOME_RECENT_LIMIT },
        { quick: true },
      );
      data = { ok: true, recent };
    } catch (error) {
      deps.logger.warn({ err: error }, 'Home tab: Trata look-up failed');
      data = {
        ok: false,
        problem:
          error instanceof TrataNotConnectedError
            ? MESSAGES.trataNotConnected
            : error instanceof TrataAuthError
              ? MESSAGES.homeTrataAuth
              : MESSAGES.homeTrataDown,
      };
    }
    await workspace.slack.views.publish({ user_id: event.user, view: buildHomeView(data) });
  });
}
