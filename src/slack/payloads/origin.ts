import { z } from 'zod';
import type { PayloadSigner } from './signer.js';

/**
 * Where a prospect form came from and where its card goes. It travels in the modal's
 * private_metadata (≤ 3000 chars), because a view submission carries no channel. It comes back in a
 * request anyone holding a signed request could shape, so it travels signed (./signer.ts).
 */
export const originSchema = z.object({
  source: z.enum(['command', 'shortcut', 'home']),
  teamId: z.string().max(32),
  /** Set for requests from an Enterprise Grid org: work that outlives the request knows whose it is. */
  enterpriseId: z.string().max(32).optional(),
  /** Where the card is posted. Absent when the form was opened outside a conversation (Home tab). */
  channelId: z.string().max(32).optional(),
  userId: z.string().max(32),
  /** The lead message (shortcut only). */
  messageTs: z.string().max(32).optional(),
  /** The parent of the lead's thread: the card is posted there. */
  threadTs: z.string().max(32).optional(),
  permalink: z.string().max(600).optional(),
  responseUrl: z.string().max(600).optional(),
  /** Stable for this form: a create whose answer was lost is looked up by it, never made twice. */
  submissionKey: z.string().min(8).max(64),
  /** Set once a create may have reached Trata: the next submit looks the prospect up before creating. */
  recheck: z.boolean().optional(),
  /** The person chose "only me" in the form: the card is sent to them by DM, not posted in the channel. */
  destination: z.enum(['channel', 'me']).optional(),
  /** A message of the app's that the card replaces (a suggestion in a watched channel's thread). */
  replaceTs: z.string().max(32).optional(),
});

export type Origin = z.infer<typeof originSchema>;

export const MAX_METADATA_LENGTH = 3000;

export function encodeOrigin(origin: Origin, signer: PayloadSigner): string {
  return signer.sign(JSON.stringify(origin));
}

/** The origin the app signed, or undefined for anything else (unsigned, changed, malformed). */
export function decodeOrigin(metadata: unknown, signer: PayloadSigner): Origin | undefined {
  if (typeof metadata !== 'string' || metadata.length > MAX_METADATA_LENGTH) return undefined;
  const json = signer.verify(metadata);
  if (json === undefined) return undefined;
  try {
    const parsed = originSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Slack's permalink format, built without a network call so nothing delays views.open. */
export function messagePermalink(
  teamDomain: string | undefined,
  channelId: string,
  ts: string,
  threadTs?: string,
): string | undefined {
  if (!teamDomain || !/^[a-z0-9-]+$/i.test(teamDomain) || !/^\d+\.\d+$/.test(ts)) return undefined;
  const base = `https://${teamDomain}.slack.com/archives/${channelId}/p${ts.replace('.', '')}`;
  return threadTs && threadTs !== ts ? `${base}?thread_ts=${threadTs}&cid=${channelId}` : base;
}
