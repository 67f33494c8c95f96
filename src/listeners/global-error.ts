import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import { MESSAGES } from '../slack/ui/messages.js';
import { postToResponseUrl } from '../slack/web/errors.js';

/**
 * The last line of defence for an error thrown in any listener: it is logged with what Slack sent
 * and a correlation id, the person is told (with that id), and the process keeps serving.
 */
export async function reportListenerError(
  { error, body }: { error: Error; body?: unknown },
  deps: { logger: Logger; client: WebClient; newCorrelationId: () => string },
): Promise<void> {
  const correlationId = deps.newCorrelationId();
  const payload = (body ?? {}) as Record<string, unknown>;
  const userId = stringAt(payload, ['user', 'id']) ?? stringAt(payload, ['user_id']);
  const channelId = stringAt(payload, ['channel', 'id']) ?? stringAt(payload, ['channel_id']);
  const responseUrl = stringAt(payload, ['response_url']);
  deps.logger.error(
    {
      err: error,
      correlationId,
      payloadType: stringAt(payload, ['type']) ?? stringAt(payload, ['command']),
      callbackId: stringAt(payload, ['callback_id']) ?? stringAt(payload, ['view', 'callback_id']),
      user: userId,
      channel: channelId,
    },
    'unhandled error in a listener',
  );
  const text = MESSAGES.unexpected(correlationId);
  if (
    responseUrl &&
    (await postToResponseUrl(responseUrl, { response_type: 'ephemeral', text, replace_original: false }))
  ) {
    return;
  }
  if (!userId) return;
  try {
    if (channelId) await deps.client.chat.postEphemeral({ channel: channelId, user: userId, text });
    else await deps.client.chat.postMessage({ channel: userId, text });
  } catch {
    await deps.client.chat.postMessage({ channel: userId, text }).catch(() => undefined);
  }
}

function stringAt(value: Record<string, unknown>, path: string[]): string | undefined {
  let cursor: unknown = value;
  for (const key of path) {
    if (typeof cursor !== 'object' || cursor === null) return undefined;
    cursor = (cursor as Record<string, unknown>)[key];
  }
  return typeof cursor === 'string' ? cursor : undefined;
}
