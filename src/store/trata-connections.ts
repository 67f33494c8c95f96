import type { Kysely } from 'kysely';
import type { SecretBox } from './crypto.js';
import { StoreError } from './errors.js';
import type { Schema, TrataConnectionsTable } from './schema.js';

/**
 * Each installation's own Trata API key, sealed. Only its last 4 characters are kept in clear, for
 * the Home tab to show which key is connected.
 */

export interface TrataConnection {
  apiKey: string;
  last4: string;
  /** Slack user id of whoever connected it. */
  connectedBy: string;
  connectedAt: number;
  /** Present once Trata refused the key: the Home tab then offers Replace key. */
  broken?: { at: number; reason: string };
}

export interface TrataConnections {
  /** Connects, or replaces the key; a replaced key starts unbroken. */
  save(key: string, apiKey: string, connectedBy: string): Promise<void>;
  get(key: string): Promise<TrataConnection | undefined>;
  /**
   * `reason` is shown to admins: say what Trata answered, never the key. With `refusedKey`, only when
   * that is still the key stored (not one connected since). False when nothing was marked.
   */
  markBroken(key: string, reason: string, refusedKey?: string): Promise<boolean>;
  /** Disconnect. False when there was nothing to remove. */
  remove(key: string): Promise<boolean>;
}

export interface TrataConnectionsOptions {
  /** Called with the installation key after every write (a cache invalidates on it). */
  onChange?: (key: string) => void;
  now?: () => number;
}

export function trataConnectionContext(key: string): string {
  return `trata-connection:${key}`;
}

export function createTrataConnections(
  db: Kysely<Schema>,
  box: SecretBox,
  { onChange = () => {}, now = Date.now }: TrataConnectionsOptions = {},
): TrataConnections {
  return {
    async save(key, apiKey, connectedBy) {
      const row = toRow(key, apiKey.trim(), connectedBy, box, now());
      const { installation_key: _key, ...changes } = row;
      await db
        .insertInto('trata_connections')
        .values(row)
        .onConflict((oc) => oc.column('installation_key').doUpdateSet(changes))
        .execute();
      onChange(key);
    },
    async get(key) {
      const row = await db
        .selectFrom('trata_connections')
        .selectAll()
        .where('installation_key', '=', key)
        .executeTakeFirst();
      return row === undefined ? undefined : fromRow(row, box);
    },
    async markBroken(key, reason, refusedKey) {
      let update = db
        .updateTable('trata_connections')
        .set({ broken_at: now(), broken_reason: reason })
        .where('installation_key', '=', key);
      if (refusedKey !== undefined) {
        // Only the key Trata refused: another instance may have replaced it meanwhile. The update is
        // conditioned on the very ciphertext read, so a replacement in between wins.
        const row = await db
          .selectFrom('trata_connections')
          .selectAll()
          .where('installation_key', '=', key)
          .executeTakeFirst();
        if (row === undefined || fromRow(row, box).apiKey !== refusedKey) return false;
        update = update.where('secret', '=', row.secret);
      }
      const result = await update.executeTakeFirst();
      onChange(key);
      return result.numUpdatedRows > 0n;
    },
    async remove(key) {
      const result = await db
        .deleteFrom('trata_connections')
        .where('installation_key', '=', key)
        .executeTakeFirst();
      onChange(key);
      return result.numDeletedRows > 0n;
    },
  };
}

function toRow(
  key: string,
  apiKey: string,
  connectedBy: string,
  box: SecretBox,
  at: number,
): TrataConnectionsTable {
  if (apiKey === '') throw new StoreError('A Trata API key cannot be empty');
  return {
    installation_key: key,
    secret: box.seal(apiKey, trataConnectionContext(key)),
    key_last4: apiKey.slice(-4),
    connected_by: connectedBy,
    connected_at: at,
    broken_at: null,
    broken_reason: null,
  };
}

function fromRow(row: TrataConnectionsTable, box: SecretBox): TrataConnection {
  const connection: TrataConnection = {
    apiKey: box.open(row.secret, trataConnectionContext(row.installation_key)),
    last4: row.key_last4,
    connectedBy: row.connected_by,
    connectedAt: row.connected_at,
  };
  if (row.broken_at !== null) connection.broken = { at: row.broken_at, reason: row.broken_reason ?? '' };
  return connection;
}
