import { describe, expect, it } from 'vitest';
import { matchReasons } from '../../../src/domain/same-contact.js';

describe('matchReasons', () => {
  it.each([
    [{ email: ' Jane@Acme.IO ' }, { email: 'jane@acme.io' }, ['email']],
    [{ email: 'janet@acme.io' }, { email: 'jane@acme.io' }, []],
    [{ phoneNumber: '(415) 555-0134' }, { phone: '+14155550134' }, ['phone']],
    [{ phoneNumber: '+1 415-555-0134' }, { phone: '415 555 0134' }, ['phone']],
    [{ phoneNumber: '+1 415 555 0135' }, { phone: '+14155550134' }, []],
    [{ phoneNumber: 'n/a' }, { phone: '+14155550134' }, []],
    [
      { email: 'jane@acme.io', phoneNumber: '+14155550134' },
      { email: 'JANE@acme.io', phone: '+14155550134' },
      ['email', 'phone'],
    ],
    [{ email: null, phoneNumber: null }, { email: undefined, phone: undefined }, []],
  ])('%j vs %j → %j', (candidate, wanted, reasons) => {
    expect(matchReasons(candidate, wanted, 'US')).toEqual(reasons);
  });

  it('reads national numbers in the configured region', () => {
    expect(matchReasons({ phoneNumber: '020 7946 0958' }, { phone: '+442079460958' }, 'GB')).toEqual([
      'phone',
    ]);
    expect(matchReasons({ phoneNumber: '020 7946 0958' }, { phone: '+442079460958' }, 'US')).toEqual([]);
  });
});
