import { type Kysely, sql } from 'kysely';
import type { SecretBox } from './crypto.js';
import { installationContext } from './installations.js';
import type { Schema } from './schema.js';
import { trataConnectionContext } from './trata-connections.js';

/**
 * After a key change (ENCRYPTION_KEY new, the old one in ENCRYPTION_KEY_PREVIOUS), re-seals every
 * stored secret under the new key, so the previous key can then be dropped. Run at start-up, before
 * serving. Idempotent: rows already under the current key are not even read.
 */

interface SealedColumn {
  table: keyof Schema;
  keyColumn: string;
  context: (key: string) => string;
}

/** Every sealed `secret` column; a new table holding a secret registers here. */
const SEALED: readonly SealedColumn[] = [
  { table: 'installations', keyColumn: 'key', context: installationContext },
  { table: 'trata_connections', keyColumn: 'installation_key', context: trataConnectionContext },
];

export interface ResealCounts {
  /** Rows now sealed under the current key. */
  resealed: number;
  /** Rows under a key this box does not hold (or not sealed at all): left as they are, still unreadable. */
  unreadable: number;
}

export interface ResealReport extends ResealCounts {
  tables: Partial<Record<keyof Schema, ResealCounts>>;
}

export async function resealAll(db: Kysely<Schema>, box: SecretBox): Promise<ResealReport> {
  const report: ResealReport = { resealed: 0, unreadable: 0, tables: {} };
  for (const column of SEALED) {
    const counts = await resealColumn(db, box, column);
    report.tables[column.table] = counts;
    report.resealed += counts.resealed;
    report.unreadable += counts.unreadable;
  }
  return report;
}

async function resealColumn(db: Kysely<Schema>, box: SecretBox, column: SealedColumn): Promise<ResealCounts> {
  const counts: ResealCounts = { resealed: 0, unreadable: 0 };
  for (const row of await rowsNotUnderCurrentKey(db, box, column)) {
    if (!box.needsReseal(row.secret)) {
      counts.unreadable += 1;
      continue;
    }
    const context = column.context(row.key);
    const next = box.seal(box.open(row.secret, context), context);
    // Only if unchanged meanwhile: another instance may have stored a fresher token under the new key.
    const result = await sql`update ${sql.table(column.table)} set secret = ${next}
      where ${sql.ref(column.keyColumn)} = ${row.key} and secret = ${row.secret}`.execute(db);
    if ((result.numAffectedRows ?? 0n) > 0n) counts.resealed += 1;
  }
  return counts;
}

/** substr rather than LIKE: a key id may contain "_", which LIKE reads as a wildcard. */
async function rowsNotUnderCurrentKey(
  db: Kysely<Schema>,
  box: SecretBox,
  column: SealedColumn,
): Promise<{ key: string; secret: string }[]> {
  const prefix = `v1.${box.keyId}.`;
  const { rows } = await sql<{ key: string; secret: string }>`
    select ${sql.ref(column.keyColumn)} as key, secret from ${sql.table(column.table)}
    where substr(secret, 1, ${prefix.length}) <> ${prefix}`.execute(db);
  return rows;
}
