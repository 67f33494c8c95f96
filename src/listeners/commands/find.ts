import { type FindResult, findProspects, parseSearch } from '../../prospects/find.js';
import { buildFindResults, findResultsText } from '../../slack/ui/find-results.js';
import { MESSAGES } from '../../slack/ui/messages.js';
import { TrataAuthError } from '../../trata/errors.js';
import { TrataNotConnectedError, trataOf, workspaceOf } from '../context.js';
import type { Subcommand } from './prospect.js';

/**
 * `/prospect find <name, email or phone>`: answered privately (ephemeral, through the command's
 * response_url) with up to 10 matches from the workspace's own Trata account.
 */
export const find: Subcommand = async ({ ack, command, context, deps, rest }) => {
  const search = parseSearch(rest, deps.defaultRegion);
  if (!search) {
    await ack({ response_type: 'ephemeral', text: MESSAGES.findUsage });
    return;
  }
  // Answered at once: Trata may take a while (retries), and the answer goes to the response_url.
  await ack();
  const answer = (message: Record<string, unknown>) =>
    deps.respond(command.response_url, { response_type: 'ephemeral', replace_original: false, ...message });
  let result: FindResult;
  try {
    result = await findProspects(trataOf(workspaceOf(context)), search, deps.defaultRegion);
  } catch (error) {
    deps.logger.warn({ err: error, user: command.user_id }, 'find: Trata look-up failed');
    await answer({ text: findFailureText(error) });
    return;
  }
  deps.logger.info({ by: search.by, matches: result.matches.length }, 'find answered');
  const told = await answer({
    text: findResultsText(result),
    blocks: buildFindResults(result, { inChannel: true }),
  });
  if (!told) deps.logger.warn({ user: command.user_id }, 'find: could not answer through the response_url');
};

/** Why nothing could be looked up, for the person. */
export function findFailureText(error: unknown): string {
  if (error instanceof TrataNotConnectedError) return MESSAGES.trataNotConnected;
  return `:warning: ${error instanceof TrataAuthError ? MESSAGES.findTrataAuth : MESSAGES.findTrataDown}`;
}
