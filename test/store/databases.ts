import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type OpenDatabaseOptions, openDatabase, type StoreDatabase } from '../../src/store/database.js';

/**
 * Runs one suite against every database the store supports: SQLite (files in a temp directory)
 * and PostgreSQL at TEST_DATABASE_URL. Each test file gets its own fresh PostgreSQL databases
 * (test_store_<random>, made through a maintenance connection and dropped afterwards), so test
 * files running in parallel never see each other's rows. Without TEST_DATABASE_URL the PostgreSQL
 * blocks are skipped, with one line saying so.
 */

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  /** This suite's database (a DATABASE_URL), created before its first test. */
  readonly url: string;
  /** Opens (and migrates) a database, closed after the suite even if a test fails. */
  open(url?: string, options?: OpenDatabaseOptions): Promise<StoreDatabase>;
  /** Another empty database, never opened yet. */
  fresh(): Promise<string>;
  /** What someone copying the database gets: the SQLite file (and WAL), or `pg_dump --data-only`. */
  dump(url?: string): Promise<Buffer | undefined>;
}

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export function forEachDatabase(suite: (database: TestDatabase) => void): void {
  describe('SQLite', () => suite(sqliteDatabases()));
  describe.skipIf(TEST_DATABASE_URL === undefined)('PostgreSQL', () =>
    suite(postgresDatabases(TEST_DATABASE_URL ?? '')),
  );
  if (TEST_DATABASE_URL === undefined) announceSkipOnce();
}

/** Handles opened by tests, closed after the suite so no pool or file stays open. */
function tracker() {
  const opened: StoreDatabase[] = [];
  return {
    async open(url: string, options?: OpenDatabaseOptions) {
      const handle = await openDatabase(url, options);
      opened.push(handle);
      return handle;
    },
    closeAll: () => Promise.all(opened.map((handle) => handle.close())),
  };
}

function sqliteDatabases(): TestDatabase {
  let dir = '';
  let count = 0;
  const handles = tracker();
  const fresh = async () => `sqlite:${join(dir, `store-${++count}.db`)}`;
  let url = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trata-store-'));
    url = await fresh();
  });
  afterAll(async () => {
    await handles.closeAll();
    await rm(dir, { recursive: true, force: true });
  });
  return {
    kind: 'sqlite',
    get url() {
      return url;
    },
    open: (target = url, options) => handles.open(target, options),
    fresh,
    async dump(target = url) {
      const path = target.replace(/^sqlite:/, '');
      const parts = [path, `${path}-wal`].filter((p) => existsSync(p));
      return Buffer.concat(await Promise.all(parts.map((p) => readFile(p))));
    },
  };
}

function postgresDatabases(maintenanceUrl: string): TestDatabase {
  const created: string[] = [];
  const handles = tracker();
  let url = '';
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: maintenanceUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  const fresh = async () => {
    const name = `test_store_${randomBytes(6).toString('hex')}`;
    await run(`create database ${name}`);
    created.push(name);
    const target = new URL(maintenanceUrl);
    target.pathname = `/${name}`;
    return target.toString();
  };
  beforeAll(async () => {
    url = await fresh();
  });
  afterAll(async () => {
    await handles.closeAll();
    for (const name of created) await run(`drop database if exists ${name} with (force)`);
  });
  return {
    kind: 'postgres',
    get url() {
      return url;
    },
    open: (target = url, options) => handles.open(target, options),
    fresh,
    dump: (target = url) => pgDump(target),
  };
}

/** undefined when pg_dump is not installed; any other failure fails the test. */
function pgDump(url: string): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    execFile(
      'pg_dump',
      ['--data-only', url],
      { encoding: 'buffer', maxBuffer: 64 << 20 },
      (error, stdout) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') resolve(undefined);
        else if (error) reject(error);
        else resolve(stdout);
      },
    );
  });
}

/**
 * Test files run in separate workers that share only the runner's process: a marker file named
 * after it lets the first file print the line and the others stay quiet.
 */
function announceSkipOnce(): void {
  const marker = join(tmpdir(), `trata-store-pg-skip-${process.ppid}`);
  try {
    writeFileSync(marker, '', { flag: 'wx' });
  } catch {
    return;
  }
  process.stderr.write(
    'PostgreSQL tests skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run them.\n',
  );
}
