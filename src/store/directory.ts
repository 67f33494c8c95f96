import type { Kysely } from 'kysely';
import { LruCache } from './cache.js';
import type { SecretBox } from './crypto.js';
import {
  type AppInstallationStore,
  createInstallationStore,
  type FoundInstallation,
  type InstallationKeyParts,
  installationNotFound,
} from './installations.js';
import type { Schema } from './schema.js';
import { createTrataConnections, type TrataConnection, type TrataConnections } from './trata-connections.js';

/**
 * The hot path's view of the store: each request needs its installation (Bolt's authorize) and its
 * Trata key, and both come from memory after the first request. Every write made through this
 * directory invalidates what it changed (install, token refresh, uninstall, reconnect, broken key);
 * the TTL bounds staleness from writes made by another instance.
 */

export interface WorkspaceDirectoryOptions {
  /** Per cache (installations, connections). */
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

export interface WorkspaceDirectory {
  /** Give this to Bolt as `installationStore`. */
  installationStore: AppInstallationStore;
  trataConnections: TrataConnections;
  /** Drops what is cached for one installation key. */
  invalidate(key: string): void;
  /** Drops everything, e.g. after resealAll or a restore. */
  clear(): void;
}

export const DEFAULT_CACHE = { maxEntries: 1000, ttlMs: 60_000 } as const;

export function createWorkspaceDirectory(
  db: Kysely<Schema>,
  box: SecretBox,
  {
    maxEntries = DEFAULT_CACHE.maxEntries,
    ttlMs = DEFAULT_CACHE.ttlMs,
    now = Date.now,
  }: WorkspaceDirectoryOptions = {},
): WorkspaceDirectory {
  const installations = new LruCache<string, FoundInstallation>({ maxEntries, ttlMs, now });
  const connections = new LruCache<string, TrataConnection | null>({ maxEntries, ttlMs, now });
  // Bumped by every invalidation: a read that started before it must not cache what it read.
  let epoch = 0;
  const invalidate = (key: string) => {
    epoch += 1;
    // Also queries naming the key: a new workspace install must take over from its org's install.
    installations.deleteWhere((found, cacheKey) => found.key === key || cacheKey.split('|').includes(key));
    connections.delete(key);
  };
  const clear = () => {
    epoch += 1;
    installations.clear();
    connections.clear();
  };
  const store = createInstallationStore(db, box, { onChange: invalidate, now });
  const trata = createTrataConnections(db, box, { onChange: invalidate, now });

  async function findInstallation(query: InstallationKeyParts): Promise<FoundInstallation | undefined> {
    const cacheKey = queryKey(query);
    let found = installations.get(cacheKey);
    if (found === undefined) {
      const startedAt = epoch;
      found = await store.findInstallation(query);
      if (found !== undefined && startedAt === epoch) installations.set(cacheKey, found);
    }
    // A copy each time: Bolt's token refresh mutates the installation it was given.
    return found === undefined ? undefined : structuredClone(found);
  }

  async function getConnection(key: string): Promise<TrataConnection | undefined> {
    let connection = connections.get(key);
    if (connection === undefined) {
      const startedAt = epoch;
      connection = (await trata.get(key)) ?? null;
      if (startedAt === epoch) connections.set(key, connection);
    }
    return connection === null ? undefined : structuredClone(connection);
  }

  return {
    installationStore: {
      ...store,
      findInstallation,
      async fetchInstallation(query) {
        const found = await findInstallation(query);
        if (found === undefined) throw installationNotFound(query);
        return found.installation;
      },
    },
    trataConnections: { ...trata, get: getConnection },
    invalidate,
    clear,
  };
}

function queryKey({ teamId, enterpriseId, isEnterpriseInstall }: InstallationKeyParts): string {
  return `${isEnterpriseInstall === true ? 'org' : 'team'}|${enterpriseId ?? ''}|${teamId ?? ''}`;
}
