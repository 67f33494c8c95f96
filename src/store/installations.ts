import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Kysely } from 'kysely';
import type { SecretBox } from './crypto.js';
import { InstallationNotFoundError, StoreError } from './errors.js';
import { type InstallationsTable, KEPT_PER_INSTALLATION, type Schema } from './schema.js';

/**
 * Bolt's InstallationStore on the database. Workspace installs are keyed by team id; org-wide
 * Enterprise Grid installs by enterprise id, and then serve every workspace of the org. The whole
 * Installation is sealed; only ids and names needed to route and to show are kept in clear.
 */

export type AnyInstallation = Installation<'v1' | 'v2', boolean>;

export interface InstallationKeyParts {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}

/** The key every per-installation row uses: the enterprise id for an org-wide install, else the team id. */
export function installationKey({ teamId, enterpriseId, isEnterpriseInstall }: InstallationKeyParts): string {
  const key = isEnterpriseInstall === true ? enterpriseId : teamId;
  if (key === undefined || key === '') {
    throw new StoreError(
      isEnterpriseInstall === true
        ? 'An org-wide install has no enterprise id'
        : 'A workspace install has no team id',
    );
  }
  return key;
}

export function keyOfInstallation(installation: AnyInstallation): string {
  return installationKey({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  });
}

export interface FoundInstallation {
  /** The row's key: use it for the Trata connection and everything else kept for this installation. */
  key: string;
  installation: AnyInstallation;
}

export interface AppInstallationStore extends InstallationStore {
  storeInstallation<AuthVersion extends 'v1' | 'v2'>(
    installation: Installation<AuthVersion, boolean>,
  ): Promise<void>;
  /** Throws InstallationNotFoundError, as Bolt expects, when nothing serves the query. */
  fetchInstallation(query: InstallationQuery<boolean>): Promise<AnyInstallation>;
  /** Uninstall: forgets the installation named exactly by the query (no org fallback) and all kept for it. */
  deleteInstallation(query: InstallationQuery<boolean>): Promise<void>;
  findInstallation(query: InstallationKeyParts): Promise<FoundInstallation | undefined>;
  /** Deletes the installation and every row kept for it, in one transaction. True if anything was there. */
  forgetInstallation(key: string): Promise<boolean>;
}

export interface InstallationStoreOptions {
  /** Called with the installation key after every write (a cache invalidates on it). */
  onChange?: (key: string) => void;
  now?: () => number;
}

/** Sealed under this context, a row's ciphertext opens only on that row. */
export function installationContext(key: string): string {
  return `installation:${key}`;
}

export function createInstallationStore(
  db: Kysely<Schema>,
  box: SecretBox,
  { onChange = () => {}, now = Date.now }: InstallationStoreOptions = {},
): AppInstallationStore {
  const find = (query: InstallationKeyParts) => findInstallation(db, box, query);
  const forget = async (key: string) => {
    const removed = await forgetInstallation(db, key);
    onChange(key);
    return removed;
  };
  return {
    async storeInstallation(installation) {
      const key = keyOfInstallation(installation);
      await upsertInstallation(db, toRow(key, installation, box, now()));
      onChange(key);
    },
    async fetchInstallation(query) {
      const found = await find(query);
      if (found === undefined) throw installationNotFound(query);
      return found.installation;
    },
    async deleteInstallation(query) {
      await forget(installationKey(query));
    },
    findInstallation: find,
    forgetInstallation: forget,
  };
}

function toRow(key: string, installation: AnyInstallation, box: SecretBox, at: number): InstallationsTable {
  const expiresAt = installation.bot?.expiresAt;
  return {
    key,
    team_id: installation.team?.id ?? null,
    enterprise_id: installation.enterprise?.id ?? null,
    is_enterprise_install: installation.isEnterpriseInstall === true ? 1 : 0,
    bot_user_id: installation.bot?.userId ?? null,
    bot_id: installation.bot?.id ?? null,
    installer_user_id: installation.user?.id ?? null,
    team_name: installation.team?.name ?? installation.enterprise?.name ?? null,
    secret: box.seal(JSON.stringify(installation), installationContext(key)),
    // Bolt counts in seconds; the store keeps every time in milliseconds.
    bot_token_expires_at: typeof expiresAt === 'number' ? expiresAt * 1000 : null,
    installed_at: at,
    updated_at: at,
  };
}

/** A reinstall (or a token refresh) replaces everything but the first install time. */
async function upsertInstallation(db: Kysely<Schema>, row: InstallationsTable): Promise<void> {
  const { key: _key, installed_at: _installedAt, ...changes } = row;
  await db
    .insertInto('installations')
    .values(row)
    .onConflict((oc) => oc.column('key').doUpdateSet(changes))
    .execute();
}

/**
 * One query for both candidates: the workspace's own install wins, else its org's org-wide install.
 * A query marked isEnterpriseInstall names the org directly.
 */
async function findInstallation(
  db: Kysely<Schema>,
  box: SecretBox,
  { teamId, enterpriseId, isEnterpriseInstall }: InstallationKeyParts,
): Promise<FoundInstallation | undefined> {
  const candidates = isEnterpriseInstall === true && enterpriseId ? [enterpriseId] : [teamId, enterpriseId];
  const keys = candidates.filter((k): k is string => typeof k === 'string' && k !== '');
  if (keys.length === 0) return undefined;
  const rows = await db
    .selectFrom('installations')
    .select(['key', 'secret', 'is_enterprise_install'])
    .where('key', 'in', keys)
    .execute();
  const row =
    rows.find((r) => r.key === keys[0]) ??
    rows.find((r) => r.key === enterpriseId && r.is_enterprise_install === 1);
  if (row === undefined) return undefined;
  return { key: row.key, installation: openInstallation(box, row.key, row.secret) };
}

export function openInstallation(box: SecretBox, key: string, secret: string): AnyInstallation {
  // Authenticated ciphertext this store wrote itself: its shape is the Installation we sealed.
  return JSON.parse(box.open(secret, installationContext(key))) as AnyInstallation;
}

async function forgetInstallation(db: Kysely<Schema>, key: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    let removed = 0n;
    for (const table of KEPT_PER_INSTALLATION) {
      const result = await trx.deleteFrom(table).where('installation_key', '=', key).executeTakeFirst();
      removed += result.numDeletedRows;
    }
    const result = await trx.deleteFrom('installations').where('key', '=', key).executeTakeFirst();
    return removed + result.numDeletedRows > 0n;
  });
}

export function installationNotFound(query: InstallationKeyParts): InstallationNotFoundError {
  return new InstallationNotFoundError(`No installation serves ${describeQuery(query)}`);
}

/** Ids only: they route requests and are not secret. */
function describeQuery({ teamId, enterpriseId, isEnterpriseInstall }: InstallationKeyParts): string {
  const parts = [
    teamId && `team ${teamId}`,
    enterpriseId && `enterprise ${enterpriseId}`,
    isEnterpriseInstall && 'org-wide',
  ];
  return parts.filter(Boolean).join(', ') || 'an empty query';
}
