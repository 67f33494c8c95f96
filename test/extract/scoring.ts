import { describe, expect, it } from 'vitest';
import { extractLead } from '../../src/extract/index.js';
import type { CorpusCase } from './corpus.js';

/**
 * Scores a set of lead messages: per-field accuracy (a case is right when the extracted value equals
 * the expected one, both absent included), printed as a table, and invented values on the messages
 * that have no contact details. Used for the corpus and for the held-out set alike.
 */

type Field = 'name' | 'email' | 'phone';
const FIELDS: Field[] = ['name', 'email', 'phone'];

function run(c: CorpusCase) {
  const { id: _id, region, expected: _expected, ...message } = c;
  return extractLead(message, { defaultRegion: region ?? 'US' });
}

const isNoContact = (c: CorpusCase) => FIELDS.every((f) => c.expected[f] === undefined);

export function scoreLeadSet(
  title: string,
  cases: CorpusCase[],
  minimum: { cases: number; noContact: number },
  /** Inventions known and not fixed yet, by case id: the test fails if any other appears, or one of these goes. */
  knownInventions: string[] = [],
) {
  const results = cases.map((c) => ({ c, got: run(c) }));

  describe(title, () => {
    it('has enough varied cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(minimum.cases);
      expect(cases.filter(isNoContact).length).toBeGreaterThanOrEqual(minimum.noContact);
      expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    });

    it('reaches at least 95% accuracy per field', () => {
      const rows = FIELDS.map((field) => {
        const misses = results.filter(({ c, got }) => (got[field] ?? undefined) !== c.expected[field]);
        const accuracy = (cases.length - misses.length) / cases.length;
        return { field, correct: cases.length - misses.length, total: cases.length, accuracy, misses };
      });
      console.log(
        [
          `${title}: field   correct  total  accuracy`,
          ...rows.map(
            (r) =>
              `${r.field.padEnd(8)}${String(r.correct).padStart(7)}${String(r.total).padStart(7)}${`${(r.accuracy * 100).toFixed(1)}%`.padStart(10)}`,
          ),
          ...rows.flatMap((r) =>
            r.misses.map(
              ({ c, got }) =>
                `  miss ${r.field} [${c.id}]: expected ${JSON.stringify(c.expected[r.field])}, got ${JSON.stringify(got[r.field])}`,
            ),
          ),
        ].join('\n'),
      );
      for (const r of rows) expect(r.accuracy, r.field).toBeGreaterThanOrEqual(0.95);
    });

    it('invents nothing on messages without contact details', () => {
      const invented = results
        .filter(({ c }) => isNoContact(c))
        .flatMap(({ c, got }) => FIELDS.filter((f) => got[f]).map((f) => `${c.id}: ${f}=${got[f]}`));
      expect(invented.map((line) => line.split(':')[0])).toEqual(knownInventions);
    });
  });
}
