import type { SlackApi } from '../slack/web/client.js';
import type { TrataClient } from '../trata/client.js';

/**
 * Who is asking: the Slack workspace (or Enterprise Grid org) a request comes from, with the Slack
 * token to answer it with and the Trata account it is connected to. Every listener gets it from one
 * resolver; nothing reads a global token or a global Trata client.
 */
export interface Workspace {
  /** The installation it belongs to: the enterprise id for an org-wide install, else the team id. */
  key: string;
  teamId: string | undefined;
  enterpriseId: string | undefined;
  /** The Web API with this workspace's bot token. */
  slack: SlackApi;
  /** Its Trata account; undefined until someone connects one (or after Trata refused the key). */
  trata: TrataClient | undefined;
  /** The Trata connection as the Home tab shows it. `env`: single-workspace mode's key. */
  connection: TrataConnectionState;
  /** Who installed the app there (distributed mode): they, and workspace admins, may connect Trata. */
  installerId?: string | undefined;
}

export type TrataConnectionState =
  | { state: 'env' }
  | { state: 'none' }
  | {
      state: 'connected' | 'broken';
      last4: string;
      connectedBy: string;
      connectedAt: number;
      brokenReason?: string;
    };

/** The ids a request (or work that outlives it) carries. */
export interface WorkspaceIds {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
  /** The bot token Bolt's authorize found for the request, when there was one. */
  botToken?: string | undefined;
}

export interface WorkspaceResolver {
  /** The workspace for these ids, or undefined when the app is not installed there. */
  resolve(ids: WorkspaceIds): Promise<Workspace | undefined>;
}

/** The installation key of a request: org-wide installs are keyed by the enterprise, the rest by team. */
export function installationKeyOf(ids: WorkspaceIds): string | undefined {
  if (ids.isEnterpriseInstall && ids.enterpriseId) return ids.enterpriseId;
  return ids.teamId ?? ids.enterpriseId;
}
