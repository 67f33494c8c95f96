import type { Prospect, ProspectInput } from './schemas.js';

/** The whole record as a PUT body: PUT replaces, so every field the prospect has is sent back. */
export function toInput(prospect: Prospect, changes: Partial<ProspectInput> = {}): ProspectInput {
  return {
    status: prospect.status,
    name: prospect.name ?? null,
    email: prospect.email ?? null,
    phoneNumber: prospect.phoneNumber ?? null,
    externalReference: prospect.externalReference.map((ref) => ({
      providerName: ref.providerName,
      id: ref.id,
      ...(ref.providerProps ? { providerProps: ref.providerProps } : {}),
    })),
    prospectProps: prospect.prospectProps,
    ...changes,
  };
}
