import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../src/extract/index.js';

describe('phones that are found', () => {
  it.each([
    ['Phone: (415) 555-0134', 'US', '+14155550134'],
    ['call 415.555.0134', 'US', '+14155550134'],
    ['Tel: +1 415 555 0134 ext. 22', 'US', '+14155550134'],
    ['Phone: 415-555-0134 x221', 'US', '+14155550134'],
    ['Mobile <tel:+14155550134|+1 415 555 0134>', 'US', '+14155550134'],
    ['Mobile: 07911 123456', 'GB', '+447911123456'],
    ['Tel: +44 20 7946 0958', 'US', '+442079460958'],
    ['Handy: 0151 23456789', 'DE', '+4915123456789'],
    ['Téléphone : 06 12 34 56 78', 'FR', '+33612345678'],
    ['Teléfono: 612 345 678', 'ES', '+34612345678'],
    ['Mobile: +91 98765 43210', 'US', '+919876543210'],
    ['WhatsApp: (11) 98765-4321', 'BR', '+5511987654321'],
    ['call me: 0049 30 12345678', 'US', '+493012345678'],
  ])('%s (%s)', (text, region, phone) => {
    expect(extractFromText(text, { defaultRegion: region }).phone).toBe(phone);
  });

  it('prefers a labelled phone over an unlabelled one, and the lead over the rep', () => {
    expect(extractFromText('Notes: reached at 212-555-0188 earlier\nPhone: 415-555-0134').phone).toBe(
      '+14155550134',
    );
    expect(extractFromText('Rep phone: 212-555-0188\nPhone: 415-555-0134').phone).toBe('+14155550134');
    expect(extractFromText('Our main line is 800-555-0199; her cell is 415-555-0134').phone).toBe(
      '+14155550134',
    );
    expect(extractFromText('Assigned to: Jane, 212-555-0188').phone).toBeUndefined();
  });

  it('wants a label or a cue for a number that stands alone', () => {
    expect(extractFromText('Front desk: (415) 555-0100').phone).toBeUndefined();
    expect(extractFromText('Missed call from (415) 555-0100').phone).toBe('+14155550100');
    expect(extractFromText('Ana Ruiz 415 555 0100').phone).toBe('+14155550100');
  });

  it('drops numbers that are invalid where they are from', () => {
    expect(extractFromText('Phone: 555-0134').phone).toBeUndefined();
    expect(extractFromText('Phone: 123-456-7890').phone).toBeUndefined();
    expect(extractFromText('Phone: 020 7946 0958').phone).toBeUndefined(); // a UK number read as US
  });
});

describe('numbers that are not phones', () => {
  it.each([
    ['Order #4155550134 confirmed'],
    ['Order number: 4155550134'],
    ['Invoice 4155550134 is due'],
    ['Tracking: 9400 1000 0000 0000 0000 00'],
    ['Ticket 4155550134 updated'],
    ['Total: $4,155,550.13'],
    ['Price 4155550134 USD'],
    ['Meeting on 2024-04-15 at 10:30'],
    ['Due 04/15/2024 17:00'],
    ['Released v4.15.550 (build 4155550134)'],
    ['Version 10.4.155.501'],
    ['Server 192.168.100.134 is down'],
    ['Card 4111 1111 1111 1111'],
    ['ZIP 94105-1234'],
    ['IBAN DE89 3704 0044 0532 0130 00'],
    ['Meeting ID: 845 1234 5678'],
    ['Uploaded 4155550134 rows'],
    ['Fax: 415-555-0134'],
    ['Bestellnummer 4155550134'],
    ['Pedido nº 4155550134'],
  ])('%s', (text) => {
    expect(extractFromText(text).phone).toBeUndefined();
  });
});
