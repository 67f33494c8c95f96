import { z } from 'zod';
import type { PayloadSigner } from './signer.js';

/**
 * What the Edit details form and the Undo button carry back to the app, signed like a form's origin
 * (./origin.ts): the prospect, the card to update, whose it is, and — for an edit — the record's
 * updatedAt when the form was filled in, so a change made in Trata meanwhile is not overwritten.
 */
export const editMetaSchema = z.object({
  prospectId: z.string().min(1).max(200),
  /** Trata's updatedAt of the record the form shows ('' when Trata gave none). */
  updatedAt: z.string().max(64),
  userId: z.string().max(32),
  teamId: z.string().max(32),
  /** The card the form was opened from: updated in place once saved. */
  channelId: z.string().max(32).optional(),
  ts: z.string().max(32).optional(),
  existing: z.boolean(),
});
export type EditMeta = z.infer<typeof editMetaSchema>;

export const undoValueSchema = z.object({
  prospectId: z.string().min(1).max(200),
  /** Who may press it: the prospect's creator. */
  userId: z.string().max(32),
  /** The card to replace with "removed by …", when known. */
  channelId: z.string().max(32).optional(),
  ts: z.string().max(32).optional(),
});
export type UndoValue = z.infer<typeof undoValueSchema>;

export function encodeSigned<T>(value: T, signer: PayloadSigner): string {
  return signer.sign(JSON.stringify(value));
}

/** The value the app signed, or undefined for anything else (unsigned, changed, malformed). */
export function decodeSigned<T>(schema: z.ZodType<T>, signed: unknown, signer: PayloadSigner): T | undefined {
  if (typeof signed !== 'string' || signed.length > 3000) return undefined;
  const json = signer.verify(signed);
  if (json === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
