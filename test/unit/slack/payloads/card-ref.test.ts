import { describe, expect, it } from 'vitest';
import { BLOCK } from '../../../../src/slack/ids.js';
import { cardBlockId, parseCardBlockId } from '../../../../src/slack/payloads/card-ref.js';

describe('card block ids', () => {
  it.each([
    { prospectId: 'pro.1731301754.OZSMSU1S', existing: false },
    { prospectId: 'pro.1731301754.OZSMSU1S', existing: true },
    { prospectId: 'id:with:colons', existing: true },
  ])('round-trips %j', (ref) => {
    const blockId = cardBlockId(ref);
    expect(blockId.startsWith(BLOCK.cardStatusPrefix)).toBe(true);
    expect(parseCardBlockId(blockId)).toEqual(ref);
  });

  it('tells a new-prospect card from an existing-prospect card by id alone', () => {
    const id = 'pro.1';
    expect(cardBlockId({ prospectId: id, existing: true })).not.toBe(
      cardBlockId({ prospectId: id, existing: false }),
    );
  });

  it('reads cards posted before the existing flag (`card_status:<id>`) as new-prospect cards', () => {
    expect(parseCardBlockId('card_status:pro.1731301754.OZSMSU1S')).toEqual({
      prospectId: 'pro.1731301754.OZSMSU1S',
      existing: false,
    });
  });

  it('stays within Slack’s 255-character block_id limit', () => {
    expect(cardBlockId({ prospectId: 'x'.repeat(400), existing: true }).length).toBeLessThanOrEqual(255);
  });

  it.each([
    '',
    'prospect_status',
    'prospect_form_error',
    'card_status',
    'card_status:',
    'card_status:existing:',
    'xcard_status:pro.1',
    'CARD_STATUS:pro.1',
  ])('ignores a block id that is not a card’s: %j', (blockId) => {
    expect(parseCardBlockId(blockId)).toBeUndefined();
  });
});
