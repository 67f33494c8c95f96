import type { SlackApi } from '../slack/web/client.js';
import type { TrataClient } from '../trata/client.js';
import { installationKeyOf, type Workspace, type WorkspaceResolver } from './workspace.js';

/**
 * Single-workspace mode: one bot token and one Trata key from the environment serve whichever
 * workspace the app was installed in by hand.
 */
export function singleWorkspace(options: { slack: SlackApi; trata: TrataClient }): WorkspaceResolver {
  return {
    async resolve(ids): Promise<Workspace> {
      return {
        key: installationKeyOf(ids) ?? 'default',
        teamId: ids.teamId,
        enterpriseId: ids.enterpriseId,
        slack: options.slack,
        trata: options.trata,
        connection: { state: 'env' },
      };
    },
  };
}
