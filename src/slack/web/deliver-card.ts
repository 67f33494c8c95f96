import type { Origin } from '../payloads/origin.js';
import type { Card } from '../ui/card.js';
import type { SlackApi, SlackWeb } from './client.js';
import { slackErrorCode } from './errors.js';

/**
 * Posting a prospect card where the person expects it, with Slack's ways out when the bot
 * cannot post there. The card is never silently dropped: the result says where it went.
 */

export type Delivery =
  | { where: 'channel' | 'thread'; channelId: string; ts: string }
  | { where: 'response_url'; channelId: string }
  | { where: 'dm'; channelId: string | undefined; reason: string }
  | { where: 'nowhere'; channelId: string | undefined; reason: string };

export interface DeliverDeps {
  client: Pick<SlackApi, 'chat' | 'conversations'>;
  respond: SlackWeb['respond'];
}

/** Why the card could not go to the channel, in words for the person who submitted. */
const REASONS: Record<string, string> = {
  channel_not_found: 'the app isn’t a member of that conversation',
  not_in_channel: 'the app isn’t a member of that channel',
  is_archived: 'that channel is archived',
  restricted_action: 'posting there is restricted by your workspace',
  restricted_action_read_only_channel: 'that channel is read-only',
  restricted_action_thread_only_channel: 'that channel only allows thread replies',
  restricted_action_non_threadable_channel: 'that channel doesn’t allow threads',
};

export function reasonText(code: string): string {
  return REASONS[code] ?? `Slack refused the post (${code})`;
}

export async function deliverCard(card: Card, origin: Origin, deps: DeliverDeps): Promise<Delivery> {
  const { client } = deps;
  const channel = origin.channelId;
  let reason = 'the form was opened outside a conversation';
  // The person chose "only me" in the form: straight to their DM, nothing in the channel.
  const onlyMe = origin.destination === 'me';

  if (channel && origin.replaceTs) {
    // The card takes the place of the app's suggestion; if that is gone, it is posted as usual.
    try {
      await client.chat.update({ channel, ts: origin.replaceTs, text: card.text, blocks: card.blocks });
      return { where: 'thread', channelId: channel, ts: origin.replaceTs };
    } catch {
      // posted below instead
    }
  }

  if (channel && !onlyMe) {
    const threadTs = origin.source === 'shortcut' ? origin.threadTs : undefined;
    const post = async () => {
      const res = await client.chat.postMessage({
        channel,
        text: card.text,
        blocks: card.blocks,
        unfurl_links: false,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      return {
        where: threadTs ? ('thread' as const) : ('channel' as const),
        channelId: channel,
        ts: String(res.ts),
      };
    };
    let code: string | undefined;
    try {
      return await post();
    } catch (error) {
      code = slackErrorCode(error) ?? 'unknown_error';
    }
    if (code === 'not_in_channel') {
      // A public channel the bot hasn't joined: join (channels:join) and post again.
      try {
        await client.conversations.join({ channel });
        return await post();
      } catch (error) {
        code = slackErrorCode(error) === 'missing_scope' ? code : (slackErrorCode(error) ?? code);
      }
    }
    reason = reasonText(code);
    // Private channels and DMs the bot is not in: the command's / shortcut's response_url still reaches them.
    if (code !== 'is_archived' && origin.responseUrl) {
      const ok = await deps.respond(origin.responseUrl, {
        response_type: 'in_channel',
        text: card.text,
        blocks: card.blocks,
        replace_original: false,
      });
      if (ok) return { where: 'response_url', channelId: channel };
    }
  }

  try {
    await client.chat.postMessage({
      channel: origin.userId,
      text: card.text,
      blocks: card.blocks,
      unfurl_links: false,
    });
    if (onlyMe) return { where: 'dm', channelId: undefined, reason: 'you chose to get it yourself' };
    return { where: 'dm', channelId: channel, reason };
  } catch (error) {
    return {
      where: 'nowhere',
      channelId: channel,
      reason: `${reason}; a direct message failed too (${slackErrorCode(error) ?? 'error'})`,
    };
  }
}

/** One sentence telling the person where the card went (and how to fix it when it didn't go where they wanted). */
export function deliveryText(delivery: Delivery): string {
  const where = delivery.channelId ? `<#${delivery.channelId}>` : 'the conversation';
  switch (delivery.where) {
    case 'channel':
      return `Its card is posted in ${where}.`;
    case 'thread':
      return `Its card is posted in the lead’s thread in ${where}.`;
    case 'response_url':
      return `Its card is posted in ${where}. To let the app post there directly (and in threads), invite it with \`/invite @Trata Prospects\`.`;
    case 'dm':
      return delivery.channelId
        ? `The card couldn’t be posted in ${where} because ${delivery.reason}, so it was sent to you in a direct message from the app. To post there, invite the app with \`/invite @Trata Prospects\`.`
        : 'Its card was sent to you in a direct message from the app.';
    case 'nowhere':
      return `The prospect is saved in Trata, but its card couldn’t be posted anywhere in Slack: ${delivery.reason}.`;
  }
}
