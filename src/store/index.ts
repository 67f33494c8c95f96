/**
 * The persistent store: where installations, Trata connections and (later) submissions live.
 * Start-up: openDatabase → createSecretBox → resealAll → createWorkspaceDirectory.
 */
export { LruCache, type LruCacheOptions } from './cache.js';
export {
  createSecretBox,
  MAKE_KEY_COMMAND,
  parseEncryptionKey,
  parseEncryptionKeyList,
  type SealedWith,
  type SecretBox,
  SecretBoxError,
  type SecretBoxErrorCode,
  type SecretBoxKeys,
} from './crypto.js';
export {
  type DatabaseLocation,
  DEFAULT_SQLITE_PATH,
  describeDatabase,
  type OpenDatabaseOptions,
  openDatabase,
  parseDatabaseUrl,
  type StoreDatabase,
  type StoreLogger,
} from './database.js';
export {
  createWorkspaceDirectory,
  DEFAULT_CACHE,
  type WorkspaceDirectory,
  type WorkspaceDirectoryOptions,
} from './directory.js';
export {
  DatabaseUnreachableError,
  DatabaseUrlError,
  InstallationNotFoundError,
  MigrationError,
  SchemaTooNewError,
  StoreError,
} from './errors.js';
export {
  type AnyInstallation,
  type AppInstallationStore,
  createInstallationStore,
  type FoundInstallation,
  type InstallationKeyParts,
  type InstallationStoreOptions,
  installationKey,
  keyOfInstallation,
} from './installations.js';
export { type ResealCounts, type ResealReport, resealAll } from './reseal.js';
export type { Schema } from './schema.js';
export {
  createTrataConnections,
  type TrataConnection,
  type TrataConnections,
  type TrataConnectionsOptions,
} from './trata-connections.js';
