import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from 'pino';
import type { ProcessedEvents } from '../store/processed-events.js';

/**
 * Global middleware: an Events API callback whose `event_id` was already handled (Slack redelivers
 * with `x-slack-retry-num` when the first answer was late, to any instance) goes no further. Bolt
 * has acknowledged it already (function_executed excepted: acknowledged here).
 */
export function handleEventsOnce(events: ProcessedEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { type?: unknown; event_id?: unknown };
    if (body.type !== 'event_callback' || typeof body.event_id !== 'string') {
      await args.next();
      return;
    }
    if (await events.first(body.event_id)) {
      await args.next();
      return;
    }
    logger.info({ eventId: body.event_id }, 'event delivered again: already handled');
    const ack = (args as { ack?: () => Promise<void> }).ack;
    await ack?.();
  };
}
