import type { TrataConnections } from '../store/trata-connections.js';
import type { TrataClient } from '../trata/client.js';
import { TrataAuthError } from '../trata/errors.js';

/**
 * Connecting a workspace to its Trata account: the key is checked against Trata (a cheap
 * authenticated call) before it is saved, encrypted, for that workspace alone.
 */
export type ConnectResult = { ok: true } | { ok: false; reason: 'empty' | 'refused' | 'unreachable' };

export async function connectTrata(
  deps: { connections: TrataConnections; clientFor(apiKey: string): TrataClient },
  request: { key: string; apiKey: string; userId: string },
): Promise<ConnectResult> {
  const apiKey = request.apiKey.trim();
  if (!apiKey) return { ok: false, reason: 'empty' };
  const client = deps.clientFor(apiKey);
  try {
    // One quick attempt: the form's submission must be answered within Slack's 3 s.
    await client.listProspects({ limit: 1 }, { quick: true });
  } catch (error) {
    return { ok: false, reason: error instanceof TrataAuthError ? 'refused' : 'unreachable' };
  } finally {
    client.close();
  }
  await deps.connections.save(request.key, apiKey, request.userId);
  return { ok: true };
}
