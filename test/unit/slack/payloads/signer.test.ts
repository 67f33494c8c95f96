import { hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPayloadSigner, derivePayloadKey } from '../../../../src/slack/payloads/signer.js';

const signer = createPayloadSigner(derivePayloadKey('the-signing-secret'));

describe('createPayloadSigner', () => {
  it('round-trips any text, keeping it readable after a 22-char MAC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const signed = signer.sign(text);
        expect(signed).toMatch(/^[A-Za-z0-9_-]{22}\./);
        expect(signed.slice(23)).toBe(text);
        expect(signer.verify(signed)).toBe(text);
      }),
    );
  });

  it('refuses changed text, a changed MAC, unsigned text and non-strings', () => {
    const signed = signer.sign('{"channelId":"C1","userId":"U1"}');
    expect(signer.verify(signed.replace('C1', 'C2'))).toBeUndefined();
    const flipped = (signed[0] === 'A' ? 'B' : 'A') + signed.slice(1);
    expect(signer.verify(flipped)).toBeUndefined();
    for (const junk of [
      '{"channelId":"C1"}',
      '',
      '.',
      `${'A'.repeat(22)}.x`,
      signed.slice(0, 22),
      42,
      null,
      undefined,
      {},
    ]) {
      expect(signer.verify(junk), String(junk)).toBeUndefined();
    }
  });

  it('refuses what another key signed', () => {
    const other = createPayloadSigner(derivePayloadKey('another-secret'));
    expect(other.verify(signer.sign('hello'))).toBeUndefined();
  });

  it('refuses a MAC that only decodes to the same bytes (non-canonical base64url)', () => {
    const signed = signer.sign('hello');
    // The 22nd char carries 2 spare bits: any other char with the same top bits decodes alike.
    const last = signed[21]!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(signer.verify(`${signed.slice(0, 21)}${twin}${signed.slice(22)}`)).toBeUndefined();
  });

  it('derives the key with HKDF-SHA256 and the info "trata-prospects payloads"', () => {
    const expected = Buffer.from(
      hkdfSync('sha256', 'the-signing-secret', '', 'trata-prospects payloads', 32),
    );
    expect(derivePayloadKey('the-signing-secret').equals(expected)).toBe(true);
  });
});
