import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Dialect, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { DatabaseUnreachableError, DatabaseUrlError } from './errors.js';
import { migrateToLatest } from './migrate.js';
import type { Schema } from './schema.js';

/**
 * Where the store lives, from DATABASE_URL: an embedded SQLite file by default (one instance, no
 * set-up), PostgreSQL when several instances must share it. Opening also migrates.
 */

export const DEFAULT_SQLITE_PATH = './data/trata-prospects.db';

export type DatabaseLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/** Anything pino-shaped; the store logs rarely (migrations applied, a pooled connection dying). */
export interface StoreLogger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface StoreDatabase {
  db: Kysely<Schema>;
  kind: DatabaseLocation['kind'];
  /** A description safe to log: the file, or PostgreSQL's host/port/database without credentials. */
  where: string;
  /** Migrations applied by this open (empty when the schema was already current). */
  migrated: string[];
  /** Resolves when the database answers; for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  logger?: StoreLogger;
}

const SQLITE_PREFIX = /^sqlite:(\/\/)?/;
const POSTGRES_PREFIX = /^postgres(ql)?:\/\//;

/** Empty counts as unset, as in the rest of the config. Never echoes the value: it may hold a password. */
export function parseDatabaseUrl(url: string | undefined): DatabaseLocation {
  const text = url?.trim() ?? '';
  if (text === '') return { kind: 'sqlite', path: DEFAULT_SQLITE_PATH };
  if (SQLITE_PREFIX.test(text)) return { kind: 'sqlite', path: sqlitePath(text) };
  if (POSTGRES_PREFIX.test(text)) return { kind: 'postgres', url: postgresUrl(text) };
  throw new DatabaseUrlError(
    `DATABASE_URL must be sqlite:PATH (or unset, for ${DEFAULT_SQLITE_PATH}) or postgres://user:password@host:5432/database; ` +
      `the value set starts with "${scheme(text)}".`,
  );
}

function sqlitePath(text: string): string {
  const path = text.replace(SQLITE_PREFIX, '');
  if (path === '')
    throw new DatabaseUrlError('DATABASE_URL sqlite: names no file, e.g. sqlite:./data/prospects.db');
  return path;
}

function postgresUrl(text: string): string {
  // A Unix socket is named by ?host=/var/run/postgresql, with no host in the authority.
  const parsed = URL.canParse(text) ? new URL(text) : undefined;
  if (parsed === undefined || (parsed.hostname === '' && !parsed.searchParams.has('host'))) {
    throw new DatabaseUrlError(
      'DATABASE_URL is not a valid PostgreSQL URL; expected postgres://user:password@host:5432/database ' +
        '(percent-encode special characters in the password).',
    );
  }
  return text;
}

function scheme(text: string): string {
  const match = /^[a-z][a-z0-9+.-]*:/i.exec(text);
  return match ? match[0] : `${text.slice(0, 1)}…`;
}

/** For logs and errors: never the URL itself, which may carry a password. */
export function describeDatabase(location: DatabaseLocation): string {
  if (location.kind === 'sqlite') return `SQLite database ${location.path}`;
  const url = new URL(location.url);
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return `PostgreSQL database ${host}:${url.port || '5432'}${url.pathname}`;
}

export async function openDatabase(
  url: string | undefined,
  options: OpenDatabaseOptions = {},
): Promise<StoreDatabase> {
  const location = parseDatabaseUrl(url);
  const where = describeDatabase(location);
  const db = new Kysely<Schema>({ dialect: createDialect(location, where, options) });
  try {
    await ping(db, where);
    const migrated = await migrateToLatest(db, where);
    if (migrated.length > 0) options.logger?.info({ migrations: migrated }, `Migrated the ${where}`);
    return {
      db,
      kind: location.kind,
      where,
      migrated,
      ping: () => ping(db, where),
      close: once(() => db.destroy()),
    };
  } catch (error) {
    // The open's own failure is the one worth reporting, not a failure to clean up after it.
    await db.destroy().catch(() => {});
    throw error;
  }
}

/**
 * A store in memory, usable at once and migrated by `migrate()` (before the first query): for an
 * app built without a store (tests), whose submissions then last as long as the process.
 */
export function memoryDatabase(): { database: StoreDatabase; migrate(): Promise<string[]> } {
  const where = 'in-memory SQLite database';
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: openSqlite(':memory:') }) });
  return {
    database: {
      db,
      kind: 'sqlite',
      where,
      migrated: [],
      ping: () => ping(db, where),
      close: once(() => db.destroy()),
    },
    migrate: () => migrateToLatest(db, where),
  };
}

function createDialect(location: DatabaseLocation, where: string, options: OpenDatabaseOptions): Dialect {
  if (location.kind === 'postgres')
    return new PostgresDialect({ pool: createPool(location.url, where, options) });
  try {
    return new SqliteDialect({ database: openSqlite(location.path) });
  } catch (error) {
    throw unreachable(where, error);
  }
}

/**
 * WAL lets readers run during a write; busy_timeout waits out another process's write instead of
 * failing; synchronous=NORMAL is durable across app crashes in WAL mode (only an OS crash can lose
 * the last commits); secure_delete overwrites deleted rows, so a ciphertext re-sealed after a key
 * change does not linger in free pages under the old key.
 */
function openSqlite(path: string): SQLite.Database {
  if (path !== ':memory:') createPrivately(path);
  const database = new SQLite(path);
  database.pragma('journal_mode = WAL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('secure_delete = ON');
  return database;
}

/** Owner-only permissions: the file holds personal data even though every secret in it is sealed. */
function createPrivately(path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
}

/**
 * bigint columns (our millisecond times) would come back as strings from pg; these never exceed
 * 2^53, so parse them as numbers, for this pool only rather than pg's process-wide default.
 */
const INT8_OID = 20;
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format),
};

function createPool(url: string, where: string, { logger }: OpenDatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 10_000,
    application_name: 'trata-slack-prospects',
    types,
  });
  // An idle client losing its server emits 'error' on the pool; unhandled, it would kill the process.
  pool.on('error', (error) => logger?.error({ err: error }, `A pooled connection to the ${where} failed`));
  return pool;
}

async function ping(db: Kysely<Schema>, where: string): Promise<void> {
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    throw unreachable(where, error);
  }
}

/** Driver messages name the host, user or file, never a password. */
function unreachable(where: string, error: unknown): DatabaseUnreachableError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DatabaseUnreachableError(`Cannot open the ${where}: ${reason}`, { cause: error });
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => {
    done ??= fn();
    return done;
  };
}
