import { describe, expect, it } from 'vitest';
import { extractLead } from '../../../src/extract/index.js';
import { draftFromLead } from '../../../src/listeners/draft-from-lead.js';

describe('draftFromLead', () => {
  it('shows a phone read in another country in international format, so the person sees the country assumed', () => {
    const lead = extractLead(
      { text: 'New lead: Jonas Weber, jonas.weber@kraftwerk-berlin.de, Telefon 030 1234567' },
      { defaultRegion: 'US' },
    );
    expect(draftFromLead(lead).phone).toBe('+49 30 1234567');
  });

  it('keeps a labelled phone that is not a valid number as written, for the person to fix', () => {
    const lead = extractLead(
      { text: 'Jane Roe, jane@roe.io, Phone: (415) 555-013' },
      { defaultRegion: 'US' },
    );
    expect(draftFromLead(lead).phone).toBe('(415) 555-013');
  });
});
