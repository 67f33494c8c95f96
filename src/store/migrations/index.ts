import type { Migration, MigrationProvider } from 'kysely';
import * as installations from './001-installations.js';
import * as trataConnections from './002-trata-connections.js';
import * as submissions from './003-submissions.js';
import * as captures from './004-captures.js';

/**
 * Every migration, in order, in code: the bundled app has no migrations folder to read, and a
 * name that sorts after the last one is the only rule. Forward only — there is no `down`.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-installations': installations,
  '002-trata-connections': trataConnections,
  '003-submissions': submissions,
  '004-captures': captures,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
