/**
 * The author's own signature. A Slack message that ends with a seller's sign-off ("— Dana Whitaker,
 * Account Executive", "--\nKevin Marsh\nSenior AE, OurCo\nkevin@ourco.com | +1 415 555 0178") was written
 * by a colleague: the name, address and number in that block are the rep's, never the lead's.
 */
import { isForwardMarker } from './labels.js';
import { isPersonWord, readNameAt } from './name.js';

/**
 * Titles only a seller signs with. Titles a buyer may hold too ("Sales Manager", "Head of Sales") are
 * left out on purpose: a lead's signature must never be mistaken for the rep's.
 */
const SELLER_TITLE =
  /^(?:(?:senior|sr\.?|junior|jr\.?|lead|principal|enterprise|strategic|regional|mid-market|smb)\s+)*(?:account executive|ae|sdr|bdr|csm|sales (?:rep|representative|executive|development rep(?:resentative)?)|customer success manager|solutions? (?:engineer|eng|consultant)|business development rep(?:resentative)?|sales)(?:\s*(?:,|\bat\b|@|\|).*)?$/i;

const CELL_SPLIT = /\s*[|,·•]\s*|\s+[-–—]\s+/;

export interface RepSignature {
  /** Indices of the signature's lines. */
  lines: ReadonlySet<number>;
}

/** A line that is just a person's name, possibly after a dash ("— Dana Whitaker", "Kevin Marsh"). */
function nameCell(cell: string): boolean {
  const parts = readNameAt(cell, 0);
  return (
    parts.length >= 2 && parts.join(' ') === cell && parts.every((p) => isPersonWord(p) || p.length <= 3)
  );
}

/**
 * Finds a seller's signature: a name line whose title (same line or the next) is a seller's, at the end
 * of the author's own text (the end of the message, or right before a forwarded email).
 */
export function findRepSignature(lines: readonly string[]): RepSignature | undefined {
  const marker = lines.findIndex(isForwardMarker);
  const end = marker >= 0 ? marker : lines.length;
  for (let i = 0; i < end; i++) {
    const line = (lines[i] ?? '').replace(/^\s*(?:—|–|--?)\s*/, '').trim();
    const all = line.split(CELL_SPLIT).filter(Boolean);
    // "…ping me — Sarah Collins, Solutions Eng, sarah@…": the author naming themselves after a dash.
    const self = all.findIndex((c, k) => k > 0 && /\b(?:me|i)$/i.test(all[k - 1] ?? '') && nameCell(c));
    const cells = self > 0 ? all.slice(self) : all;
    if (!cells[0] || !nameCell(cells[0])) continue;
    const titles = cells.length > 1 ? cells.slice(1) : [(lines[i + 1] ?? '').trim()];
    if (!titles.some((t) => SELLER_TITLE.test(t))) continue;
    let last = i;
    while (last + 1 < end && (lines[last + 1] ?? '').trim() && last - i < 5) last++;
    // Only at the end of the author's text; a signature-like line mid-message may be the lead's.
    if (lines.slice(last + 1, end).some((l) => l.trim())) continue;
    const block = new Set<number>();
    for (let k = i; k <= last; k++) block.add(k);
    return { lines: block };
  }
  return undefined;
}
