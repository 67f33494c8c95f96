import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

export type PhoneResult = { ok: true; e164: string } | { ok: false };

/** A phone number as a person typed it, in E.164 when it is a valid number (national numbers read in `region`). */
export function normalisePhone(input: string, region: string): PhoneResult {
  const parsed = parsePhoneNumberFromString(input, region as CountryCode);
  if (!parsed?.isValid()) return { ok: false };
  return { ok: true, e164: parsed.number };
}

/** An E.164 number as people write it (`+1 415 555 0134`); anything unparsable is returned as given. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed?.isValid() ? parsed.formatInternational() : e164;
}
