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

describe('validateDraft: typed text hygiene', () => {
  const ok = (draft: Parameters<typeof emptyDraft>[0]) => {
    const result = validateDraft(emptyDraft({ email: 'jane@acme.io', ...draft }), US);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.errors)}`);
    return result.value;
  };

  it('removes control characters (NUL, ESC, BEL, DEL, C1) from every field', () => {
    const value = ok({
      name: 'Ja\u0000ne\u001b[31m Doe\u0007\u007f\u0085',
      email: 'ja\u0000ne@acme.io\u001b',
      phone: '+1 415\u0000 555 0134\u009b',
      notes: 'a\u0000b\u001b[2Jc\u0008d\u009f',
    });
    expect(value).toMatchObject({ name: 'Jane[31m Doe', email: 'jane@acme.io', phone: '+14155550134' });
    expect(value.notes).toBe('ab[2Jcd');
  });

  it('takes line breaks out of name, email and phone; notes keep newlines and tabs, CRLF becomes LF', () => {
    const value = ok({
      name: 'Jane\r\nDoe\tX',
      email: 'jane@acme.io\r\n',
      notes: 'line 1\r\nline 2\rline 3\n\tindented',
    });
    expect(value.name).toBe('Jane Doe X');
    expect(value.email).toBe('jane@acme.io');
    expect(value.notes).toBe('line 1\nline 2\nline 3\n\tindented');
    // The CRLF is gone, so what is left is one (invalid) address, not a header injection.
    expect(validateDraft(emptyDraft({ email: 'jane@acme.io\r\nBcc: victim@x.io' }), US)).toMatchObject({
      ok: false,
      errors: { email: 'invalidEmail' },
    });
  });

  it('counts a field of only invisible characters as empty', () => {
    const invisible = '\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202e\u2066\u00ad \u200b';
    expect(ok({ name: invisible, notes: invisible })).toMatchObject({ name: undefined, notes: undefined });
    expect(validateDraft(emptyDraft({ email: invisible, phone: invisible }), US)).toMatchObject({
      ok: false,
      errors: { email: 'needContact', phone: 'needContact' },
    });
  });

  it('strips invisible characters from email and phone, and from the ends of name and notes', () => {
    expect(ok({ email: 'ja\u200bne@ac\u2060me.io', phone: '+1\u200e 415 555 0134' })).toMatchObject({
      email: 'jane@acme.io',
      phone: '+14155550134',
    });
    expect(ok({ name: '\u200bJane Doe\ufeff', notes: '\u200b hi \u200d' })).toMatchObject({
      name: 'Jane Doe',
      notes: 'hi',
    });
    // Inside a name, joiners can be meaningful (emoji sequences, Persian ZWNJ): kept.
    expect(ok({ name: 'می\u200cخواهم' }).name).toBe('می\u200cخواهم');
  });
});
