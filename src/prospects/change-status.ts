import type { ProspectStatus } from '../domain/status.js';
import type { KeyedRunner } from '../runtime/keyed-lock.js';
import type { TrataClient } from '../trata/client.js';
import { toInput } from '../trata/record.js';
import type { Prospect } from '../trata/schemas.js';

/**
 * A status change: read the record, PUT it back whole with the new status (PUT replaces). Changes to
 * one prospect run one at a time, so the last card drawn matches the last write to Trata.
 */
export type StatusChange =
  /** `updated` is what Trata now has; `changed` is false when it already had that status. */
  | { ok: true; updated: Prospect; changed: boolean }
  /** `current` is what Trata has, when it could be read: the card is redrawn from it. */
  | { ok: false; error: unknown; current: Prospect | undefined };

export async function changeStatus(
  deps: { trata: TrataClient; lock: KeyedRunner },
  prospectId: string,
  status: ProspectStatus,
  redraw: (change: StatusChange) => Promise<void>,
): Promise<void> {
  await deps.lock.run(prospectId, async () => {
    let current: Prospect | undefined;
    let change: StatusChange;
    try {
      current = await deps.trata.getProspect(prospectId);
      const changed = current.status !== status;
      const updated = changed
        ? await deps.trata.updateProspect(prospectId, toInput(current, { status }))
        : current;
      change = { ok: true, updated, changed };
    } catch (error) {
      change = { ok: false, error, current };
    }
    // Drawn inside the lock: a later change waits until this card is up to date.
    await redraw(change);
  });
}
