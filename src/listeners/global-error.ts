import type { App, Context } from '@slack/bolt';
import type { Logger } from 'pino';
import { MESSAGES } from '../slack/ui/messages.js';
import type { SlackApi, SlackWeb } from '../slack/web/client.js';
import type { Workspace } from '../workspaces/workspace.js';
import { TrataNotConnectedError } from './context.js';

/**
 * The last line of defence for an error thrown in any listener: it is logged with what Slack sent
 * and a correlation id, the person is told (with that id), and the process keeps serving.
 */
export function register(
  app: App,
  deps: { logger: Logger; web: SlackWeb; newCorrelationId: () => string },
): void {
  // With extendedErrorHandler the handler gets { error, body, context, logger }.
  const onError = async (args: { error: Error; body?: unknown; context?: Context }) => {
    const workspace = args.context?.workspace as Workspace | undefined;
    const token = args.context?.botToken;
    const slack = workspace?.slack ?? (token ? deps.web.forToken(token) : undefined);
    await reportListenerError(args, { ...deps, slack });
  };
  app.error(onError as unknown as Parameters<typeof app.error>[0]);
}

export async function reportListenerError(
  { error, body }: { error: Error; body?: unknown },
  deps: {
    logger: Logger;
    web: Pick<SlackWeb, 'respond'>;
    slack: SlackApi | undefined;
    newCorrelationId: () => string;
  },
): Promise<void> {
  const correlationId = deps.newCorrelationId();
  const payload = (body ?? {}) as Record<string, unknown>;
  const userId = stringAt(payload, ['user', 'id']) ?? stringAt(payload, ['user_id']);
  const channelId = stringAt(payload, ['channel', 'id']) ?? stringAt(payload, ['channel_id']);
  const responseUrl = stringAt(payload, ['response_url']);
  const cause = (error as { original?: unknown }).original ?? error;
  const notConnected = cause instanceof TrataNotConnectedError;
  deps.logger[notConnected ? 'warn' : 'error'](
    {
      err: error,
      correlationId,
      payloadType: stringAt(payload, ['type']) ?? stringAt(payload, ['command']),
      callbackId: stringAt(payload, ['callback_id']) ?? stringAt(payload, ['view', 'callback_id']),
      user: userId,
      channel: channelId,
    },
    notConnected ? 'request from a workspace without Trata connected' : 'unhandled error in a listener',
  );
  const text = notConnected ? MESSAGES.trataNotConnected : MESSAGES.unexpected(correlationId);
  if (
    responseUrl &&
    (await deps.web.respond(responseUrl, { response_type: 'ephemeral', text, replace_original: false }))
  ) {
    return;
  }
  const slack = deps.slack;
  if (!userId || !slack) return;
  try {
    if (channelId) await slack.chat.postEphemeral({ channel: channelId, user: userId, text });
    else await slack.chat.postMessage({ channel: userId, text });
  } catch {
    await slack.chat.postMessage({ channel: userId, text }).catch(() => undefined);
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
