/**
 * The store's tables as Kysely sees them. Times are milliseconds since the epoch (bigint columns,
 * read back as numbers on both dialects — see database.ts), so no time-zone conversion ever applies.
 * Booleans are integers 0/1: the one representation SQLite and PostgreSQL share.
 */

export interface InstallationsTable {
  /** The enterprise id for an org-wide Enterprise Grid install, else the team id. */
  key: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  bot_user_id: string | null;
  bot_id: string | null;
  installer_user_id: string | null;
  /** The workspace's name, or the org's name for an org-wide install. */
  team_name: string | null;
  /** The whole Bolt Installation as sealed JSON: tokens exist only inside this ciphertext. */
  secret: string;
  bot_token_expires_at: number | null;
  installed_at: number;
  updated_at: number;
}

export interface TrataConnectionsTable {
  installation_key: string;
  /** The workspace's Trata API key, sealed. */
  secret: string;
  key_last4: string;
  /** Slack user id of whoever connected the key. */
  connected_by: string;
  connected_at: number;
  /** Set when Trata later refused the key (401/403); null while it works. */
  broken_at: number | null;
  broken_reason: string | null;
}

/** A capture without a click (workflow step or watched-channel message); see migration 004. */
export interface CapturesTable {
  /** `step:<function_execution_id>` or `message:<installation>:<channel>:<ts>`. */
  key: string;
  installation_key: string;
  kind: 'step' | 'message';
  /** `pending` → (`completing`: the step's outcome is known, Slack not yet told) → `done`. */
  state: 'pending' | 'completing' | 'done';
  /** JSON: what the capture needs to run again after a restart (never the message text). */
  request: string;
  /** JSON: the outcome once known. */
  result: string | null;
  prospect_id: string | null;
  /** The suggestion posted in the message's thread (suggest mode, or auto falling back). */
  suggestion_ts: string | null;
  attempts: number;
  /** Lease: until then one instance is working on it; after it, any instance may take it up. */
  claimed_until: number;
  created_at: number;
  updated_at: number;
}

export interface WatchedChannelsTable {
  installation_key: string;
  channel_id: string;
  mode: 'suggest' | 'auto';
  watched_by: string;
  watched_at: number;
  announced_at: number | null;
}

/**
 * The capture journal (migration 003): one row per capture, keyed by its kind and idempotency key.
 * `request` and `steps` are JSON written by the capture's own code (src/store/submissions.ts).
 */
export interface SubmissionsTable {
  kind: string;
  key: string;
  installation_key: string;
  team_id: string | null;
  enterprise_id: string | null;
  is_enterprise_install: number;
  user_id: string;
  request: string;
  steps: string;
  attempt: number;
  /** `working` until the person has been told; then `finished`. */
  state: 'working' | 'finished';
  worker: string | null;
  claimed_until: number;
  created_at: number;
  updated_at: number;
  finished_at: number | null;
}

/** Events API ids already handled (migration 003). */
export interface ProcessedEventsTable {
  event_id: string;
  received_at: number;
}

/** Named locks held in the store, with an expiry (migration 003). */
export interface StoreLocksTable {
  name: string;
  holder: string;
  expires_at: number;
}

export interface Schema {
  installations: InstallationsTable;
  trata_connections: TrataConnectionsTable;
  submissions: SubmissionsTable;
  processed_events: ProcessedEventsTable;
  store_locks: StoreLocksTable;
  captures: CapturesTable;
  watched_channels: WatchedChannelsTable;
}

/** Tables with an `installation_key` column: what is kept for one installation. */
export type InstallationKeyedTable = {
  [T in keyof Schema]: Schema[T] extends { installation_key: string } ? T : never;
}[keyof Schema];

/**
 * Everything kept for an installation besides its own row. Uninstalling deletes from each of these
 * in the same transaction as the installation, so a reinstall starts clean. A new table keyed by
 * installation_key must be added here (the forget test checks every table of this list).
 */
export const KEPT_PER_INSTALLATION: readonly InstallationKeyedTable[] = [
  'trata_connections',
  'submissions',
  'captures',
  'watched_channels',
];
