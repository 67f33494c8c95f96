import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { buildHomeView, HOME_RECENT_LIMIT, type HomeData } from '../../slack/ui/home.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { TrataAuthError } from '../../trata/errors.js';

/** Publishes the Home tab when someone opens it. A Trata problem shows as a notice, never an empty tab. */
export function appHomeOpened(deps: AppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    let data: HomeData;
    try {
      const recent = await deps.trata.listProspects(
        { sortBy: 'createdAt', sortOrder: 'desc', limit: HOME_RECENT_LIMIT },
        { quick: true },
      );
      data = { ok: true, recent };
    } catch (error) {
      deps.logger.warn({ err: error }, 'Home tab: Trata look-up failed');
      data = {
        ok: false,
        problem: error instanceof TrataAuthError ? MESSAGES.homeTrataAuth : MESSAGES.homeTrataDown,
      };
    }
    await client.views.publish({ user_id: event.user, view: buildHomeView(data) });
  };
}
