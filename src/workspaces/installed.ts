import type { SlackWeb } from '../slack/web/client.js';
import { LruCache } from '../store/cache.js';
import type { WorkspaceDirectory } from '../store/directory.js';
import type { TrataConnection } from '../store/trata-connections.js';
import type { TrataClient } from '../trata/client.js';
import type { Workspace, WorkspaceResolver } from './workspace.js';

/**
 * Distributed mode: workspaces installed through Add to Slack, each with its own bot token (from the
 * installation store) and its own Trata key (connected from the Home tab). Both come from the
 * directory's in-memory cache, so a request costs no query once its workspace has been seen.
 */
export interface InstalledWorkspacesOptions {
  directory: WorkspaceDirectory;
  web: SlackWeb;
  /** A Trata client for one workspace's key (they share one connection pool). */
  trataFor(apiKey: string, onRefused: (status: number) => Promise<void>): TrataClient;
  /** Learns every key loaded, so logs can redact it. */
  onSecret?: (secret: string) => void;
}

const MAX_CLIENTS = 1000;

export function installedWorkspaces(options: InstalledWorkspacesOptions): WorkspaceResolver {
  const { directory } = options;
  const clients = new LruCache<string, TrataClient>({ maxEntries: MAX_CLIENTS });

  function trataClient(key: string, connection: TrataConnection | undefined): TrataClient | undefined {
    if (!connection || connection.broken) return undefined;
    const cacheKey = `${key}|${connection.apiKey}`;
    let client = clients.get(cacheKey);
    if (!client) {
      options.onSecret?.(connection.apiKey);
      client = options.trataFor(connection.apiKey, async (status) => {
        // A key Trata now refuses: the admins see it on the Home tab, other workspaces carry on.
        clients.delete(cacheKey);
        await directory.trataConnections
          .markBroken(key, `Trata refused the key (HTTP ${status})`, connection.apiKey)
          .catch(() => undefined);
      });
      clients.set(cacheKey, client);
    }
    return client;
  }

  return {
    async resolve(ids): Promise<Workspace | undefined> {
      const found = await directory.installationStore.findInstallation({
        teamId: ids.teamId,
        enterpriseId: ids.enterpriseId,
        isEnterpriseInstall: ids.isEnterpriseInstall,
      });
      if (!found) return undefined;
      // Bolt's authorize may just have refreshed the token: prefer the one it found for this request.
      const token = ids.botToken ?? found.installation.bot?.token;
      if (!token) return undefined;
      options.onSecret?.(token);
      const connection = await directory.trataConnections.get(found.key);
      return {
        key: found.key,
        teamId: ids.teamId ?? found.installation.team?.id,
        enterpriseId: ids.enterpriseId ?? found.installation.enterprise?.id,
        slack: options.web.forToken(token),
        trata: trataClient(found.key, connection),
        connection: connection
          ? {
              state: connection.broken ? 'broken' : 'connected',
              last4: connection.last4,
              connectedBy: connection.connectedBy,
              connectedAt: connection.connectedAt,
              ...(connection.broken ? { brokenReason: connection.broken.reason } : {}),
            }
          : { state: 'none' },
        installerId: found.installation.user?.id,
      };
    },
  };
}
