import { matchReasons } from '../domain/same-contact.js';
import { SUBMISSION_KEY_PROP, type TrataClient } from '../trata/client.js';
import type { Prospect, ProspectInput } from '../trata/schemas.js';

export type DuplicateCheck =
  | { status: 'checked'; matches: Prospect[]; ours: Prospect | undefined }
  | { status: 'skipped'; reason: string };

/**
 * Looks the email and the phone up in Trata (in parallel, one quick attempt each) and keeps the
 * candidates that really are the same contact. A failed look-up never blocks creation: it is
 * reported as skipped. `ours` is a record this very submission already created (a lost answer).
 */
export async function findDuplicates(
  trata: TrataClient,
  input: ProspectInput,
  submissionKey: string,
  region: string,
): Promise<DuplicateCheck> {
  const searches = [
    input.email ? { searchBy: 'email' as const, searchValue: input.email } : undefined,
    input.phoneNumber ? { searchBy: 'phoneNumber' as const, searchValue: input.phoneNumber } : undefined,
  ].filter((s) => s !== undefined);
  try {
    const results = await Promise.all(
      searches.map((s) => trata.listProspects({ ...s, limit: 20 }, { quick: true })),
    );
    const byId = new Map<string, Prospect>();
    for (const candidate of results.flat()) {
      if (matchReasons(candidate, { email: input.email, phone: input.phoneNumber }, region).length > 0) {
        byId.set(candidate.id, candidate);
      }
    }
    const all = [...byId.values()];
    const ours = all.find((p) => p.prospectProps[SUBMISSION_KEY_PROP] === submissionKey);
    return { status: 'checked', matches: all.filter((p) => p !== ours), ours };
  } catch (error) {
    return { status: 'skipped', reason: error instanceof Error ? error.message : String(error) };
  }
}
