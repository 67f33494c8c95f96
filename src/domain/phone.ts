import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneResult = { ok: true; e164: string } | { ok: false };

/** A phone number as a person typed it, in E.164 when it is a valid number (national numbers read in `region`). */
export function normalisePhone(input: string, region: string): PhoneResult {
  const e164 = e164Of(input, region);
  return e164 ? { ok: true, e164 } : { ok: false };
}

/** The E.164 form of a valid number (national numbers read in `region`), else undefined. */
export function e164Of(input: string | null | undefined, region: string): string | undefined {
  if (!input?.trim()) return undefined;
  const parsed = parsePhoneNumberFromString(input, region as CountryCode);
  return parsed?.isValid() ? parsed.number : undefined;
}

/** An E.164 number as people write it (`+1 415 555 0134`); anything unparsable is returned as given. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.isValid() ? parsed.formatInternational() : e164;
}
