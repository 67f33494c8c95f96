import type { AppDeps } from '../deps.js';
import type { ProspectDraft } from '../domain/draft.js';
import type { Origin } from '../slack/payloads/origin.js';
import { MESSAGES } from '../slack/ui/messages.js';
import { buildProspectModal } from '../slack/ui/modal.js';
import type { ListQuery } from '../trata/client.js';
import type { Prospect } from '../trata/schemas.js';

const withoutQuery = (url: string) => url.split('?')[0];

/**
 * After the shortcut's form is open: if a prospect was already created from this very message, the
 * form is updated to lead to it (use it, or create another one anyway) instead of silently making a
 * second one. Trata cannot search by source, so candidates come from the message's email, phone or
 * name and are matched on the recorded message link. Best effort: any failure leaves the form as is.
 */
export async function offerAlreadyCaptured(
  deps: AppDeps,
  view: { id: string; hash: string },
  draft: ProspectDraft,
  origin: Origin,
): Promise<Prospect[]> {
  const permalink = origin.permalink;
  if (!permalink) return [];
  const search: ListQuery | undefined = draft.email
    ? { searchBy: 'email', searchValue: draft.email }
    : draft.phone
      ? { searchBy: 'phoneNumber', searchValue: draft.phone.replace(/\s+/g, '') }
      : draft.name
        ? { searchBy: 'name', searchValue: draft.name }
        : undefined;
  if (!search) return [];
  try {
    const candidates = await deps.trata.listProspects({ ...search, limit: 20 }, { quick: true });
    const captured = candidates.filter((p) =>
      p.externalReference.some(
        (ref) => ref.providerName === 'Slack' && withoutQuery(ref.id) === withoutQuery(permalink),
      ),
    );
    if (captured.length > 0) {
      await deps.slackApi.views.update({
        view_id: view.id,
        hash: view.hash,
        view: buildProspectModal(draft, origin, { banner: MESSAGES.alreadyCaptured, duplicates: captured }),
      });
    }
    return captured;
  } catch (error) {
    deps.logger.info({ err: error }, 'already-captured check skipped');
    return [];
  }
}
