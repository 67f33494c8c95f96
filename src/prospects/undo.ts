import type { TrataClient } from '../trata/client.js';
import { TrataNotFoundError } from '../trata/errors.js';
import { type Prospect, parseTrataTime } from '../trata/schemas.js';

/** Undo is for mistakes noticed at once; later, a status such as Not interested says it. */
export const UNDO_WINDOW_MS = 10 * 60 * 1000;
export const UNDO_WINDOW_MINUTES = UNDO_WINDOW_MS / 60_000;

export type UndoOutcome =
  | { kind: 'removed'; prospect: Prospect }
  | { kind: 'notCreator' }
  | { kind: 'tooLate' }
  | { kind: 'gone' }
  | { kind: 'failed'; error: unknown };

/** Whether `userId` may still undo this prospect: they created it from Slack, under 10 minutes ago. */
export function canUndo(prospect: Prospect, userId: string, now: Date): 'yes' | 'notCreator' | 'tooLate' {
  if (prospect.prospectProps.slackUserId !== userId) return 'notCreator';
  const created = parseTrataTime(prospect.createdAt);
  if (!created || now.getTime() - created.getTime() > UNDO_WINDOW_MS) return 'tooLate';
  return 'yes';
}

/** Checked again on the press (the button may be old, or not theirs), then deleted in Trata. */
export async function undoProspect(
  deps: { trata: TrataClient; now: Date },
  request: { prospectId: string; userId: string },
): Promise<UndoOutcome> {
  try {
    const prospect = await deps.trata.getProspect(request.prospectId);
    const allowed = canUndo(prospect, request.userId, deps.now);
    if (allowed !== 'yes') return { kind: allowed };
    await deps.trata.deleteProspect(prospect.id).catch((error: unknown) => {
      // A retried DELETE whose first attempt went through answers 404: it is gone, as asked.
      if (!(error instanceof TrataNotFoundError)) throw error;
    });
    return { kind: 'removed', prospect };
  } catch (error) {
    if (error instanceof TrataNotFoundError) return { kind: 'gone' };
    return { kind: 'failed', error };
  }
}
