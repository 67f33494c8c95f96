import { describe, expect, it } from 'vitest';
import { extractLead } from '../../src/extract/index.js';
import type { CorpusCase } from './corpus.js';
import { heldout } from './heldout.js';

/** Scores the held-out messages exactly as corpus.test.ts scores the corpus. */

type Field = 'name' | 'email' | 'phone';
const FIELDS: Field[] = ['name', 'email', 'phone'];

function run(c: CorpusCase) {
  const { id: _id, region, expected: _expected, ...message } = c;
  return extractLead(message, { defaultRegion: region ?? 'US' });
}

const results = heldout.map((c) => ({ c, got: run(c) }));
const isNoContact = (c: CorpusCase) => FIELDS.every((f) => c.expected[f] === undefined);

describe('held-out lead messages', () => {
  it('has enough varied cases', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(120);
    expect(heldout.filter(isNoContact).length).toBeGreaterThanOrEqual(25);
    expect(new Set(heldout.map((c) => c.id)).size).toBe(heldout.length);
  });

  it('reaches at least 95% accuracy per field', () => {
    const rows = FIELDS.map((field) => {
      const misses = results.filter(({ c, got }) => (got[field] ?? undefined) !== c.expected[field]);
      const accuracy = (heldout.length - misses.length) / heldout.length;
      return { field, correct: heldout.length - misses.length, total: heldout.length, accuracy, misses };
    });
    console.log(
      [
        'field   correct  total  accuracy',
        ...rows.map(
          (r) =>
            `${r.field.padEnd(8)}${String(r.correct).padStart(7)}${String(r.total).padStart(7)}${`${(r.accuracy * 100).toFixed(1)}%`.padStart(10)}`,
        ),
      ].join('\n'),
    );
    for (const r of rows) {
      for (const { c, got } of r.misses) {
        console.log(
          `  miss ${r.field} [${c.id}]: expected ${JSON.stringify(c.expected[r.field])}, got ${JSON.stringify(got[r.field])}`,
        );
      }
    }
    for (const r of rows) expect(r.accuracy, r.field).toBeGreaterThanOrEqual(0.95);
  });

  it('invents nothing on messages without contact details', () => {
    const invented = results
      .filter(({ c }) => isNoContact(c))
      .flatMap(({ c, got }) => FIELDS.filter((f) => got[f]).map((f) => `${c.id}: ${f}=${got[f]}`));
    expect(invented).toEqual([]);
  });
});
