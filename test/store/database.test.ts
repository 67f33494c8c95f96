import { statSync } from 'node:fs';
import { sql } from 'kysely';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SQLITE_PATH, describeDatabase, parseDatabaseUrl } from '../../src/store/database.js';
import { DatabaseUnreachableError, DatabaseUrlError, SchemaTooNewError } from '../../src/store/errors.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { forEachDatabase } from './databases.js';

describe('parseDatabaseUrl', () => {
  it.each([
    [undefined, { kind: 'sqlite', path: DEFAULT_SQLITE_PATH }],
    ['', { kind: 'sqlite', path: DEFAULT_SQLITE_PATH }],
    ['  ', { kind: 'sqlite', path: DEFAULT_SQLITE_PATH }],
    ['sqlite:./other.db', { kind: 'sqlite', path: './other.db' }],
    ['sqlite://./other.db', { kind: 'sqlite', path: './other.db' }],
    ['sqlite:///var/lib/trata/store.db', { kind: 'sqlite', path: '/var/lib/trata/store.db' }],
    ['sqlite:/var/lib/trata/store.db', { kind: 'sqlite', path: '/var/lib/trata/store.db' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['postgres://u:p@db:5432/app', { kind: 'postgres', url: 'postgres://u:p@db:5432/app' }],
    ['postgresql://db/app', { kind: 'postgres', url: 'postgresql://db/app' }],
    [
      'postgres:///app?host=/var/run/postgresql',
      { kind: 'postgres', url: 'postgres:///app?host=/var/run/postgresql' },
    ],
  ])('%j', (input, expected) => {
    expect(parseDatabaseUrl(input)).toEqual(expected);
  });

  it.each(['mysql://u:hunter2@db/app', 'hunter2', 'sqlite:', 'postgres://'])(
    'refuses %j naming DATABASE_URL, never echoing it',
    (input) => {
      const error = catchError(() => parseDatabaseUrl(input));
      expect(error).toBeInstanceOf(DatabaseUrlError);
      expect(error.message).toContain('DATABASE_URL');
      expect(error.message).not.toContain('hunter2');
    },
  );

  it('describes a PostgreSQL database without its credentials', () => {
    const where = describeDatabase(parseDatabaseUrl('postgres://app:s3cret-pw@db.internal:6543/prospects'));
    expect(where).toBe('PostgreSQL database db.internal:6543/prospects');
    expect(describeDatabase(parseDatabaseUrl('postgres:///app?host=/run/pg'))).toBe(
      'PostgreSQL database /run/pg:5432/app',
    );
  });
});

forEachDatabase((database) => {
  it('migrates a fresh database, then re-opens without migrating again', async () => {
    const url = await database.fresh();
    const first = await database.open(url);
    expect(first.migrated).toEqual(Object.keys(MIGRATIONS));
    const tables = await first.db.introspection.getTables();
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['installations', 'trata_connections']));
    await first.close();

    const again = await database.open(url);
    expect(again.migrated).toEqual([]);
    await again.ping();
  });

  it('logs the migrations it applied through a pino logger', async () => {
    const lines: string[] = [];
    const logger = pino({ base: undefined }, { write: (line: string) => lines.push(line) });
    await database.open(await database.fresh(), { logger });
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({
        migrations: Object.keys(MIGRATIONS),
        msg: expect.stringMatching(/^Migrated the /),
      }),
    ]);
  });

  it('refuses a database migrated by a newer version, naming the unknown migration', async () => {
    const url = await database.fresh();
    const handle = await database.open(url);
    await sql`insert into kysely_migration (name, timestamp) values (${'999-from-the-future'}, ${new Date().toISOString()})`.execute(
      handle.db,
    );
    await handle.close();

    const error = await database.open(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as SchemaTooNewError).code).toBe('STORE_SCHEMA_TOO_NEW');
    expect((error as Error).message).toContain('999-from-the-future');
    expect((error as Error).message).toContain('newer version');
  });

  it('reads times back as numbers (milliseconds)', async () => {
    const handle = await database.open();
    const at = Date.UTC(2030, 0, 2, 3, 4, 5, 678);
    await handle.db
      .insertInto('trata_connections')
      .values({
        installation_key: 'TNUMBERS',
        secret: 'x',
        key_last4: 'abcd',
        connected_by: 'U1',
        connected_at: at,
        broken_at: null,
        broken_reason: null,
      })
      .execute();
    const row = await handle.db
      .selectFrom('trata_connections')
      .select('connected_at')
      .where('installation_key', '=', 'TNUMBERS')
      .executeTakeFirstOrThrow();
    expect(row.connected_at).toBe(at);
  });

  if (database.kind === 'sqlite') {
    it('opens an existing file in well under 100 ms', async () => {
      const url = await database.fresh();
      await (await database.open(url)).close();
      const timings: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const handle = await database.open(url);
        timings.push(performance.now() - started);
        await handle.close();
      }
      expect(Math.min(...timings)).toBeLessThan(100);
    });

    it('creates the parent directory and a file only its owner can read', async () => {
      const url = (await database.fresh()).replace(/store-\d+\.db$/, 'nested/deeper/store.db');
      await (await database.open(url)).close();
      expect(statSync(url.replace(/^sqlite:/, '')).mode & 0o777).toBe(0o600);
    });
  } else {
    it('several instances starting together on one database migrate it once', async () => {
      const url = await database.fresh();
      const handles = await Promise.all([1, 2, 3, 4].map(() => database.open(url)));
      expect(handles.flatMap((h) => h.migrated).sort()).toEqual(Object.keys(MIGRATIONS));
    });

    it('says which server it could not reach, without the password', async () => {
      const url = new URL(database.url);
      url.password = 'wrong-pw-123';
      url.port = '1';
      const error = await database.open(url.toString()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnreachableError);
      expect((error as Error).message).toContain(':1/');
      expect((error as Error).message).not.toContain('wrong-pw-123');
    });
  }
});

function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}
