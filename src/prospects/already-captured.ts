import type { ProspectDraft } from '../domain/draft.js';
import { contactSearch, type ListQuery, type TrataClient } from '../trata/client.js';
import type { Prospect } from '../trata/schemas.js';

const withoutQuery = (url: string) => url.split('?')[0];

/**
 * Prospects already created from this very message. Trata cannot search by source, so candidates come
 * from the message's email, phone or name and are matched on the recorded message link.
 */
export async function findAlreadyCaptured(
  trata: TrataClient,
  draft: ProspectDraft,
  permalink: string,
): Promise<Prospect[]> {
  const phoneNumber = draft.phone.replace(/\s+/g, '');
  const search: ListQuery | undefined =
    contactSearch({ email: draft.email, phoneNumber }) ??
    (draft.name ? { searchBy: 'name', searchValue: draft.name } : undefined);
  if (!search) return [];
  const candidates = await trata.listProspects({ ...search, limit: 20 }, { quick: true });
  return candidates.filter((p) =>
    p.externalReference.some(
      (ref) => ref.providerName === 'Slack' && withoutQuery(ref.id) === withoutQuery(permalink),
    ),
  );
}
