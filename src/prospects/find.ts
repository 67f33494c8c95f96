import { cleanLine } from '../domain/clean-text.js';
import { e164Of } from '../domain/phone.js';
import { normaliseEmail } from '../domain/same-contact.js';
import type { ListQuery, TrataClient } from '../trata/client.js';
import type { Prospect } from '../trata/schemas.js';

/**
 * Finding prospects in the workspace's Trata account by a name, an email or a phone. Trata's search
 * matching is not documented, so what it returns are candidates: each is compared here (E.164
 * phone, case-insensitive email, a name containing what was typed) and the rest are dropped.
 */

export const MAX_FIND_RESULTS = 10;
/** Longest query kept: it travels in a button's value and a form's initial value. */
export const MAX_QUERY_LENGTH = 150;
/** Candidates asked of Trata: more than shown, since some are dropped. */
const CANDIDATES = 50;

export type Search =
  | { by: 'email'; value: string; typed: string }
  | { by: 'phone'; value: string; typed: string }
  | { by: 'name'; value: string; typed: string };

export type FindResult = { search: Search; matches: Prospect[]; more: boolean };

/** What the person typed, read as an email, a phone number (E.164) or a name; undefined when empty. */
export function parseSearch(text: string, region: string): Search | undefined {
  const typed = Array.from(cleanLine(text)).slice(0, MAX_QUERY_LENGTH).join('');
  if (!typed) return undefined;
  const bare = typed
    .replace(/^<mailto:([^|>]+)(?:\|[^>]*)?>$/i, '$1')
    .replace(/^<tel:([^|>]+)(?:\|[^>]*)?>$/i, '$1');
  if (/^[^\s@]+@[^\s@]+$/.test(bare)) return { by: 'email', value: normaliseEmail(bare) ?? bare, typed };
  if (/^[+(\d][\d\s().-]{5,}$/.test(bare)) {
    const e164 = e164Of(bare, region);
    if (e164) return { by: 'phone', value: e164, typed };
  }
  return { by: 'name', value: typed.toLowerCase(), typed };
}

/** Whether a record Trata returned really matches the search. */
export function matchesSearch(prospect: Prospect, search: Search, region: string): boolean {
  switch (search.by) {
    case 'email':
      return normaliseEmail(prospect.email) === search.value;
    case 'phone':
      return e164Of(prospect.phoneNumber, region) === search.value;
    case 'name':
      return cleanLine(prospect.name ?? '')
        .toLowerCase()
        .includes(search.value);
  }
}

function trataQuery(search: Search): ListQuery {
  const searchBy = search.by === 'phone' ? 'phoneNumber' : search.by;
  // Names are searched as typed; Trata may match them case-sensitively, so the comparison is ours.
  const searchValue = search.by === 'name' ? search.typed : search.value;
  return { searchBy, searchValue, limit: CANDIDATES, sortBy: 'createdAt', sortOrder: 'desc' };
}

/** Up to 10 matches, newest first. Trata's errors are thrown for the caller to word. */
export async function findProspects(
  trata: TrataClient,
  search: Search,
  region: string,
  options: { quick?: boolean } = {},
): Promise<FindResult> {
  const candidates = await trata.listProspects(trataQuery(search), { quick: options.quick ?? false });
  const seen = new Set<string>();
  const matches = candidates.filter((p) => {
    if (seen.has(p.id) || !matchesSearch(p, search, region)) return false;
    seen.add(p.id);
    return true;
  });
  return { search, matches: matches.slice(0, MAX_FIND_RESULTS), more: matches.length > MAX_FIND_RESULTS };
}
