import { describe, expect, it } from 'vitest';
import { extractFromText, extractLead } from '../../src/extract/index.js';

describe('extractLead', () => {
  it('returns the lead and readable notes from a form bot message', () => {
    const lead = extractLead({
      text: 'New lead',
      blocks: [
        {
          type: 'section',
          fields: [
            { type: 'mrkdwn', text: '*Name*\nAna Ruiz' },
            { type: 'mrkdwn', text: '*Email*\n<mailto:ana@acme.com|ana@acme.com>' },
            { type: 'mrkdwn', text: '*Phone*\n<tel:+14155550134|+1 415 555 0134>' },
          ],
        },
      ],
    });
    expect(lead).toEqual({
      name: 'Ana Ruiz',
      email: 'ana@acme.com',
      phone: '+14155550134',
      // The fields that went into the form are not repeated in the notes.
      notes: 'New lead',
    });
  });

  it('uses the default region for national numbers', () => {
    expect(extractFromText('Tel: 030 1234567', { defaultRegion: 'DE' }).phone).toBe('+49301234567');
    expect(extractFromText('Tel: 030 1234567', { defaultRegion: 'de' }).phone).toBe('+49301234567');
    // Invalid in the US and nothing says where it is from: kept as written for the person to fix.
    expect(extractFromText('Tel: 030 1234567').phone).toBe('030 1234567');
    expect(extractFromText('Tel: (415) 555-0134', { defaultRegion: 'not a region' }).phone).toBe(
      '+14155550134',
    );
  });

  it('keeps notes readable and short', () => {
    const lead = extractFromText(`*Hello* <https://x.co|our site> &amp; more ${'word '.repeat(1000)}`);
    expect(lead.notes?.startsWith('Hello our site & more word')).toBe(true);
    expect(lead.notes?.length).toBeLessThanOrEqual(2000);
    expect(lead.notes?.endsWith('…')).toBe(true);
  });

  it('returns nothing at all for empty input', () => {
    expect(extractLead({})).toEqual({});
    expect(extractFromText('   ')).toEqual({});
  });
});
