import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../context.js';
import { workspaceOf } from '../context.js';

/**
 * Uninstall and revocation (distributed mode): the installation, its Trata key and everything else
 * kept for that workspace are deleted, so a reinstall starts clean.
 */
export function register(app: App, deps: ListenerDeps): void {
  const manage = deps.manageTrata;
  if (!manage) return;
  const forget = async (context: Parameters<typeof workspaceOf>[0], why: string) => {
    const workspace = workspaceOf(context);
    const forgotten = await manage.forget(workspace.key);
    deps.logger.info({ workspace: workspace.key, forgotten }, why);
  };
  app.event('app_uninstalled', async ({ context }) =>
    forget(context, 'app uninstalled: workspace forgotten'),
  );
  app.event('tokens_revoked', async ({ event, context }) => {
    // Only the bot's own token matters: it is the installation. Revoked user tokens change nothing here.
    if ((event.tokens.bot ?? []).length === 0) return;
    await forget(context, 'bot token revoked: workspace forgotten');
  });
}
