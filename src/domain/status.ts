/** Trata's prospect statuses, in the order a sales person meets them, with the labels people read. */
export const PROSPECT_STATUSES = [
  'NEW',
  'GENERAL_ENQUIRY',
  'SCHEDULED_CALLBACK_WITH_BOT',
  'SCHEDULED_APPOINTMENT_WITH_PERSON',
  'SCHEDULED_APPOINTMENT_FOR_SERVICE',
  'NOT_INTERESTED',
  'PRODUCT_ORDER_PLACED',
  'SERVICE_ORDER_PLACED',
] as const;

export type ProspectStatus = (typeof PROSPECT_STATUSES)[number];

export const STATUS_LABELS: Record<ProspectStatus, string> = {
  NEW: 'New',
  GENERAL_ENQUIRY: 'General enquiry',
  SCHEDULED_CALLBACK_WITH_BOT: 'Callback scheduled (AI agent)',
  SCHEDULED_APPOINTMENT_WITH_PERSON: 'Appointment with a person',
  SCHEDULED_APPOINTMENT_FOR_SERVICE: 'Service appointment',
  NOT_INTERESTED: 'Not interested',
  PRODUCT_ORDER_PLACED: 'Product order placed',
  SERVICE_ORDER_PLACED: 'Service order placed',
};

export const DEFAULT_STATUS: ProspectStatus = 'NEW';

export function isProspectStatus(value: unknown): value is ProspectStatus {
  return typeof value === 'string' && (PROSPECT_STATUSES as readonly string[]).includes(value);
}

/** A label for any status string Trata returns, including ones newer than this list. */
export function statusLabel(status: string): string {
  return isProspectStatus(status) ? STATUS_LABELS[status] : status;
}
