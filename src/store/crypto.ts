import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

/**
 * Secrets at rest (bot and refresh tokens, Trata keys) are sealed with AES-256-GCM under
 * ENCRYPTION_KEY, so a copy of the database file or a pg_dump holds no usable credential.
 *
 * A sealed value reads `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts). keyId is a short hash
 * of the key — it names which key sealed it without revealing the key — so after a key change the
 * previous key (ENCRYPTION_KEY_PREVIOUS) still opens old values until they are re-sealed.
 *
 * `context` (e.g. "installation:T123") is bound into the tag as associated data: a ciphertext
 * copied onto another row does not open there, so write access to the database alone cannot hand
 * one workspace another's Trata key.
 */

export const MAKE_KEY_COMMAND = `node -e "console.log(require('crypto').randomBytes(32).toString('base64'))"`;

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SecretBoxErrorCode =
  | 'SECRETBOX_INVALID_KEY'
  | 'SECRETBOX_MALFORMED'
  | 'SECRETBOX_UNKNOWN_KEY'
  | 'SECRETBOX_TAMPERED';

/** Never carries the key, the sealed text or the plaintext: only what an operator can act on. */
export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
  constructor(
    readonly code: SecretBoxErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Which key a sealed value is under, as far as this box knows. */
export type SealedWith = 'current' | 'previous' | 'unknown' | 'malformed';

export interface SecretBox {
  /** The current key's id (a hash prefix), safe to log. */
  readonly keyId: string;
  seal(plaintext: string, context?: string): string;
  open(sealed: string, context?: string): string;
  sealedWith(sealed: string): SealedWith;
  /** True when a previous key sealed it: re-seal it under the current one. */
  needsReseal(sealed: string): boolean;
}

export interface SecretBoxKeys {
  /** ENCRYPTION_KEY, as text (validated here) or already parsed. */
  key: string | KeyObject;
  /** ENCRYPTION_KEY_PREVIOUS: keys that still open, never seal. Text may list several, comma-separated. */
  previous?: string | readonly KeyObject[] | undefined;
}

export function createSecretBox({ key, previous }: SecretBoxKeys): SecretBox {
  const current = typeof key === 'string' ? parseEncryptionKey(key) : key;
  const older =
    typeof previous === 'string' || previous === undefined ? parseEncryptionKeyList(previous) : previous;
  return new AesGcmBox(current, older);
}

class AesGcmBox implements SecretBox {
  readonly keyId: string;
  readonly #current: KeyObject;
  readonly #keys = new Map<string, KeyObject>();

  constructor(current: KeyObject, previous: readonly KeyObject[]) {
    this.#current = current;
    this.keyId = keyIdOf(current);
    for (const key of previous) this.#keys.set(keyIdOf(key), key);
    // Set last so that a previous key equal to the current one counts as current.
    this.#keys.set(this.keyId, current);
  }

  seal(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.#current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(associatedData(this.keyId, context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.keyId, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  open(sealed: string, context = ''): string {
    const parts = parseSealed(sealed);
    const key = this.#keys.get(parts.keyId);
    if (key === undefined) {
      throw new SecretBoxError(
        'SECRETBOX_UNKNOWN_KEY',
        `A stored secret was sealed under a key that is neither ENCRYPTION_KEY nor ENCRYPTION_KEY_PREVIOUS (key id ${parts.keyId}). ` +
          'Set ENCRYPTION_KEY_PREVIOUS to the key used before.',
      );
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, key, parts.iv, { authTagLength: TAG_BYTES });
      decipher.setAAD(associatedData(parts.keyId, context));
      decipher.setAuthTag(parts.tag);
      return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8');
    } catch {
      // OpenSSL's own message says nothing useful and nothing is gained by passing it on.
      throw new SecretBoxError(
        'SECRETBOX_TAMPERED',
        'A stored secret failed its integrity check: it was altered, or copied from another row.',
      );
    }
  }

  sealedWith(sealed: string): SealedWith {
    let keyId: string;
    try {
      keyId = parseSealed(sealed).keyId;
    } catch {
      return 'malformed';
    }
    if (keyId === this.keyId) return 'current';
    return this.#keys.has(keyId) ? 'previous' : 'unknown';
  }

  needsReseal(sealed: string): boolean {
    return this.sealedWith(sealed) === 'previous';
  }
}

interface SealedParts {
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function parseSealed(sealed: string): SealedParts {
  const parts = sealed.split('.');
  const [version, keyId, iv, tag, ciphertext] = parts;
  const wellFormed =
    parts.length === 5 &&
    version === VERSION &&
    parts.every((part) => BASE64URL.test(part)) &&
    keyId !== undefined &&
    keyId !== '';
  if (!wellFormed || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new SecretBoxError(
      'SECRETBOX_MALFORMED',
      'A stored secret is not in the sealed format (v1.keyId.iv.tag.data).',
    );
  }
  const decoded = {
    keyId,
    iv: Buffer.from(iv, 'base64url'),
    tag: Buffer.from(tag, 'base64url'),
    ciphertext: Buffer.from(ciphertext, 'base64url'),
  };
  if (decoded.iv.length !== IV_BYTES || decoded.tag.length !== TAG_BYTES) {
    throw new SecretBoxError(
      'SECRETBOX_MALFORMED',
      'A stored secret is not in the sealed format (v1.keyId.iv.tag.data).',
    );
  }
  return decoded;
}

function associatedData(keyId: string, context: string): Buffer {
  return Buffer.from(`${VERSION}.${keyId}.${context}`, 'utf8');
}

/** Domain-separated so the id is not a plain hash of the key that could be reused elsewhere. */
function keyIdOf(key: KeyObject): string {
  return createHash('sha256')
    .update('trata-slack-prospects secret-box key id\0')
    .update(key.export())
    .digest()
    .subarray(0, 6)
    .toString('base64url');
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+$/;

/**
 * ENCRYPTION_KEY → a KeyObject (which prints as `SecretKeyObject { … }`, never its bytes, should it
 * end up in a log). The messages say how to make a good key and never repeat the bad one.
 */
export function parseEncryptionKey(text: string | undefined, variable = 'ENCRYPTION_KEY'): KeyObject {
  const value = text?.trim() ?? '';
  const make = `Make one with: ${MAKE_KEY_COMMAND}`;
  if (value === '') throw invalidKey(`${variable} is not set. ${make}`);
  if (!BASE64.test(value)) throw invalidKey(`${variable} is not base64. ${make}`);
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== KEY_BYTES) {
    throw invalidKey(
      `${variable} must be ${KEY_BYTES} random bytes in base64 (44 characters); it decodes to ${bytes.length} bytes. ${make}`,
    );
  }
  // 32 random bytes have ~30 distinct values; fewer than 16 means a typed or placeholder key.
  if (new Set(bytes).size < 16) throw invalidKey(`${variable} does not look random. ${make}`);
  return createSecretKey(bytes);
}

/** ENCRYPTION_KEY_PREVIOUS: none, one, or several keys separated by commas or spaces. */
export function parseEncryptionKeyList(
  text: string | undefined,
  variable = 'ENCRYPTION_KEY_PREVIOUS',
): KeyObject[] {
  const values = (text ?? '').split(/[\s,]+/).filter((v) => v !== '');
  return values.map((value, i) =>
    parseEncryptionKey(value, values.length > 1 ? `${variable} (key ${i + 1})` : variable),
  );
}

function invalidKey(message: string): SecretBoxError {
  return new SecretBoxError('SECRETBOX_INVALID_KEY', message);
}
