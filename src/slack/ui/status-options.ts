import type { PlainTextOption } from '@slack/types';
import { PROSPECT_STATUSES, STATUS_LABELS } from '../../domain/status.js';
import { plain } from './text.js';

/** Trata's statuses as menu options, for the form and the card alike. */
export function statusOptions(): PlainTextOption[] {
  return PROSPECT_STATUSES.map((status) => ({ text: plain(STATUS_LABELS[status], 75), value: status }));
}
