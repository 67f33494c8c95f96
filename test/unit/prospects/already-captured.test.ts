import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../src/domain/draft.js';
import { findAlreadyCaptured } from '../../../src/prospects/already-captured.js';
import type { Prospect } from '../../../src/trata/schemas.js';
import { FakeTrata } from './fakes.js';

const PERMALINK = 'https://acme.slack.com/archives/C0SALES/p1700000000000200';

function captured(id: string, fields: Partial<Prospect>, link: string | null = PERMALINK): Prospect {
  return {
    id,
    name: null,
    email: null,
    phoneNumber: null,
    status: 'NEW',
    externalReference: link ? [{ providerName: 'Slack', id: link }] : [],
    prospectProps: {},
    ...fields,
  };
}

describe('findAlreadyCaptured: which search', () => {
  it.each([
    [
      'the email when there is one',
      emptyDraft({ name: 'Jane Doe', email: 'jane@acme.io', phone: '+1 415 555 0134' }),
      { searchBy: 'email', searchValue: 'jane@acme.io' },
    ],
    [
      'else the phone, spaces removed',
      emptyDraft({ name: 'Jane Doe', phone: '+44 20 7946  0958' }),
      { searchBy: 'phoneNumber', searchValue: '+442079460958' },
    ],
    ['else the name', emptyDraft({ name: 'Jane Doe' }), { searchBy: 'name', searchValue: 'Jane Doe' }],
  ] as const)('searches by %s', async (_what, draft, search) => {
    const trata = new FakeTrata();
    await findAlreadyCaptured(trata, draft, PERMALINK);
    expect(trata.queries).toEqual([{ query: { ...search, limit: 20 }, quick: true }]);
  });

  it('with no email, phone or name, finds nothing without asking Trata', async () => {
    const trata = new FakeTrata([captured('pro.1', {})]);
    await expect(findAlreadyCaptured(trata, emptyDraft({ notes: 'call me' }), PERMALINK)).resolves.toEqual(
      [],
    );
    expect(trata.log).toEqual([]);
  });

  it('a phone of spaces only counts as no phone', async () => {
    const trata = new FakeTrata();
    await findAlreadyCaptured(trata, emptyDraft({ name: 'Jane', phone: '   ' }), PERMALINK);
    expect(trata.queries.map((q) => q.query.searchBy)).toEqual(['name']);
  });
});

describe('findAlreadyCaptured: which candidates', () => {
  it('keeps only records whose Slack link is this message, ignoring the query string', async () => {
    const thisMessage = captured('pro.this', { email: 'jane@acme.io' });
    const inThread = captured(
      'pro.thread',
      { email: 'jane@acme.io' },
      `${PERMALINK}?thread_ts=1700000000.000100&cid=C0SALES`,
    );
    const otherMessage = captured(
      'pro.other',
      { email: 'jane@acme.io' },
      'https://acme.slack.com/archives/C0SALES/p1700000000000999',
    );
    const notFromSlack = captured('pro.crm', { email: 'jane@acme.io' }, null);
    const otherProvider: Prospect = {
      ...captured('pro.hubspot', { email: 'jane@acme.io' }),
      externalReference: [{ providerName: 'HubSpot', id: PERMALINK }],
    };
    const trata = new FakeTrata([thisMessage, inThread, otherMessage, notFromSlack, otherProvider]);

    const found = await findAlreadyCaptured(trata, emptyDraft({ email: 'jane@acme.io' }), PERMALINK);
    expect(found.map((p) => p.id)).toEqual(['pro.this', 'pro.thread']);
  });

  it('matches a record without a query string when the permalink has one', async () => {
    const trata = new FakeTrata([captured('pro.this', { name: 'Jane Doe' })]);
    const found = await findAlreadyCaptured(
      trata,
      emptyDraft({ name: 'Jane Doe' }),
      `${PERMALINK}?thread_ts=1700000000.000100&cid=C0SALES`,
    );
    expect(found.map((p) => p.id)).toEqual(['pro.this']);
  });

  it('finds a record with several references when one of them is this message', async () => {
    const record: Prospect = {
      ...captured('pro.multi', { phoneNumber: '+442079460958' }),
      externalReference: [
        { providerName: 'Website', id: 'form-17' },
        { providerName: 'Slack', id: PERMALINK },
      ],
    };
    const trata = new FakeTrata([record]);
    const found = await findAlreadyCaptured(trata, emptyDraft({ phone: '+44 20 7946 0958' }), PERMALINK);
    expect(found.map((p) => p.id)).toEqual(['pro.multi']);
  });
});
