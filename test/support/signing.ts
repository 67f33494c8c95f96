/** Slack request signing (v0): what Slack puts on every request it sends to the app. */
import { createHmac } from 'node:crypto';

export interface SlackSignatureHeaders {
  'x-slack-signature': string;
  'x-slack-request-timestamp': string;
  'content-type'?: string;
}

/** `v0=<hex HMAC-SHA256(signingSecret, "v0:<timestamp>:<raw body>")>` */
export function computeSlackSignature(signingSecret: string, rawBody: string, timestampSec: number): string {
  const hmac = createHmac('sha256', signingSecret).update(`v0:${timestampSec}:${rawBody}`);
  return `v0=${hmac.digest('hex')}`;
}

export function signSlackRequest(
  signingSecret: string,
  rawBody: string,
  timestampSec: number = Math.floor(Date.now() / 1000),
  contentType?: string,
): SlackSignatureHeaders {
  return {
    'x-slack-signature': computeSlackSignature(signingSecret, rawBody, timestampSec),
    'x-slack-request-timestamp': String(timestampSec),
    ...(contentType ? { 'content-type': contentType } : {}),
  };
}
