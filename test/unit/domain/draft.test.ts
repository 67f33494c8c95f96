import { describe, expect, it } from 'vitest';
import { emptyDraft, validateDraft } from '../../../src/domain/draft.js';

const US = { defaultRegion: 'US' };

describe('validateDraft', () => {
  it('accepts a full draft, normalising email case and the phone to E.164', () => {
    const result = validateDraft(
      emptyDraft({
        name: ' Jane Doe ',
        email: 'Jane@Acme.IO',
        phone: '(415) 555-0134',
        notes: ' met at expo ',
      }),
      US,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        name: 'Jane Doe',
        email: 'jane@acme.io',
        phone: '+14155550134',
        status: 'NEW',
        notes: 'met at expo',
      },
    });
  });

  it('reads national numbers in the default region and keeps international ones', () => {
    expect(validateDraft(emptyDraft({ phone: '020 7946 0958' }), { defaultRegion: 'GB' })).toMatchObject({
      ok: true,
      value: { phone: '+442079460958' },
    });
    expect(validateDraft(emptyDraft({ phone: '+49 30 901820' }), US)).toMatchObject({
      ok: true,
      value: { phone: '+4930901820' },
    });
  });

  it.each([
    [{ email: 'jane@', phone: '' }, { email: 'invalidEmail' }],
    [{ email: 'not an email' }, { email: 'invalidEmail' }],
    [
      { email: '', phone: '' },
      { email: 'needContact', phone: 'needContact' },
    ],
    [
      { name: 'Jane', email: '  ' },
      { email: 'needContact', phone: 'needContact' },
    ],
    [{ phone: '12' }, { phone: 'invalidPhone' }],
    [{ phone: 'call me' }, { phone: 'invalidPhone' }],
    [{ email: 'a@b.co', name: 'n'.repeat(513) }, { name: 'tooLong' }],
    [{ email: `${'a'.repeat(510)}@b.co` }, { email: 'tooLong' }],
    [{ phone: '1'.repeat(513) }, { phone: 'tooLong' }],
  ])('%j → errors %j', (partial, errors) => {
    expect(validateDraft(emptyDraft(partial), US)).toEqual({ ok: false, errors });
  });

  it('accepts exactly 512 characters', () => {
    expect(validateDraft(emptyDraft({ name: 'n'.repeat(512), email: 'a@b.co' }), US).ok).toBe(true);
  });

  it('refuses a status Trata does not know', () => {
    const draft = { ...emptyDraft({ email: 'a@b.co' }), status: 'WON' as never };
    expect(validateDraft(draft, US)).toEqual({ ok: false, errors: { status: 'invalidStatus' } });
  });
});
