import { describe, expect, it } from 'vitest';
import { mapTrataErrors, trataTextForPerson } from '../../../src/prospects/to-trata.js';

describe('mapTrataErrors: what the person reads of Trata’s refusals', () => {
  it('scrubs secrets the way the logs do', () => {
    const { fields, other } = mapTrataErrors([
      { path: ['email'], message: 'bad input: xoxb-1234-5678-secretbottoken' },
      { path: ['externalReference', 0, 'id'], message: 'header was Bearer trata-live-key-0123456789' },
    ]);
    expect(fields.email).toBe('Trata says: bad input: [redacted]');
    expect(other).toEqual(['externalReference.0.id: header was Bearer [redacted]']);
  });

  it('cuts long messages and takes out control characters', () => {
    const { fields, other } = mapTrataErrors([
      { path: ['name'], message: `no\u0000\u001b[2J good ${'x'.repeat(5000)}` },
      { path: ['body'], message: 'y'.repeat(5000) },
    ]);
    expect(fields.name).toMatch(/^Trata says: no\[2J good x+…$/);
    expect(fields.name!.length).toBeLessThanOrEqual(320);
    expect(other[0]!.length).toBeLessThanOrEqual(320);
  });
});

describe('trataTextForPerson', () => {
  it('scrubs, cleans and shortens any text from Trata', () => {
    expect(trataTextForPerson('key xapp-1-A0-123-abc\r\nnext')).toBe('key [redacted] next');
    expect(trataTextForPerson('z'.repeat(1000)).length).toBeLessThanOrEqual(300);
  });
});
