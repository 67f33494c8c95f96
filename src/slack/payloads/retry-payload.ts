import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { z } from 'zod';
import type { ProspectDraft } from '../../domain/draft.js';
import { PROSPECT_STATUSES } from '../../domain/status.js';
import { type Origin, originSchema } from './origin.js';
import type { PayloadSigner } from './signer.js';

/**
 * What a "Try again" button carries: the typed draft and its origin, compressed into the button's
 * value (≤ 2000 chars), signed (./signer.ts) so a crafted button cannot choose the channel, the
 * submission key or whose form it is. Nothing depends on this process's memory, so a restart loses nothing.
 */
export const MAX_BUTTON_VALUE = 2000;

const draftSchema = z.object({
  name: z.string().max(3000),
  email: z.string().max(3000),
  phone: z.string().max(3000),
  status: z.enum(PROSPECT_STATUSES),
  notes: z.string().max(3000),
});
const payloadSchema = z.object({ draft: draftSchema, origin: originSchema });

export interface RetryPayload {
  draft: ProspectDraft;
  origin: Origin;
}

function encode(payload: RetryPayload, signer: PayloadSigner): string {
  return signer.sign(deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url'));
}

/** Encodes the payload; if notes make it too long they are shortened (the message shows them in full). */
export function encodeRetryPayload(payload: RetryPayload, signer: PayloadSigner): string {
  let value = encode(payload, signer);
  let notes = payload.draft.notes;
  while (value.length > MAX_BUTTON_VALUE && notes.length > 0) {
    notes = notes.slice(0, Math.floor(notes.length * 0.75));
    value = encode({ ...payload, draft: { ...payload.draft, notes } }, signer);
  }
  return value;
}

/** The payload the app signed, or undefined for anything else. */
export function decodeRetryPayload(value: unknown, signer: PayloadSigner): RetryPayload | undefined {
  if (typeof value !== 'string' || value.length > MAX_BUTTON_VALUE) return undefined;
  const packed = signer.verify(value);
  if (packed === undefined) return undefined;
  try {
    const json = inflateRawSync(Buffer.from(packed, 'base64url'), { maxOutputLength: 64 * 1024 }).toString(
      'utf8',
    );
    const parsed = payloadSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
