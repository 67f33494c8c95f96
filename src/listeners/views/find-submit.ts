import type { App, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { findProspects, parseSearch } from '../../prospects/find.js';
import { ACTION, BLOCK, CALLBACK } from '../../slack/ids.js';
import { buildFindResultsView } from '../../slack/ui/find-results.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { TrataAuthError } from '../../trata/errors.js';
import { type ListenerDeps, TrataNotConnectedError, trataOf, workspaceOf } from '../context.js';

const queryInput = z.object({
  values: z.record(z.string(), z.record(z.string(), z.unknown())),
});
const textValue = z.object({ value: z.string().max(10_000).nullish() });

/**
 * The Home tab's search: the results replace the form in the modal (Search again keeps the query).
 * Trata gets one quick attempt so the answer fits in Slack's 3 s; if it fails, the reason shows
 * under the input and what was typed stays.
 */
export function register(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(
    { callback_id: CALLBACK.findModal, type: 'view_submission' },
    async ({ ack, view, context }) => {
      const state = queryInput.safeParse(view.state);
      const raw = state.success
        ? textValue.safeParse(state.data.values[BLOCK.findQuery]?.[ACTION.findQuery])
        : undefined;
      const search = parseSearch(raw?.success ? (raw.data.value ?? '') : '', deps.defaultRegion);
      if (!search) {
        await ack({ response_action: 'errors', errors: { [BLOCK.findQuery]: MESSAGES.findQueryEmpty } });
        return;
      }
      try {
        const trata = trataOf(workspaceOf(context));
        const result = await findProspects(trata, search, deps.defaultRegion, { quick: true });
        await ack({ response_action: 'update', view: buildFindResultsView(result) });
      } catch (error) {
        deps.logger.warn({ err: error }, 'Home search: Trata look-up failed');
        const text =
          error instanceof TrataNotConnectedError
            ? MESSAGES.findNotConnected
            : error instanceof TrataAuthError
              ? MESSAGES.findTrataAuth
              : MESSAGES.findTrataDown;
        await ack({ response_action: 'errors', errors: { [BLOCK.findQuery]: text } });
      }
    },
  );
}
