import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Authenticates what the app hands to Slack and gets back in a later request: a modal's
 * private_metadata, a "Try again" button's value. Slack signs its requests, not what is inside them,
 * so without this anyone able to send a signed request (or a buggy client) could change where a card
 * goes, who created a prospect, or whose form it is. The text stays readable; a MAC goes in front:
 * `<HMAC-SHA256 truncated to 128 bits, base64url>.<text>`.
 */
export interface PayloadSigner {
  sign(text: string): string;
  /** The text that was signed, or undefined when `signed` is not something this key signed. */
  verify(signed: unknown): string | undefined;
}

/** 128 bits of HMAC-SHA256: plenty against forgery; every char counts in private_metadata. */
const MAC_BYTES = 16;
/** base64url of 16 bytes, without padding. */
const MAC_CHARS = 22;
/** The HKDF `info` for this key: other uses of the same secret get unrelated keys. */
export const PAYLOAD_KEY_INFO = 'trata-prospects payloads';

/** The payload key derived from a secret the app holds (HKDF-SHA256, 32 bytes). */
export function derivePayloadKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, '', PAYLOAD_KEY_INFO, 32));
}

export function createPayloadSigner(key: Buffer): PayloadSigner {
  if (key.length < 16) throw new Error('payload key too short (need at least 16 bytes)');
  const mac = (text: string) =>
    createHmac('sha256', key).update(text, 'utf8').digest().subarray(0, MAC_BYTES);
  return {
    sign(text) {
      return `${mac(text).toString('base64url')}.${text}`;
    },
    verify(signed) {
      if (typeof signed !== 'string' || signed.length <= MAC_CHARS || signed[MAC_CHARS] !== '.')
        return undefined;
      const given = Buffer.from(signed.slice(0, MAC_CHARS), 'base64url');
      if (given.length !== MAC_BYTES || given.toString('base64url') !== signed.slice(0, MAC_CHARS))
        return undefined;
      const text = signed.slice(MAC_CHARS + 1);
      return timingSafeEqual(given, mac(text)) ? text : undefined;
    },
  };
}
