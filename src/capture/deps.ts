import type { Logger } from 'pino';
import type { PayloadSigner } from '../slack/payloads/signer.js';
import type { SlackWeb } from '../slack/web/client.js';
import type { CaptureStore } from '../store/captures.js';
import type { WorkspaceIds, WorkspaceResolver } from '../workspaces/workspace.js';

/** What a capture without a click needs, live or resumed after a restart. */
export interface CaptureDeps {
  store: CaptureStore;
  workspaces: WorkspaceResolver;
  logger: Logger;
  respond: SlackWeb['respond'];
  defaultRegion: string;
  signer: PayloadSigner;
  /** How long one instance owns a capture it started or took up; past it, any instance may finish it. */
  leaseMs: number;
  /** Runs work that outlives its request (the app's tracker: a shutdown waits for it). */
  background(task: () => Promise<void>): void;
}

/** The workspace ids a capture keeps, to find its workspace again after a restart. */
export type StoredIds = Pick<WorkspaceIds, 'teamId' | 'enterpriseId' | 'isEnterpriseInstall'>;

export const toStoredIds = (ids: WorkspaceIds): StoredIds => ({
  ...(ids.teamId ? { teamId: ids.teamId } : {}),
  ...(ids.enterpriseId ? { enterpriseId: ids.enterpriseId } : {}),
  ...(ids.isEnterpriseInstall ? { isEnterpriseInstall: true } : {}),
});
