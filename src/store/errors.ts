/**
 * The store's failures, one class each with a stable `code`, so start-up can tell an operator
 * exactly what to fix. No message carries a database password, token or key.
 */

export class StoreError extends Error {
  override name = 'StoreError';
  readonly code: string = 'STORE_ERROR';
}

/** DATABASE_URL is set to something the store cannot use. */
export class DatabaseUrlError extends StoreError {
  override name = 'DatabaseUrlError';
  override readonly code = 'STORE_DATABASE_URL';
}

/** The database could not be opened or does not answer (file permissions, server down, wrong password). */
export class DatabaseUnreachableError extends StoreError {
  override name = 'DatabaseUnreachableError';
  override readonly code = 'STORE_UNREACHABLE';
}

/** The database was migrated by a newer version of the app: running older code on it could corrupt it. */
export class SchemaTooNewError extends StoreError {
  override name = 'SchemaTooNewError';
  override readonly code = 'STORE_SCHEMA_TOO_NEW';
  constructor(
    readonly where: string,
    readonly unknownMigrations: readonly string[],
  ) {
    super(
      `The ${where} has schema migrations this version of the app does not know (${unknownMigrations.join(', ')}): ` +
        'it was upgraded by a newer version. Run that newer version, or restore a backup taken before the upgrade.',
    );
  }
}

/** A migration failed; nothing of it was applied (each run is one transaction). */
export class MigrationError extends StoreError {
  override name = 'MigrationError';
  override readonly code = 'STORE_MIGRATION';
}

/** Bolt asked for an installation the store does not have (never installed, or uninstalled). */
export class InstallationNotFoundError extends StoreError {
  override name = 'InstallationNotFoundError';
  override readonly code = 'STORE_INSTALLATION_NOT_FOUND';
}
