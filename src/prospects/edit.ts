import type { ValidProspect } from '../domain/draft.js';
import type { TrataClient } from '../trata/client.js';
import { TrataNotFoundError } from '../trata/errors.js';
import { toInput } from '../trata/record.js';
import type { Prospect } from '../trata/schemas.js';

/**
 * Edit details: the record is read again, and written back whole (PUT replaces) with the fields the
 * person changed — unless Trata's updatedAt moved since the form was filled in: then nothing is
 * written, and the current record is handed back for the person to see.
 */
export type EditOutcome =
  | { kind: 'saved'; updated: Prospect }
  | { kind: 'conflict'; current: Prospect }
  | { kind: 'gone' }
  | { kind: 'failed'; error: unknown };

export async function editProspect(
  deps: { trata: TrataClient },
  request: { prospectId: string; seenUpdatedAt: string; values: ValidProspect },
): Promise<EditOutcome> {
  const { trata } = deps;
  try {
    const current = await trata.getProspect(request.prospectId);
    if ((current.updatedAt ?? '') !== request.seenUpdatedAt) return { kind: 'conflict', current };
    const { values } = request;
    const { notes: _oldNotes, ...props } = current.prospectProps;
    const updated = await trata.updateProspect(
      current.id,
      toInput(current, {
        name: values.name ?? null,
        email: values.email ?? null,
        phoneNumber: values.phone ?? null,
        status: values.status,
        prospectProps: values.notes ? { ...props, notes: values.notes } : props,
      }),
    );
    return { kind: 'saved', updated };
  } catch (error) {
    if (error instanceof TrataNotFoundError) return { kind: 'gone' };
    return { kind: 'failed', error };
  }
}
