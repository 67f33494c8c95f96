import { BLOCK } from '../ids.js';

/**
 * What a prospect card's status menu carries in its block_id: the prospect and whether the card is
 * for a record Trata already had. State travels here, never in the card's wording.
 */
export interface CardRef {
  prospectId: string;
  existing: boolean;
}

const EXISTING = 'existing:';

export function cardBlockId(ref: CardRef): string {
  return `${BLOCK.cardStatusPrefix}${ref.existing ? EXISTING : ''}${ref.prospectId}`.slice(0, 255);
}

export function parseCardBlockId(blockId: string): CardRef | undefined {
  if (!blockId.startsWith(BLOCK.cardStatusPrefix)) return undefined;
  const rest = blockId.slice(BLOCK.cardStatusPrefix.length);
  const existing = rest.startsWith(EXISTING);
  const prospectId = existing ? rest.slice(EXISTING.length) : rest;
  return prospectId ? { prospectId, existing } : undefined;
}
