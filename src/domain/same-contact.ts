import { e164Of } from './phone.js';

/**
 * Whether an existing record is the same person as the one being created. Trata's search matching
 * is not documented, so its results are only candidates: compared here on a normalised email
 * (trimmed, lower case) and an E.164 phone.
 */
export interface Contact {
  email?: string | null | undefined;
  phone?: string | null | undefined;
}

export type MatchReason = 'email' | 'phone';

export function normaliseEmail(email: string | null | undefined): string | undefined {
  const value = email?.trim().toLowerCase();
  return value ? value : undefined;
}

export function matchReasons(
  candidate: { email?: string | null; phoneNumber?: string | null },
  wanted: Contact,
  region: string,
): MatchReason[] {
  const reasons: MatchReason[] = [];
  const email = normaliseEmail(wanted.email);
  if (email && normaliseEmail(candidate.email) === email) reasons.push('email');
  const phone = e164Of(wanted.phone, region);
  if (phone && e164Of(candidate.phoneNumber, region) === phone) reasons.push('phone');
  return reasons;
}
