import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/extract/index.js';
import { segmentLines } from '../../src/extract/labels.js';
import { emailRegion, isPlaceName, regionHints } from '../../src/extract/region.js';

const hintsOf = (text: string, email?: string) => regionHints(segmentLines(text.split('\n')), email);

describe('region hints for numbers written without a country code', () => {
  it('reads a country field, a +CC number elsewhere and the address’s country domain as strong hints', () => {
    expect(hintsOf('Country: Ghana').strong).toEqual(['GH']);
    expect(hintsOf('Location: Berlin, Germany').strong).toEqual(['DE']);
    expect(regionHints([], undefined, ['DE']).strong).toEqual(['DE']);
    expect(hintsOf('', 'ana@acme.co.uk').strong).toEqual(['GB']);
  });

  it('reads place names and the labels’ language as weak hints', () => {
    expect(hintsOf('Kofi is based in Accra').weak).toEqual(['GH']);
    expect(hintsOf('Vorname: Jan\nHandy: 0171').weak).toEqual(['DE', 'AT', 'CH']);
    expect(hintsOf('we met in london').weak).toEqual([]); // not written as a name
  });

  it('knows vanity domains from country ones', () => {
    expect(emailRegion('ana@acme.de')).toBe('DE');
    expect(emailRegion('ana@acme.com.br')).toBe('BR');
    expect(emailRegion('ana@acme.io')).toBeUndefined();
    expect(emailRegion('ana@acme.co')).toBeUndefined();
    expect(emailRegion('ana@acme.com.co')).toBe('CO');
    expect(emailRegion('ana@acme.com')).toBeUndefined();
  });

  it('knows places from the table', () => {
    expect(isPlaceName('São Paulo')).toBe(true);
    expect(isPlaceName('Acme')).toBe(false);
  });
});

describe('national numbers read where the lead is', () => {
  it.each([
    ['Country: Ghana\nPhone: 024 123 4567', '+233241234567'],
    ['Country: United Kingdom\nMobile: 07911 123456', '+447911123456'],
    ['País: México\nTeléfono: 55 1234 5678', '+525512345678'], // also valid in the US; the field says Mexico
    ['Office +49 30 1234567, mobile 0171 1234567', '+491711234567'],
    ['Email: kofi@mensah.com.gh\nPhone: 024 123 4567', '+233241234567'],
    ['Email: jan@bakker.nl\nTel: 06 12345678', '+31612345678'],
    ['Kofi in Accra, phone 024 123 4567', '+233241234567'],
    ['Ingrid from Oslo, mobil 412 34 567', '+4741234567'],
    ['Vorname: Jan\nNachname: Berg\nHandy: 0171 1234567', '+491711234567'],
    ['Prénom : Luc\nPortable : 06 12 34 56 78', '+33612345678'],
  ])('%j', (text, phone) => {
    expect(extractFromText(text, { defaultRegion: 'US' }).phone).toBe(phone);
  });

  it('keeps a number that is valid at home at home unless the message says outright otherwise', () => {
    // Mexico City is only named, so the US reading of a valid US number stands.
    expect(extractFromText('Shipping to Mexico City. Phone: (415) 555-0134').phone).toBe('+14155550134');
    expect(extractFromText('Tel: 0171 1234567', { defaultRegion: 'DE' }).phone).toBe('+491711234567');
  });

  it('falls back to the default region, and shows the number as written when that fails too', () => {
    expect(extractFromText('Tel: 030 1234567', { defaultRegion: 'DE' }).phone).toBe('+49301234567');
    expect(extractFromText('Tel: 030 1234567').phone).toBe('030 1234567');
  });

  it('does not take the seller’s +CC number, or a dial-in’s, for a hint', () => {
    expect(extractFromText('Rep phone: +49 30 1234567\nPhone: 020 7946 0958').phone).toBe('020 7946 0958');
    expect(extractFromText('Kofi (Accra), phone 024 123 4567. Dial-in +1 646 558 8656').phone).toBe(
      '+233241234567',
    );
  });
});
