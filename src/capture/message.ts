import { emptyDraft } from '../domain/draft.js';
import { formatPhone, normalisePhone } from '../domain/phone.js';
import type { ExtractedLead } from '../extract/types.js';
import { captureProspect } from '../prospects/capture.js';
import { messagePermalink, type Origin } from '../slack/payloads/origin.js';

import { buildSuggestion, type SuggestedLead } from '../slack/ui/suggestion.js';
import type { WatchMode } from '../store/captures.js';
import type { Workspace } from '../workspaces/workspace.js';
import type { CaptureDeps, StoredIds } from './deps.js';
import { submissionKeyOf } from './step.js';

/**
 * A new message in a watched channel that looks like a lead. Its capture row is keyed by the message
 * (installation, channel, ts), so Events API retries, a second instance or a restart handle it once.
 * The row keeps the contact details found, never the message text; the notes travel in memory only
 * (a capture resumed after a restart has none — the prospect still links the message).
 */
export interface MessageRequest {
  ids: StoredIds;
  installationKey: string;
  channelId: string;
  ts: string;
  mode: WatchMode;
  /** The person who posted it (not a bot): the prospect's "created by". */
  authorId?: string;
  teamDomain?: string;
  lead: { name: string; email: string; phone: string };
}

export const messageKey = (installationKey: string, channelId: string, ts: string) =>
  `message:${installationKey}:${channelId}:${ts}`;

/** A message is a lead when it has an email, or a phone number libphonenumber accepts. */
export function isLead(lead: ExtractedLead, region: string): boolean {
  return Boolean(lead.email) || (lead.phone !== undefined && normalisePhone(lead.phone, region).ok);
}

/** The contact details as the form would show them (a valid phone in international format). */
export function leadContacts(lead: ExtractedLead, region: string): MessageRequest['lead'] {
  const parsed = lead.phone ? normalisePhone(lead.phone, region) : { ok: false as const };
  return {
    name: lead.name ?? '',
    email: lead.email ?? '',
    phone: parsed.ok ? formatPhone(parsed.e164) : (lead.phone ?? ''),
  };
}

export async function runMessageCapture(
  deps: CaptureDeps,
  request: MessageRequest,
  options: { notes?: string; recheck: boolean },
): Promise<void> {
  const key = messageKey(request.installationKey, request.channelId, request.ts);
  const log = deps.logger.child({ capture: key, mode: request.mode });
  const workspace = await deps.workspaces.resolve(request.ids);
  if (!workspace) {
    await deps.store.update(key, { state: 'done', result: { skipped: 'not installed' } });
    return;
  }
  const notes = options.notes ?? '';
  let autoFailed: string | undefined;
  if (request.mode === 'auto') {
    if (!workspace.trata) {
      autoFailed = 'Trata isn’t connected for this workspace';
    } else {
      const outcome = await captureProspect(
        {
          trata: workspace.trata,
          slack: workspace.slack,
          respond: deps.respond,
          defaultRegion: deps.defaultRegion,
          logger: log,
        },
        {
          draft: emptyDraft({ ...request.lead, notes }),
          origin: messageOrigin(request, key, options.recheck, await permalinkOf(workspace, request)),
          via: 'watched_channel',
        },
      );
      if (outcome.kind === 'captured') {
        await deps.store.update(key, {
          state: 'done',
          prospectId: outcome.prospect.id,
          result: { prospectId: outcome.prospect.id, created: outcome.created, card: outcome.delivery.where },
        });
        return;
      }
      log.info({ outcome: outcome.kind }, 'auto capture fell back to a suggestion');
      autoFailed = autoFailure(outcome);
    }
  }
  await suggest(deps, workspace, request, key, { notes, autoFailed });
}

function autoFailure(outcome: Awaited<ReturnType<typeof captureProspect>>): string {
  switch (outcome.kind) {
    case 'invalid':
      return outcome.problems.phone
        ? 'the phone number isn’t valid'
        : outcome.problems.email
          ? 'the email isn’t valid'
          : 'some details aren’t valid';
    case 'rejected':
      return 'Trata refused some of the details';
    case 'failed':
      return outcome.reason === 'trataAuth' ? 'Trata refused the app’s API key' : 'Trata didn’t answer';
    default:
      return 'it couldn’t be created';
  }
}

async function suggest(
  deps: CaptureDeps,
  workspace: Workspace,
  request: MessageRequest,
  key: string,
  extra: { notes: string; autoFailed: string | undefined },
): Promise<void> {
  const lead: SuggestedLead = { ...request.lead, notes: extra.notes };
  const card = buildSuggestion(
    lead,
    { key, leadTs: request.ts },
    {
      signer: deps.signer,
      autoFailed: extra.autoFailed,
    },
  );
  try {
    const posted = await workspace.slack.chat.postMessage({
      channel: request.channelId,
      thread_ts: request.ts,
      text: card.text,
      blocks: card.blocks,
      unfurl_links: false,
    });
    await deps.store.update(key, {
      state: 'done',
      suggestionTs: posted.ts ?? null,
      result: { suggested: true },
    });
  } catch (error) {
    // The channel went away, the app was removed from it…: nothing to retry that would help.
    deps.logger.warn({ err: error, capture: key }, 'could not post the suggestion');
    await deps.store.update(key, { state: 'done', result: { suggested: false } });
  }
}

/** The message's link, recorded as the prospect's source (best effort: without it, the channel's). */
async function permalinkOf(workspace: Workspace, request: MessageRequest): Promise<string | undefined> {
  const built = messagePermalink(request.teamDomain, request.channelId, request.ts);
  if (built) return built;
  try {
    const res = await workspace.slack.chat.getPermalink({
      channel: request.channelId,
      message_ts: request.ts,
    });
    return typeof res.permalink === 'string' && /^https:\/\//.test(res.permalink) ? res.permalink : undefined;
  } catch {
    return undefined;
  }
}

function messageOrigin(
  request: MessageRequest,
  key: string,
  recheck: boolean,
  permalink: string | undefined,
): Origin {
  return {
    source: 'shortcut',
    teamId: request.ids.teamId ?? request.ids.enterpriseId ?? '',
    ...(request.ids.enterpriseId ? { enterpriseId: request.ids.enterpriseId } : {}),
    channelId: request.channelId,
    userId: request.authorId ?? '',
    messageTs: request.ts,
    threadTs: request.ts,
    ...(permalink ? { permalink } : {}),
    submissionKey: submissionKeyOf(key),
    ...(recheck ? { recheck: true } : {}),
  };
}
