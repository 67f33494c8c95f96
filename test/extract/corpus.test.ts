import { describe, expect, it } from 'vitest';
import { extractLead } from '../../src/extract/index.js';
import { type CorpusCase, corpus } from './corpus.js';

type Field = 'name' | 'email' | 'phone';
const FIELDS: Field[] = ['name', 'email', 'phone'];

function run(c: CorpusCase) {
  const { id: _id, region, expected: _expected, ...message } = c;
  return extractLead(message, { defaultRegion: region ?? 'US' });
}

const results = corpus.map((c) => ({ c, got: run(c) }));
const isNoContact = (c: CorpusCase) => FIELDS.every((f) => c.expected[f] === undefined);

describe('lead corpus', () => {
  it('has enough varied cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(70);
    expect(corpus.filter(isNoContact).length).toBeGreaterThanOrEqual(12);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  it('reaches at least 95% accuracy per field', () => {
    const rows = FIELDS.map((field) => {
      const misses = results.filter(({ c, got }) => (got[field] ?? undefined) !== c.expected[field]);
      const accuracy = (corpus.length - misses.length) / corpus.length;
      return { field, correct: corpus.length - misses.length, total: corpus.length, accuracy, misses };
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
