import type { Workspace } from './workspace.js';

/**
 * Who may connect, replace or disconnect the workspace's Trata key: whoever installed the app, and
 * the workspace's admins and owners (users.info, scope users:read).
 */
export async function canManageTrata(workspace: Workspace, userId: string): Promise<boolean> {
  if (workspace.connection.state === 'env') return false;
  if (workspace.installerId === userId) return true;
  try {
    const { user } = await workspace.slack.users.info({ user: userId });
    return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
  } catch {
    return false;
  }
}
