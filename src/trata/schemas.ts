import { z } from 'zod';
import type { ProspectStatus } from '../domain/status.js';

/** What Trata answers for a prospect. Only `id`, `status`, `externalReference` and `prospectProps` are required. */
export const externalReferenceSchema = z.object({
  providerName: z.string(),
  id: z.string(),
  providerProps: z.record(z.string(), z.unknown()).nullish(),
});

export const prospectOutputSchema = z.object({
  id: z.string().min(1),
  orgId: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  externalReference: z
    .array(externalReferenceSchema)
    .nullish()
    .transform((v) => v ?? []),
  status: z.string(),
  prospectProps: z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((v) => v ?? {}),
  createdBy: z.string().nullish(),
  createdAt: z.string().nullish(),
  updatedBy: z.string().nullish(),
  updatedAt: z.string().nullish(),
});

export type Prospect = z.infer<typeof prospectOutputSchema>;
export type ExternalReference = z.infer<typeof externalReferenceSchema>;

export interface ProspectInput {
  status: ProspectStatus | string;
  name?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
  externalReference?: ExternalReference[] | null;
  prospectProps?: Record<string, unknown> | null;
}

/** FastAPI's validation error body. */
export const validationErrorSchema = z.object({
  detail: z.array(
    z.object({
      loc: z.array(z.union([z.string(), z.number()])),
      msg: z.string(),
      type: z.string().optional(),
    }),
  ),
});

export const detailMessageSchema = z.object({ detail: z.string() });

/** Trata timestamps come without a zone and are UTC. */
export function parseTrataTime(value: string | null | undefined): Date | undefined {
  if (!value) return undefined;
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/.test(value);
  const date = new Date(hasZone ? value : `${value.replace(/(\.\d{3})\d+$/, '$1')}Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
