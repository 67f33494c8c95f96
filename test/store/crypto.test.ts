import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  createSecretBox,
  MAKE_KEY_COMMAND,
  parseEncryptionKey,
  parseEncryptionKeyList,
  SecretBoxError,
} from '../../src/store/crypto.js';
import { newKeyText } from './fixtures.js';

const SECRET = 'xoxb-123456789012-abcdefABCDEF';

const codeOf = (fn: () => unknown) => catchSecretBoxError(fn).code;

describe('SecretBox', () => {
  it('opens what it sealed; the sealed text names its key by a hash, not the key', () => {
    const key = newKeyText();
    const box = createSecretBox({ key });
    const sealed = box.seal(SECRET, 'installation:T1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(sealed.split('.')[1]).toBe(box.keyId);
    expect(sealed).not.toContain(SECRET);
    expect(sealed).not.toContain(key);
    expect(box.open(sealed, 'installation:T1')).toBe(SECRET);
    expect(box.sealedWith(sealed)).toBe('current');
    expect(box.needsReseal(sealed)).toBe(false);
  });

  it('seals the same text differently every time (random IV)', () => {
    const box = createSecretBox({ key: newKeyText() });
    expect(box.seal(SECRET)).not.toBe(box.seal(SECRET));
  });

  it('refuses any altered part, without saying what was inside', () => {
    const box = createSecretBox({ key: newKeyText() });
    const sealed = box.seal(SECRET);
    const parts = sealed.split('.');
    for (const i of [2, 3, 4]) {
      const altered = [...parts];
      const part = altered[i] ?? '';
      altered[i] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1);
      const error = catchSecretBoxError(() => box.open(altered.join('.')));
      expect(error.code).toBe('SECRETBOX_TAMPERED');
      expect(error.message).not.toContain(SECRET);
      expect(error.message).not.toContain(part);
    }
  });

  it('refuses a ciphertext moved to another row (context is authenticated)', () => {
    const box = createSecretBox({ key: newKeyText() });
    const sealed = box.seal(SECRET, 'trata-connection:T1');
    expect(codeOf(() => box.open(sealed, 'trata-connection:T2'))).toBe('SECRETBOX_TAMPERED');
  });

  it('refuses malformed text and an unknown key with distinct codes', () => {
    const box = createSecretBox({ key: newKeyText() });
    const other = createSecretBox({ key: newKeyText() });
    expect(codeOf(() => box.open('plain text'))).toBe('SECRETBOX_MALFORMED');
    expect(codeOf(() => box.open('v2.a.b.c.d'))).toBe('SECRETBOX_MALFORMED');
    const foreign = other.seal(SECRET);
    const error = catchSecretBoxError(() => box.open(foreign));
    expect(error.code).toBe('SECRETBOX_UNKNOWN_KEY');
    expect(error.message).toContain('ENCRYPTION_KEY_PREVIOUS');
    expect(box.sealedWith(foreign)).toBe('unknown');
    expect(box.sealedWith('garbage')).toBe('malformed');
  });

  it('opens values sealed under a previous key and says they need re-sealing', () => {
    const oldKey = newKeyText();
    const sealedBefore = createSecretBox({ key: oldKey }).seal(SECRET, 'ctx');
    const rotated = createSecretBox({ key: newKeyText(), previous: oldKey });
    expect(rotated.open(sealedBefore, 'ctx')).toBe(SECRET);
    expect(rotated.needsReseal(sealedBefore)).toBe(true);
    const resealed = rotated.seal(rotated.open(sealedBefore, 'ctx'), 'ctx');
    expect(rotated.needsReseal(resealed)).toBe(false);
    expect(createSecretBox({ key: oldKey }).sealedWith(resealed)).toBe('unknown');
  });

  it('accepts several previous keys, and a previous key equal to the current one', () => {
    const [a, b, c] = [newKeyText(), newKeyText(), newKeyText()];
    const box = createSecretBox({ key: c, previous: `${a}, ${b},${c}` });
    expect(box.open(createSecretBox({ key: a }).seal('one'))).toBe('one');
    expect(box.open(createSecretBox({ key: b }).seal('two'))).toBe('two');
    expect(box.needsReseal(createSecretBox({ key: c }).seal('three'))).toBe(false);
  });

  it('never shows its keys when logged', () => {
    const key = newKeyText();
    const box = createSecretBox({ key });
    const shown = `${inspect(box, { depth: 10, showHidden: true })} ${JSON.stringify(box)}`;
    expect(shown).not.toContain(key);
    expect(shown).not.toContain(Buffer.from(key, 'base64').toString('hex').slice(0, 16));
    expect(inspect(parseEncryptionKey(key))).not.toContain(key);
  });
});

describe('parseEncryptionKey', () => {
  it('accepts 32 random bytes in base64 (and base64url)', () => {
    const bytes = Buffer.from(newKeyText(), 'base64');
    expect(parseEncryptionKey(bytes.toString('base64')).symmetricKeySize).toBe(32);
    expect(parseEncryptionKey(bytes.toString('base64url')).symmetricKeySize).toBe(32);
  });

  it.each([
    ['unset', undefined],
    ['empty', ''],
    ['not base64', 'this is not a key!'],
    ['16 bytes', Buffer.alloc(16, 7).toString('base64')],
    ['64 bytes', newKeyText() + newKeyText().slice(0, -1)],
    ['a placeholder', Buffer.alloc(32, 0).toString('base64')],
    ['typed text', Buffer.from('change-me-change-me-change-me-!!').toString('base64')],
  ])('refuses %s with the command that makes one', (_label, text) => {
    const error = catchSecretBoxError(() => parseEncryptionKey(text));
    expect(error.code).toBe('SECRETBOX_INVALID_KEY');
    expect(error.message).toContain('ENCRYPTION_KEY');
    expect(error.message).toContain(MAKE_KEY_COMMAND);
    if (text) expect(error.message).not.toContain(text);
  });

  it('names which previous key is wrong', () => {
    const error = catchSecretBoxError(() => parseEncryptionKeyList(`${newKeyText()},short`));
    expect(error.message).toContain('ENCRYPTION_KEY_PREVIOUS (key 2)');
    expect(parseEncryptionKeyList(undefined)).toEqual([]);
    expect(parseEncryptionKeyList(' ')).toEqual([]);
  });

  it('the command in the message makes a key it accepts', async () => {
    const { execFileSync } = await import('node:child_process');
    const made = execFileSync('node', [
      '-e',
      "console.log(require('crypto').randomBytes(32).toString('base64'))",
    ]);
    expect(parseEncryptionKey(made.toString()).symmetricKeySize).toBe(32);
    expect(MAKE_KEY_COMMAND).toContain("require('crypto').randomBytes(32).toString('base64')");
  });
});

function catchSecretBoxError(fn: () => unknown): SecretBoxError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SecretBoxError) return error;
    throw error;
  }
  throw new Error('expected a SecretBoxError');
}
