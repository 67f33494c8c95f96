import { type Kysely, Migrator, sql } from 'kysely';
import { MigrationError, SchemaTooNewError } from './errors.js';
import { MIGRATIONS, migrationProvider } from './migrations/index.js';
import type { Schema } from './schema.js';

/** Kysely's bookkeeping table; named here only to explain a refusal. */
const MIGRATION_TABLE = 'kysely_migration';

/**
 * Brings the schema up to date, forward only. Kysely holds a lock row while it runs, so several
 * instances starting together on PostgreSQL migrate once. Returns the names applied now.
 */
export async function migrateToLatest(db: Kysely<Schema>, where: string): Promise<string[]> {
  const { error, results = [] } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error !== undefined) {
    const unknown = await unknownMigrations(db);
    if (unknown.length > 0) throw new SchemaTooNewError(where, unknown);
    throw new MigrationError(`Migrating the ${where} failed: ${describe(error)}`, { cause: error });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Migrations the database has run that this code does not ship: only a newer version made them. */
async function unknownMigrations(db: Kysely<Schema>): Promise<string[]> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
    return rows.map((r) => r.name).filter((name) => !(name in MIGRATIONS));
  } catch {
    // No bookkeeping table at all: the failure was something else, reported by the caller.
    return [];
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
