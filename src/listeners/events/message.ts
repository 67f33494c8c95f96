import type { App } from '@slack/bolt';
import { toStoredIds } from '../../capture/deps.js';
import {
  isLead,
  leadContacts,
  type MessageRequest,
  messageKey,
  runMessageCapture,
} from '../../capture/message.js';
import { extractLead } from '../../extract/index.js';
import { type ListenerDeps, workspaceOf } from '../context.js';

/**
 * New messages in channels someone asked the app to watch (`/prospect watch`). Slack sends message
 * events only from channels the app is in; only watched ones are read. From people and bots alike
 * (form bots are bots) — never the app's own posts, edits, deletions, joins or thread replies. A
 * message with an email or a valid phone is a lead; anything else is ignored silently. Bolt has
 * answered Slack already (events are acknowledged before any listener runs); the work is recorded in
 * the store, keyed by the message, before it starts, so it is done once and finished after a crash.
 */

/** Subtypes that are still a new message someone posted (others: edits, deletions, joins, …). */
const NEW_MESSAGE_SUBTYPES = new Set([undefined, 'bot_message', 'file_share']);

interface MessageEventLike {
  type: 'message';
  subtype?: string;
  channel?: string;
  channel_type?: string;
  ts?: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  app_id?: string;
  text?: string;
  blocks?: unknown[];
  attachments?: unknown[];
}

export function register(app: App, deps: ListenerDeps): void {
  app.event('message', async ({ event, body, context }) => {
    const captures = deps.captures;
    if (!captures) return;
    const message = event as unknown as MessageEventLike;
    const { channel, ts } = message;
    if (!channel || !ts || !NEW_MESSAGE_SUBTYPES.has(message.subtype)) return;
    if (message.thread_ts && message.thread_ts !== ts) return;
    const apiAppId = (body as { api_app_id?: string }).api_app_id;
    const own =
      (message.bot_id !== undefined && message.bot_id === context.botId) ||
      (message.user !== undefined && message.user === context.botUserId) ||
      (message.app_id !== undefined && message.app_id === apiAppId);
    if (own) return;

    const workspace = workspaceOf(context);
    const watched = await captures.store.watched(workspace.key, channel);
    if (!watched) return;
    const lead = extractLead(
      { text: message.text, blocks: message.blocks, attachments: message.attachments },
      { defaultRegion: deps.defaultRegion },
    );
    if (!isLead(lead, deps.defaultRegion)) return;

    const key = messageKey(workspace.key, channel, ts);
    const request: MessageRequest = {
      ids: toStoredIds({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: context.isEnterpriseInstall,
      }),
      installationKey: workspace.key,
      channelId: channel,
      ts,
      mode: watched.mode,
      ...(message.user && !message.bot_id ? { authorId: message.user } : {}),
      lead: leadContacts(lead, deps.defaultRegion),
    };
    const begun = await captures.store.begin(
      { key, installationKey: workspace.key, kind: 'message', request },
      captures.deps.leaseMs,
    );
    if (!begun) {
      deps.logger.info({ capture: key, retry: context.retryNum }, 'message already handled');
      return;
    }
    const notes = lead.notes ?? '';
    deps.background(() => runMessageCapture(captures.deps, request, { notes, recheck: false }));
  });
}
