import { CAPTURE_MESSAGES } from '../../slack/ui/messages.js';
import { slackErrorCode } from '../../slack/web/errors.js';
import type { WatchMode } from '../../store/captures.js';
import type { Workspace } from '../../workspaces/workspace.js';
import { workspaceOf } from '../context.js';
import type { Subcommand, SubcommandArgs } from './prospect.js';

/**
 * `/prospect watch` (suggest), `/prospect watch auto` (create automatically), `/prospect unwatch`.
 * The setting is kept per workspace and channel in the store; the channel's members are told once, in
 * the channel, that the app now reads new messages there. The app must be in the channel to get its
 * messages: it joins a public channel itself; a private one needs `/invite`.
 */

const MODES: Record<string, WatchMode> = { '': 'suggest', suggest: 'suggest', auto: 'auto' };

export const watch: Subcommand = async (args) => {
  await args.ack();
  const { command, deps } = args;
  const tell = reply(args);
  const captures = deps.captures;
  if (!captures) return tell(CAPTURE_MESSAGES.watchNoStore);
  const mode = MODES[args.rest.trim().toLowerCase()];
  if (!mode) return tell(CAPTURE_MESSAGES.watchUsage);
  const channel = command.channel_id;
  if (!/^[CG]/.test(channel)) return tell(CAPTURE_MESSAGES.watchNotAChannel);

  const workspace = workspaceOf(args.context);
  const current = await captures.store.watched(workspace.key, channel);
  if (current && current.mode === mode && current.announcedAt !== undefined) {
    return tell(CAPTURE_MESSAGES.watchUnchanged(mode));
  }
  const member = await joinChannel(workspace, channel);
  if (member === 'invite') return tell(CAPTURE_MESSAGES.watchInvite);
  if (member !== 'member') return tell(CAPTURE_MESSAGES.watchCannot(member));

  await captures.store.watch(workspace.key, channel, mode, command.user_id);
  deps.logger.info({ channel, mode, user: command.user_id }, 'channel watched');
  if (current?.announcedAt === undefined) {
    try {
      await workspace.slack.chat.postMessage({
        channel,
        text: CAPTURE_MESSAGES.watchAnnounce(mode, command.user_id),
      });
      await captures.store.markAnnounced(workspace.key, channel);
    } catch (error) {
      deps.logger.warn({ err: error, channel }, 'could not tell the channel it is watched');
    }
  }
  await tell(CAPTURE_MESSAGES.watchOn(mode));
};

export const unwatch: Subcommand = async (args) => {
  await args.ack();
  const { command, deps } = args;
  const tell = reply(args);
  const captures = deps.captures;
  if (!captures) return tell(CAPTURE_MESSAGES.watchNoStore);
  const workspace = workspaceOf(args.context);
  const removed = await captures.store.unwatch(workspace.key, command.channel_id);
  if (!removed) return tell(CAPTURE_MESSAGES.notWatched);
  deps.logger.info({ channel: command.channel_id, user: command.user_id }, 'channel no longer watched');
  await workspace.slack.chat
    .postMessage({ channel: command.channel_id, text: CAPTURE_MESSAGES.unwatchedAnnounce(command.user_id) })
    .catch((error: unknown) =>
      deps.logger.warn({ err: error }, 'could not tell the channel it is unwatched'),
    );
  await tell(CAPTURE_MESSAGES.unwatched);
};

function reply(args: SubcommandArgs) {
  return async (text: string): Promise<void> => {
    const told = await args.deps.respond(args.command.response_url, { response_type: 'ephemeral', text });
    if (!told) args.deps.logger.warn({ user: args.command.user_id }, 'could not answer a watch command');
  };
}

/** `member` once the app is in the channel; `invite` for a private channel it isn't in; else why not. */
async function joinChannel(workspace: Workspace, channel: string): Promise<'member' | 'invite' | string> {
  try {
    await workspace.slack.conversations.join({ channel });
    return 'member';
  } catch (error) {
    const code = slackErrorCode(error);
    // A private channel the app is already in cannot be "joined", and one it isn't in is invisible to it.
    if (code === 'method_not_supported_for_channel_type') return 'member';
    if (code === 'channel_not_found') return 'invite';
    if (code === 'is_archived') return 'the channel is archived';
    return `Slack refused (${code ?? 'error'})`;
  }
}
