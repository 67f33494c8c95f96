/**
 * A local stand-in for the Slack Web API (and for response_urls), enforcing the rules in
 * /work/shared/slack-platform.md: single-use, short-lived trigger_ids, Block Kit limits, channel
 * membership and scopes. Point Bolt at it with `clientOptions: { slackApiUrl: standin.apiUrl }`.
 *
 * Like Slack, every Web API answer is HTTP 200 with `{ok: true, ...}` or `{ok: false, error}`, except
 * rate limiting (HTTP 429 + Retry-After).
 *
 * Several workspaces: the configured team (default `T0TEST`, bot token `botToken`) is the default one;
 * `addWorkspace` adds more, optionally inside an Enterprise Grid org (`enterpriseId`). Channels, users,
 * triggers, views and messages belong to a workspace. Every Web API call authenticates its bearer token
 * → (team, enterprise): a token sees only its own workspace (an org-wide token: every workspace of its
 * org); anything of another workspace is `channel_not_found` / `user_not_found` / `invalid_trigger_id`
 * / `not_found`, as if it did not exist. Calls and posted messages carry `teamId`.
 *
 * Distribution ("Add to Slack"): `registerApp` registers a client id / secret, `authorizeInstall` plays
 * the person approving the install and returns the single-use code (10 minutes) the app exchanges with
 * `oauth.v2.access`. Token rotation (`tokenRotation: true`): access tokens expire, `grant_type=
 * refresh_token` swaps a refresh token (single use) for a new access + refresh token. `uninstall`
 * revokes every token of an installation (`token_revoked`); the app hears of it through the events a
 * test sends (slack-client.ts: `appUninstalledEvent`, `tokensRevokedEvent`).
 *
 * Reinstalling issues new tokens; the older ones keep working until revoked (`uninstall`,
 * `revokeToken`) or expired — like Slack, which keeps a token until it is revoked.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateBlocks, validateView } from './block-kit.js';
import { type Listening, listen, pollUntil, randomId, readBody, send, sleep } from './http.js';

export type { Surface } from './block-kit.js';
export { validateBlocks, validateView } from './block-kit.js';

type Obj = Record<string, unknown>;
type Answer = Obj & { ok: boolean };

export interface SlackStandinOptions {
  /** The default workspace's bot token (valid from the start, no OAuth needed). */
  botToken?: string;
  /** The default token's scopes, and the default scopes of an OAuth install. */
  scopes?: string[];
  /** The default workspace (default `T0TEST`). */
  teamId?: string;
  /** Default `Standin Team`. */
  teamName?: string;
  /** `https://<domain>.slack.com/` (default `standin`). */
  domain?: string;
  /** Puts the default workspace inside an Enterprise Grid org. */
  enterpriseId?: string;
  /** The bot user of the default workspace (default `U0BOT`). */
  botUserId?: string;
  /** How long an issued trigger_id stays valid (Slack: 3000 ms). */
  triggerTtlMs?: number;
  /** How long a response_url stays valid (Slack: 30 minutes). */
  responseUrlTtlMs?: number;
  /** How many times a response_url may be used (Slack: 5). */
  responseUrlMaxUses?: number;
}

/** What a Socket Mode stand-in plugs into the Slack stand-in (see `SlackStandin.socketMode`). */
export interface SocketModeHook {
  /** The app-level token (`xapp-…`) `apps.connections.open` accepts. */
  appToken: string;
  /** The answer to an authorised `apps.connections.open`: `{ok: true, url}` or `{ok: false, error}`. */
  openConnection(): Obj & { ok: boolean };
}

export interface ChannelSpec {
  id: string;
  name?: string;
  type: 'public' | 'private' | 'im';
  botIsMember?: boolean;
  archived?: boolean;
  /** The workspace it belongs to (default: the default workspace). */
  teamId?: string;
}

export interface UserSpec {
  id: string;
  name?: string;
  real_name?: string;
  tz?: string;
  /** The workspace it belongs to (default: the default workspace). */
  teamId?: string;
  /** A workspace admin / owner, as users.info reports (scope users:read). */
  is_admin?: boolean;
  is_owner?: boolean;
}

export interface SeedMessage {
  ts: string;
  text: string;
  user?: string;
  /** A bot's post (a form bot): its bot id. */
  bot_id?: string;
  thread_ts?: string;
  blocks?: unknown[];
}

export interface WorkspaceSpec {
  teamId: string;
  /** Default: the team id. */
  teamName?: string;
  /** `https://<domain>.slack.com/`; default: the team id in lower case. */
  domain?: string;
  /** The Enterprise Grid org it belongs to (created on first mention). */
  enterpriseId?: string;
  enterpriseName?: string;
  /** The app's bot user in this workspace (default `U<team id without T>BOT`, e.g. `U0BETABOT`). */
  botUserId?: string;
  /** Default `B<team id without T>`. */
  botId?: string;
  /** Channels seeded now and again on every `reset()` (default: none; DMs open on demand). */
  channels?: Omit<ChannelSpec, 'teamId'>[];
  /** Users seeded now and again on every `reset()` (the bot user is always there). */
  users?: Omit<UserSpec, 'teamId'>[];
}

export interface Workspace {
  teamId: string;
  teamName: string;
  domain: string;
  enterpriseId?: string;
  botUserId: string;
  botId: string;
}

export interface Enterprise {
  enterpriseId: string;
  name: string;
  domain: string;
  /** The app's bot user of an org-wide install (default `W<enterprise id without E>BOT`). */
  botUserId: string;
  botId: string;
}

export interface RegisterAppOptions {
  clientId: string;
  clientSecret: string;
  /** `settings.token_rotation_enabled`: tokens expire and come with a refresh token. */
  tokenRotation?: boolean;
  /** Lifetime of a rotating access token (Slack: 12 h = 43200). */
  accessTokenTtlSec?: number;
  /** Default `A0APP` (the stand-in's `appId`). */
  appId?: string;
}

export interface RegisteredApp {
  clientId: string;
  clientSecret: string;
  appId: string;
  tokenRotation: boolean;
  accessTokenTtlSec: number;
}

/** Someone approving "Add to Slack". */
export interface InstallRequest {
  /** Which registered app (default: the only / first registered one). */
  clientId?: string;
  /** The workspace (default: the default workspace; created if unknown). Ignored for an org install. */
  teamId?: string;
  teamName?: string;
  /** The org: the workspace's, or for an org-wide install the one installed on (created if unknown). */
  enterpriseId?: string;
  enterpriseName?: string;
  /** Org-wide install (Enterprise Grid): one token for every workspace of `enterpriseId`. */
  isEnterpriseInstall?: boolean;
  /** The installer (`authed_user.id`). */
  userId: string;
  /** Bot scopes granted (default: the stand-in's `scopes`). */
  scopes?: string[];
  /** When set, `oauth.v2.access` must send the same `redirect_uri` (else `bad_redirect_uri`). */
  redirectUri?: string;
  /** How long the code stays valid (Slack: 10 minutes). */
  ttlMs?: number;
}

/** An installation of the app: a workspace (keyed by team id) or an org (keyed by enterprise id). */
export interface Installation {
  /** The team id, or the enterprise id for an org-wide install. */
  key: string;
  appId: string;
  /** Unset for the default workspace's configured token. */
  clientId?: string;
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  installerUserId?: string;
  scopes: string[];
  botUserId: string;
  botId: string;
  installedAt: number;
  /** How many times it was installed (reinstalls included). */
  installs: number;
  /** Set by `uninstall` (cleared by a reinstall). */
  uninstalledAt?: number;
  /** The newest access token issued (by install or refresh). */
  accessToken: string;
  /** The newest refresh token issued (token rotation only). */
  refreshToken?: string;
}

/** What the stand-in knows about a token. */
export interface TokenInfo {
  token: string;
  kind: 'bot' | 'refresh';
  /** The installation it belongs to: team id, or enterprise id for an org-wide install. */
  installationKey: string;
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  appId: string;
  clientId?: string;
  scopes: string[];
  botUserId: string;
  botId: string;
  issuedAt: number;
  /** Access tokens with rotation (or after `expireTokens`): calls after it answer `token_expired`. */
  expiresAt?: number;
  revoked: boolean;
  /** Refresh tokens: used once (a second use answers `invalid_refresh_token`). */
  used?: boolean;
}

/** What an Events API callback sent for a team must carry (see slack-client.ts `eventCallback`). */
export interface EventAuthorization {
  teamId: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  botUserId: string;
}

/** One Web API call as received (token removed, `view` / `blocks` / `attachments` JSON-decoded). */
export interface RecordedCall {
  method: string;
  args: Obj;
  at: number;
  /** HTTP status answered (200, or 429 when rate limited). */
  status: number;
  /** The JSON answered. */
  response: unknown;
  /**
   * The workspace the call acted for: the token's team; for an org-wide token the workspace of the
   * channel / user / trigger it touched (the enterprise id when none). Unset when not authenticated.
   */
  teamId?: string;
  enterpriseId?: string;
  /** The bearer token used (unset when none). */
  token?: string;
}

/** Something a person would see: posted by the app through the API or a response_url. */
export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[] | undefined;
  thread_ts?: string;
  /** Author for channel messages (the bot); the recipient for ephemeral ones. */
  user?: string;
  ephemeral?: boolean;
  via: 'chat.postMessage' | 'chat.postEphemeral' | 'response_url';
  /** Set once `chat.update` (or replace_original) changed it. */
  edited?: boolean;
  /** Set once `chat.delete` removed it (it is gone from the channel's history too). */
  deleted?: boolean;
  attachments?: unknown[];
  /** The workspace of the channel it landed in. */
  teamId: string;
}

/**
 * One run of a Workflow Builder custom step (`startFunctionExecution`): Slack sends `function_executed`
 * with a workflow token (`bot_access_token`, `xwfp-…`), and the app completes it exactly once with
 * `functions.completeSuccess` or `functions.completeError` (the workflow token or the app's bot token of
 * that workspace); any later completion answers `execution_not_in_running_state`.
 */
export interface FunctionExecution {
  functionExecutionId: string;
  workflowExecutionId: string;
  callbackId: string;
  inputs: Obj;
  teamId: string;
  botAccessToken: string;
  /** Output names the manifest declares (completeSuccess outputs are checked against them when set). */
  outputNames?: string[];
  state: 'running' | 'completed' | 'failed';
  outputs?: Obj;
  error?: string;
  /** Every completion call, refused ones included. */
  completionCalls: number;
  /** Which kind of token completed it. */
  completedWith?: 'workflow' | 'bot';
}

export interface StoredView {
  id: string;
  /** The view as Slack would return it (id, hash, state, callback_id, private_metadata, ...). */
  view: Obj;
  hash: string;
  triggerId: string;
  userId?: string;
  externalId?: string;
  /** True once the modal was closed (bare ack / clear / closeView); `views.update` then fails. */
  closed: boolean;
  /** The workspace it was opened in. */
  teamId: string;
}

export interface ResponseRecord {
  channelId: string;
  userId?: string;
  url: string;
  body: Obj;
  at: number;
  teamId: string;
}

interface Channel {
  id: string;
  name: string;
  type: 'public' | 'private' | 'im';
  botIsMember: boolean;
  archived: boolean;
  teamId: string;
}

interface User {
  id: string;
  name: string;
  real_name: string;
  tz: string;
  teamId: string;
  is_admin: boolean;
  is_owner: boolean;
}

interface HistoryMessage {
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  blocks?: unknown[];
}

interface Trigger {
  expiresAt: number;
  used: boolean;
  userId?: string;
  teamId: string;
}

interface ResponseUrl {
  channelId: string;
  userId?: string;
  expiresAt: number;
  uses: number;
  teamId: string;
}

interface WorkspaceRecord extends Workspace {
  seedChannels: Omit<ChannelSpec, 'teamId'>[];
  seedUsers: Omit<UserSpec, 'teamId'>[];
}

interface Code {
  clientId: string;
  expiresAt: number;
  used: boolean;
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
  userId: string;
  scopes: string[];
  redirectUri?: string;
}

/** One authenticated Web API call. */
interface Ctx {
  token: TokenInfo;
  record: RecordedCall;
}

type Fault =
  | { kind: 'fail'; error: string; remaining: number }
  | { kind: 'ratelimit'; retryAfterSec: number; remaining: number }
  | { kind: 'delay'; ms: number; remaining: number };

/** Fields Slack clients send JSON-encoded inside a form body. */
const JSON_FIELDS = ['view', 'blocks', 'attachments', 'metadata'];

/** Scopes a method needs (Slack answers `missing_scope` otherwise). */
const METHOD_SCOPES: Record<string, string[]> = {
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  'chat.delete': ['chat:write'],
  'conversations.join': ['channels:join'],
  'users.info': ['users:read'],
};

const DEFAULT_CHANNELS: Omit<ChannelSpec, 'teamId'>[] = [
  { id: 'C0PUBLIC', name: 'leads', type: 'public', botIsMember: true },
  { id: 'C0NOTMEMBER', name: 'sales', type: 'public', botIsMember: false },
  { id: 'G0PRIVATE', name: 'secret-deals', type: 'private', botIsMember: false },
  { id: 'C0ARCHIVED', name: 'old-leads', type: 'public', botIsMember: true, archived: true },
];

const DEFAULT_USERS: Omit<UserSpec, 'teamId'>[] = [
  { id: 'U0ALICE', name: 'alice', real_name: 'Alice Example', tz: 'Europe/London' },
  { id: 'U0BOB', name: 'bob', real_name: 'Bob Example', tz: 'America/New_York' },
];

/** Slack: an OAuth code is good for 10 minutes. */
const CODE_TTL_MS = 10 * 60 * 1000;
/** Slack: a rotating access token lives 12 hours. */
const DEFAULT_ACCESS_TOKEN_TTL_SEC = 12 * 60 * 60;

const USER_ID = /^[UW][A-Z0-9]+$/;
const DIGITS = '0123456789';
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const strArg = (args: Obj, key: string): string | undefined => {
  const v = args[key];
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
};
const fail = (error: string, extra: Obj = {}): Answer => ({ ok: false, error, ...extra });
const invalid = (error: string, messages: string[]): Answer =>
  fail(error, { response_metadata: { messages: messages.map((m) => `[ERROR] ${m}`) } });
const missingArg = (name: string): Answer =>
  invalid('invalid_arguments', [`missing required field: ${name} [json-pointer:/${name}]`]);
const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export class SlackStandin {
  readonly calls: RecordedCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly views = new Map<string, StoredView>();
  readonly responses: ResponseRecord[] = [];
  /** Workflow step runs by function_execution_id (`startFunctionExecution`). */
  readonly functionExecutions = new Map<string, FunctionExecution>();
  /** Home tabs published with `views.publish`, by user id (user ids are unique across workspaces). */
  readonly homeTabs = new Map<string, Obj>();
  /** Installations by key: team id, or enterprise id for an org-wide install. */
  readonly installations = new Map<string, Installation>();
  /**
   * Socket Mode: set by a Socket Mode stand-in (socket-mode-standin.ts) to answer `apps.connections.open`.
   * Unset, that method is refused like any call whose token is not a bot token.
   */
  socketMode: SocketModeHook | undefined;

  /** The default workspace's configured bot token. */
  readonly botToken: string;
  readonly scopes: string[];
  /** The default workspace. */
  readonly teamId: string;
  /** The default workspace's bot user / bot. */
  readonly botUserId: string;
  readonly botId = 'B0BOT';
  readonly appId = 'A0APP';

  private readonly triggerTtlMs: number;
  private readonly responseUrlTtlMs: number;
  private readonly responseUrlMaxUses: number;
  private readonly defaultWorkspace: WorkspaceSpec;
  private workspacesById = new Map<string, WorkspaceRecord>();
  private enterprises = new Map<string, Enterprise>();
  private apps = new Map<string, RegisteredApp>();
  private codes = new Map<string, Code>();
  private tokens = new Map<string, TokenInfo>();
  private channels = new Map<string, Channel>();
  private users = new Map<string, User>();
  private history = new Map<string, HistoryMessage[]>();
  private triggers = new Map<string, Trigger>();
  private responseUrls = new Map<string, ResponseUrl>();
  private faults = new Map<string, Fault[]>();
  private workflowTokens = new Set<string>();
  private lastTsMicros = 0;
  private counters = { refreshCount: 0, refreshAttempts: 0, codeExchanges: 0 };

  constructor(
    private readonly http: Listening,
    options: SlackStandinOptions = {},
  ) {
    this.botToken = options.botToken ?? 'xoxb-test-token';
    this.scopes = options.scopes ?? ['commands', 'chat:write', 'chat:write.public'];
    this.teamId = options.teamId ?? 'T0TEST';
    this.botUserId = options.botUserId ?? 'U0BOT';
    this.triggerTtlMs = options.triggerTtlMs ?? 3000;
    this.responseUrlTtlMs = options.responseUrlTtlMs ?? 30 * 60 * 1000;
    this.responseUrlMaxUses = options.responseUrlMaxUses ?? 5;
    this.defaultWorkspace = {
      teamId: this.teamId,
      teamName: options.teamName ?? 'Standin Team',
      domain: options.domain ?? 'standin',
      botUserId: this.botUserId,
      botId: this.botId,
      channels: DEFAULT_CHANNELS,
      users: DEFAULT_USERS,
      ...(options.enterpriseId ? { enterpriseId: options.enterpriseId } : {}),
    };
    this.setUpDefaults();
  }

  /** `http://127.0.0.1:PORT` */
  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** `http://127.0.0.1:PORT/api/` — Bolt's `clientOptions.slackApiUrl` / WebClient's `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.http.baseUrl}/api/`;
  }

  /** Successful `grant_type=refresh_token` exchanges. */
  get refreshCount(): number {
    return this.counters.refreshCount;
  }

  /** Every `grant_type=refresh_token` request, refused ones included. */
  get refreshAttempts(): number {
    return this.counters.refreshAttempts;
  }

  /** Successful code exchanges (installs completed). */
  get codeExchanges(): number {
    return this.counters.codeExchanges;
  }

  close(): Promise<void> {
    return this.http.close();
  }

  // ---------------------------------------------------------------- workspaces

  /**
   * Adds a workspace (or replaces one with the same team id, dropping its channels and users). It has
   * no installation: install it with `authorizeInstall` + `oauth.v2.access`, or have an org-wide
   * install of its `enterpriseId` serve it.
   */
  addWorkspace(spec: WorkspaceSpec): Workspace {
    const base = spec.teamId.replace(/^T/, '');
    if (spec.enterpriseId) this.ensureEnterprise(spec.enterpriseId, spec.enterpriseName);
    const record: WorkspaceRecord = {
      teamId: spec.teamId,
      teamName: spec.teamName ?? spec.teamId,
      domain: spec.domain ?? spec.teamId.toLowerCase(),
      botUserId: spec.botUserId ?? `U${base}BOT`,
      botId: spec.botId ?? `B${base}`,
      seedChannels: spec.channels ?? [],
      seedUsers: spec.users ?? [],
      ...(spec.enterpriseId ? { enterpriseId: spec.enterpriseId } : {}),
    };
    this.dropWorkspaceContent(spec.teamId);
    this.workspacesById.set(spec.teamId, record);
    this.seedWorkspace(record);
    return this.workspace(spec.teamId);
  }

  /** A workspace by team id (throws when unknown). */
  workspace(teamId: string = this.teamId): Workspace {
    const w = this.workspacesById.get(teamId);
    if (!w) throw new Error(`Slack stand-in: no workspace ${teamId} (addWorkspace first)`);
    const { seedChannels: _c, seedUsers: _u, ...workspace } = w;
    return { ...workspace };
  }

  /** Every workspace, the default one first. */
  workspaces(): Workspace[] {
    return [...this.workspacesById.keys()].map((id) => this.workspace(id));
  }

  /** An Enterprise Grid org by id (throws when unknown). */
  enterprise(enterpriseId: string): Enterprise {
    const e = this.enterprises.get(enterpriseId);
    if (!e) throw new Error(`Slack stand-in: no enterprise ${enterpriseId}`);
    return { ...e };
  }

  // ---------------------------------------------------------------- OAuth

  /** Registers an app that can be installed with OAuth (client id / secret for `oauth.v2.access`). */
  registerApp(options: RegisterAppOptions): RegisteredApp {
    const app: RegisteredApp = {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      appId: options.appId ?? this.appId,
      tokenRotation: options.tokenRotation ?? false,
      accessTokenTtlSec: options.accessTokenTtlSec ?? DEFAULT_ACCESS_TOKEN_TTL_SEC,
    };
    this.apps.set(app.clientId, app);
    return { ...app };
  }

  /** Changes how long the access tokens Slack hands out from now on live (token rotation). */
  setAccessTokenTtl(clientId: string, seconds: number): void {
    const app = this.apps.get(clientId);
    if (!app) throw new Error(`Slack stand-in: no app ${clientId}`);
    app.accessTokenTtlSec = seconds;
  }

  /**
   * Someone approves the install: returns the `code` Slack would put on the redirect
   * (`/slack/oauth_redirect?code=…&state=…`). Single use, valid 10 minutes (`ttlMs`). Tokens are issued
   * when the app exchanges it. Unknown workspaces / orgs are created.
   */
  authorizeInstall(request: InstallRequest): string {
    const app = this.resolveApp(request.clientId);
    const org = request.isEnterpriseInstall ?? false;
    let teamId: string | undefined;
    let enterpriseId = request.enterpriseId;
    if (org) {
      if (!enterpriseId) throw new Error('Slack stand-in: an org-wide install needs an enterpriseId');
      this.ensureEnterprise(enterpriseId, request.enterpriseName);
    } else {
      teamId = request.teamId ?? this.teamId;
      const existing = this.workspacesById.get(teamId);
      if (!existing) {
        this.addWorkspace({
          teamId,
          ...(request.teamName ? { teamName: request.teamName } : {}),
          ...(enterpriseId ? { enterpriseId, enterpriseName: request.enterpriseName } : {}),
        });
      } else if (enterpriseId && existing.enterpriseId !== enterpriseId) {
        throw new Error(`Slack stand-in: workspace ${teamId} is not in enterprise ${enterpriseId}`);
      }
      enterpriseId = this.workspacesById.get(teamId)?.enterpriseId;
    }
    const code = `${randomId(13, DIGITS)}.${randomId(13, DIGITS)}.${randomBytes(32).toString('hex')}`;
    this.codes.set(code, {
      clientId: app.clientId,
      expiresAt: Date.now() + (request.ttlMs ?? CODE_TTL_MS),
      used: false,
      isEnterpriseInstall: org,
      userId: request.userId,
      scopes: [...(request.scopes ?? this.scopes)],
      ...(teamId ? { teamId } : {}),
      ...(enterpriseId ? { enterpriseId } : {}),
      ...(request.redirectUri ? { redirectUri: request.redirectUri } : {}),
    });
    return code;
  }

  /**
   * The app is uninstalled from a workspace (team id) or an org (enterprise id): every token of that
   * installation is revoked (`token_revoked`; its refresh tokens `invalid_refresh_token`). Send the
   * app the `app_uninstalled` / `tokens_revoked` events yourself (slack-client.ts).
   */
  uninstall(teamIdOrEnterpriseId: string): void {
    const installation = this.installations.get(teamIdOrEnterpriseId);
    if (!installation || installation.uninstalledAt !== undefined) {
      throw new Error(`Slack stand-in: nothing installed on ${teamIdOrEnterpriseId}`);
    }
    installation.uninstalledAt = Date.now();
    for (const t of this.tokens.values()) if (t.installationKey === teamIdOrEnterpriseId) t.revoked = true;
  }

  /** Revokes one token (as `auth.revoke` would). */
  revokeToken(token: string): void {
    const info = this.tokens.get(token);
    if (!info) throw new Error('Slack stand-in: unknown token');
    info.revoked = true;
  }

  /**
   * Every access token of that installation (team id or enterprise id) expires now: calls answer
   * `token_expired` until the app refreshes. Refresh tokens keep working. Returns how many expired.
   */
  expireTokens(teamIdOrEnterpriseId: string): number {
    let n = 0;
    const now = Date.now();
    for (const t of this.tokens.values()) {
      if (t.installationKey !== teamIdOrEnterpriseId || t.kind !== 'bot' || t.revoked) continue;
      if (t.expiresAt !== undefined && t.expiresAt <= now) continue;
      t.expiresAt = now - 1;
      n++;
    }
    return n;
  }

  /** What the stand-in knows about a token (a copy), or undefined. */
  tokenInfo(token: string): TokenInfo | undefined {
    const info = this.tokens.get(token);
    return info ? { ...info, scopes: [...info.scopes] } : undefined;
  }

  /** Whether a bot token would be accepted now (known, not revoked, not expired). */
  isTokenValid(token: string): boolean {
    const info = this.tokens.get(token);
    return (
      info?.kind === 'bot' && !info.revoked && (info.expiresAt === undefined || Date.now() < info.expiresAt)
    );
  }

  /** The installation of a team id / enterprise id (a copy), or undefined. */
  installation(teamIdOrEnterpriseId: string): Installation | undefined {
    const i = this.installations.get(teamIdOrEnterpriseId);
    return i ? { ...i, scopes: [...i.scopes] } : undefined;
  }

  /**
   * Who serves `teamId` now, as an event callback's `authorizations[0]` names it: the workspace's own
   * installation, else an org-wide installation of its enterprise. Throws when nothing is installed.
   * Spread it into slack-client.ts `eventCallback({...slack.eventAuthorization(teamId), event})`.
   */
  eventAuthorization(teamId: string = this.teamId): EventAuthorization {
    const workspace = this.workspacesById.get(teamId);
    if (!workspace) throw new Error(`Slack stand-in: no workspace ${teamId}`);
    const own = this.installations.get(teamId);
    if (own && own.uninstalledAt === undefined) {
      return {
        teamId,
        isEnterpriseInstall: false,
        botUserId: own.botUserId,
        ...(workspace.enterpriseId ? { enterpriseId: workspace.enterpriseId } : {}),
      };
    }
    const org = workspace.enterpriseId ? this.installations.get(workspace.enterpriseId) : undefined;
    if (org && org.uninstalledAt === undefined && workspace.enterpriseId) {
      return {
        teamId,
        enterpriseId: workspace.enterpriseId,
        isEnterpriseInstall: true,
        botUserId: org.botUserId,
      };
    }
    throw new Error(`Slack stand-in: the app is not installed on ${teamId}`);
  }

  // ---------------------------------------------------------------- set-up helpers

  /**
   * A fresh trigger_id: single use, valid for `triggerTtlMs` (default 3000 ms), usable only with a
   * token of its workspace (`teamId`; default: the user's workspace when the user is known, else the
   * default workspace).
   */
  issueTrigger(options: { userId?: string; ttlMs?: number; teamId?: string } = {}): string {
    const id = `${Date.now()}.${randomId(10, DIGITS)}.${randomBytes(16).toString('hex')}`;
    const teamId =
      options.teamId ?? (options.userId ? this.users.get(options.userId)?.teamId : undefined) ?? this.teamId;
    this.requireWorkspace(teamId);
    this.triggers.set(id, {
      expiresAt: Date.now() + (options.ttlMs ?? this.triggerTtlMs),
      used: false,
      userId: options.userId,
      teamId,
    });
    return id;
  }

  addChannel(spec: ChannelSpec): void {
    const teamId = spec.teamId ?? this.teamId;
    this.requireWorkspace(teamId);
    this.channels.set(spec.id, {
      id: spec.id,
      name: spec.name ?? spec.id.toLowerCase(),
      type: spec.type,
      botIsMember: spec.botIsMember ?? spec.type === 'im',
      archived: spec.archived ?? false,
      teamId,
    });
  }

  addUser(spec: UserSpec): void {
    const teamId = spec.teamId ?? this.teamId;
    this.requireWorkspace(teamId);
    this.users.set(spec.id, {
      id: spec.id,
      name: spec.name ?? spec.id.toLowerCase(),
      real_name: spec.real_name ?? spec.name ?? spec.id,
      tz: spec.tz ?? 'UTC',
      is_admin: spec.is_admin ?? false,
      is_owner: spec.is_owner ?? false,
      teamId,
    });
  }

  /** Seeds a message (e.g. the lead a shortcut points at) so permalinks and updates can find it. */
  addMessage(channel: string, message: SeedMessage): void {
    this.historyOf(channel).push({ ...message });
  }

  /** Messages in a channel's history: seeded ones plus those the app posted (not ephemeral ones). */
  channelHistory(channel: string): readonly HistoryMessage[] {
    return this.history.get(channel) ?? [];
  }

  isMember(channel: string): boolean {
    return this.channels.get(channel)?.botIsMember ?? false;
  }

  /** The workspace a channel belongs to (undefined when unknown). */
  channelTeam(channel: string): string | undefined {
    return this.channels.get(channel)?.teamId;
  }

  /**
   * A response_url for a command / shortcut in `channelId` (ephemeral answers go to `userId`). It
   * belongs to the channel's workspace (else the user's, else the default one).
   */
  createResponseUrl(channelId: string, userId?: string): string {
    const teamId =
      this.channels.get(channelId)?.teamId ??
      (userId ? this.users.get(userId)?.teamId : undefined) ??
      this.teamId;
    const token = `${teamId}/${randomId(12, DIGITS)}/${randomBytes(12).toString('hex')}`;
    this.responseUrls.set(token, {
      channelId,
      userId,
      expiresAt: Date.now() + this.responseUrlTtlMs,
      uses: 0,
      teamId,
    });
    return `${this.baseUrl}/response/${token}`;
  }

  /**
   * A workflow reaches the app's custom step: a running execution with its workflow token (valid in the
   * step's workspace, with the installation's scopes). Send the app the event yourself
   * (slack-client.ts `functionExecutedEvent`).
   */
  startFunctionExecution(spec: {
    callbackId: string;
    inputs?: Obj;
    teamId?: string;
    outputNames?: string[];
  }): FunctionExecution {
    const teamId = spec.teamId ?? this.teamId;
    const auth = this.eventAuthorization(teamId);
    const installation = this.installations.get(
      auth.isEnterpriseInstall ? (auth.enterpriseId ?? '') : teamId,
    );
    const botToken = installation ? this.tokens.get(installation.accessToken) : undefined;
    if (!botToken) throw new Error(`Slack stand-in: no bot token installed for ${teamId}`);
    const workflowToken = `xwfp-${randomId(13, DIGITS)}-${randomBytes(16).toString('hex')}`;
    this.tokens.set(workflowToken, { ...botToken, token: workflowToken, issuedAt: Date.now() });
    this.workflowTokens.add(workflowToken);
    const execution: FunctionExecution = {
      functionExecutionId: `Fx${randomId(10)}`,
      workflowExecutionId: `Wx${randomId(10)}`,
      callbackId: spec.callbackId,
      inputs: spec.inputs ?? {},
      teamId,
      botAccessToken: workflowToken,
      ...(spec.outputNames ? { outputNames: spec.outputNames } : {}),
      state: 'running',
      completionCalls: 0,
    };
    this.functionExecutions.set(execution.functionExecutionId, execution);
    return execution;
  }

  // ---------------------------------------------------------------- fault injection

  /** The next `times` calls of `method` answer `{ok: false, error}` (`oauth.v2.access` included). */
  failNext(method: string, error: string, times = 1): void {
    this.queueFault(method, { kind: 'fail', error, remaining: times });
  }

  /** The next `times` calls of `method` answer HTTP 429 with `Retry-After: retryAfterSec`. */
  rateLimitNext(method: string, retryAfterSec: number, times = 1): void {
    this.queueFault(method, { kind: 'ratelimit', retryAfterSec, remaining: times });
  }

  /**
   * The next `times` calls of `method` (use `Infinity` for all) are processed only after `ms`, as if the
   * request took that long to reach Slack: a trigger_id can expire meanwhile.
   */
  delay(method: string, ms: number, times = 1): void {
    this.queueFault(method, { kind: 'delay', ms, remaining: times });
  }

  // ---------------------------------------------------------------- views seen from the user's side

  /** The user dismissed the modal (or the app acked a submission with a bare ack). */
  closeView(viewId: string): void {
    const stored = this.views.get(viewId);
    if (stored) stored.closed = true;
  }

  /**
   * Applies what the app answered to a `view_submission` (the body of Bolt's ack response), the way
   * Slack's client would: empty → modal closes; `errors` → keys must be input block_ids of the view;
   * `update` → view validated and replaced; `push` → view validated and stacked; `clear` → all close.
   * Returns the problems Slack would reject the answer for (the user would see an error).
   */
  applyViewAck(viewId: string, ackBody: string | Obj | undefined): { action: string; errors: string[] } {
    const stored = this.views.get(viewId);
    if (!stored || stored.closed) return { action: 'none', errors: [`view ${viewId} is not open`] };
    let ack: Obj = {};
    if (isObj(ackBody)) ack = ackBody;
    else if (typeof ackBody === 'string' && ackBody.trim() !== '') {
      try {
        const parsed: unknown = JSON.parse(ackBody);
        if (isObj(parsed)) ack = parsed;
      } catch {
        return { action: 'invalid', errors: ['ack body is not JSON'] };
      }
    }
    const action = typeof ack.response_action === 'string' ? ack.response_action : 'close';
    switch (action) {
      case 'close':
        stored.closed = true;
        return { action, errors: [] };
      case 'clear':
        for (const v of this.views.values()) if (v.userId === stored.userId) v.closed = true;
        stored.closed = true;
        return { action, errors: [] };
      case 'errors': {
        const errors = isObj(ack.errors) ? ack.errors : {};
        const blocks = Array.isArray(stored.view.blocks) ? stored.view.blocks : [];
        const inputIds = blocks.filter((b) => isObj(b) && b.type === 'input').map((b) => (b as Obj).block_id);
        const problems = Object.keys(errors)
          .filter((k) => !inputIds.includes(k))
          .map((k) => `errors key '${k}' is not the block_id of an input block`);
        if (Object.keys(errors).length === 0) problems.push('errors must name at least one block');
        return { action, errors: problems };
      }
      case 'update':
      case 'push': {
        const problems = validateView(ack.view);
        if (problems.length > 0) return { action, errors: problems };
        const botId = (stored.view.bot_id as string | undefined) ?? this.botId;
        if (action === 'update') {
          const hash = this.newHash();
          stored.view = this.storedViewShape(
            ack.view as Obj,
            stored.id,
            hash,
            stored.teamId,
            botId,
            stored.view,
          );
          stored.hash = hash;
        } else {
          this.storeNewView(
            ack.view as Obj,
            stored.triggerId,
            stored.teamId,
            botId,
            stored.userId,
            stored.id,
          );
        }
        return { action, errors: [] };
      }
      default:
        return { action, errors: [`unknown response_action: ${action}`] };
    }
  }

  // ---------------------------------------------------------------- records

  /** Polls the records until `predicate` returns something truthy, and returns it. */
  waitFor<T>(predicate: (standin: SlackStandin) => T, timeoutMs = 5000): Promise<NonNullable<T>> {
    return pollUntil(
      () => predicate(this),
      timeoutMs,
      () => `Slack stand-in calls so far: ${this.calls.map((c) => c.method).join(', ') || '(none)'}`,
    );
  }

  /**
   * Forgets every record, fault, trigger, response_url, view and home tab; channels, users and history
   * of every workspace go back to their seeds; counters go to 0. Workspaces, registered apps,
   * installations and tokens stay (an app that stored tokens keeps working across tests).
   * `{all: true}`: everything back to how the stand-in started (only the default workspace and its
   * configured token, valid again).
   */
  reset(options: { all?: boolean } = {}): void {
    this.calls.length = 0;
    this.messages.length = 0;
    this.responses.length = 0;
    this.views.clear();
    this.homeTabs.clear();
    this.functionExecutions.clear();
    this.triggers.clear();
    this.responseUrls.clear();
    this.faults.clear();
    this.channels.clear();
    this.users.clear();
    this.history.clear();
    this.counters = { refreshCount: 0, refreshAttempts: 0, codeExchanges: 0 };
    if (options.all) {
      this.setUpDefaults();
      return;
    }
    for (const w of this.workspacesById.values()) this.seedWorkspace(w);
  }

  // ---------------------------------------------------------------- HTTP

  /** @internal */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const raw = await readBody(req);
    if (url.pathname.startsWith('/api/')) return this.handleApi(url, req, raw, res);
    if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
      return this.handleResponseUrl(decodeURIComponent(url.pathname.slice('/response/'.length)), raw, res);
    }
    send(res, 404, 'not found');
  }

  private async handleApi(url: URL, req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    const method = url.pathname.slice('/api/'.length);
    const contentType = req.headers['content-type'] ?? '';
    const args: Obj = Object.fromEntries(url.searchParams);
    let parseError: string | undefined;
    if (contentType.includes('application/json')) {
      try {
        const parsed: unknown = raw === '' ? {} : JSON.parse(raw);
        if (isObj(parsed)) Object.assign(args, parsed);
        else parseError = 'invalid_json';
      } catch {
        parseError = 'invalid_json';
      }
    } else {
      Object.assign(args, Object.fromEntries(new URLSearchParams(raw)));
      for (const key of JSON_FIELDS) {
        const v = args[key];
        if (typeof v === 'string') {
          try {
            args[key] = JSON.parse(v);
          } catch {
            // left as a string: the method answers invalid_*_format / invalid_arguments
          }
        }
      }
    }
    const bodyToken = typeof args.token === 'string' ? args.token : undefined;
    delete args.token;
    const clientSecret = typeof args.client_secret === 'string' ? args.client_secret : undefined;
    delete args.client_secret; // never recorded

    const record: RecordedCall = { method, args, at: Date.now(), status: 200, response: undefined };
    this.calls.push(record);
    let scopes = this.scopes;
    const reply = (status: number, response: Answer, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = response;
      send(res, status, response, {
        'x-oauth-scopes': scopes.join(','),
        'x-accepted-oauth-scopes': (METHOD_SCOPES[method] ?? []).join(','),
        ...headers,
      });
    };

    const fault = this.takeFault(method);
    if (fault?.kind === 'delay') await sleep(fault.ms);
    if (fault?.kind === 'ratelimit') {
      return reply(429, fail('ratelimited'), { 'retry-after': String(fault.retryAfterSec) });
    }

    const auth = req.headers.authorization;
    if (method === 'oauth.v2.access') {
      // No bearer token: the client authenticates with client_id + client_secret (body or Basic).
      if (parseError) return reply(200, fail(parseError));
      if (fault?.kind === 'fail') return reply(200, fail(fault.error));
      return reply(200, this.oauthAccess(args, clientSecret, auth, record));
    }

    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : bodyToken;
    if (!token) return reply(200, fail('not_authed'));
    const info = this.tokens.get(token);
    if (method === 'apps.connections.open' && this.socketMode) {
      // Only the app-level token opens connections; a bot token is the wrong kind.
      if (info?.kind === 'bot') return reply(200, fail('not_allowed_token_type'));
      if (token !== this.socketMode.appToken) return reply(200, fail('invalid_auth'));
      return reply(200, fault?.kind === 'fail' ? fail(fault.error) : this.socketMode.openConnection());
    }
    if (info?.kind !== 'bot') return reply(200, fail('invalid_auth'));
    record.token = token;
    record.teamId = info.teamId ?? info.enterpriseId;
    if (info.enterpriseId) record.enterpriseId = info.enterpriseId;
    scopes = info.scopes;
    if (info.revoked) return reply(200, fail('token_revoked'));
    if (info.expiresAt !== undefined && Date.now() >= info.expiresAt)
      return reply(200, fail('token_expired'));
    if (parseError) return reply(200, fail(parseError));
    if (fault?.kind === 'fail') return reply(200, fail(fault.error));

    const handler = this.methods[method];
    if (!handler) return reply(200, fail('unknown_method'));
    const needed = METHOD_SCOPES[method]?.filter((s) => !scopes.includes(s)) ?? [];
    if (needed.length > 0) {
      return reply(200, fail('missing_scope', { needed: needed.join(','), provided: scopes.join(',') }));
    }
    reply(200, handler(args, { token: info, record }));
  }

  private handleResponseUrl(token: string, raw: string, res: ServerResponse): void {
    const entry = this.responseUrls.get(token);
    if (!entry) {
      send(res, 404, 'invalid_url');
      return;
    }
    if (Date.now() > entry.expiresAt) {
      send(res, 404, 'expired_url');
      return;
    }
    if (entry.uses >= this.responseUrlMaxUses) {
      send(res, 404, 'used_url');
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      send(res, 400, 'invalid_payload');
      return;
    }
    if (!isObj(body)) {
      send(res, 400, 'invalid_payload');
      return;
    }
    const text = typeof body.text === 'string' ? body.text : '';
    if (body.delete_original !== true && text === '' && body.blocks === undefined) {
      send(res, 400, 'no_text');
      return;
    }
    if (body.blocks !== undefined && validateBlocks(body.blocks, 'message').length > 0) {
      send(res, 400, 'invalid_blocks');
      return;
    }
    if (
      body.response_type !== undefined &&
      !['ephemeral', 'in_channel'].includes(String(body.response_type))
    ) {
      send(res, 400, 'invalid_response_type');
      return;
    }
    entry.uses++;
    const url = `${this.baseUrl}/response/${token}`;
    this.responses.push({
      channelId: entry.channelId,
      userId: entry.userId,
      url,
      body,
      at: Date.now(),
      teamId: entry.teamId,
    });
    if (body.delete_original !== true) {
      const inChannel = body.response_type === 'in_channel';
      const ts = this.nextTs();
      const bot = this.botOf(entry.teamId);
      // Responses cannot be threaded: thread_ts in the body is ignored, the message lands in the channel.
      this.messages.push({
        channel: entry.channelId,
        ts,
        text,
        blocks: Array.isArray(body.blocks) ? body.blocks : undefined,
        user: inChannel ? bot.botUserId : entry.userId,
        ...(inChannel ? {} : { ephemeral: true }),
        ...(body.replace_original === true ? { edited: true } : {}),
        via: 'response_url',
        teamId: entry.teamId,
      });
      if (inChannel)
        this.historyOf(entry.channelId).push({ ts, text, user: bot.botUserId, bot_id: bot.botId });
    }
    send(res, 200, 'ok');
  }

  // ---------------------------------------------------------------- oauth.v2.access

  private oauthAccess(
    args: Obj,
    bodySecret: string | undefined,
    authorization: string | undefined,
    record: RecordedCall,
  ): Answer {
    let clientId = strArg(args, 'client_id');
    let clientSecret = bodySecret;
    if (authorization?.startsWith('Basic ')) {
      const decoded = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        clientId ??= decoded.slice(0, colon);
        clientSecret ??= decoded.slice(colon + 1);
      }
    }
    const app = clientId ? this.apps.get(clientId) : undefined;
    if (!app) return fail('invalid_client_id');
    if (!clientSecret || !sameSecret(clientSecret, app.clientSecret)) return fail('bad_client_secret');

    const grantType = strArg(args, 'grant_type') ?? 'authorization_code';
    if (grantType === 'refresh_token') return this.refreshGrant(app, args, record);
    if (grantType !== 'authorization_code') return fail('unsupported_grant_type');

    const codeValue = strArg(args, 'code');
    const code = codeValue ? this.codes.get(codeValue) : undefined;
    if (!code || code.clientId !== app.clientId) return fail('invalid_code');
    // One try per code, whatever happens next: a second use always fails.
    const fresh = !code.used && Date.now() <= code.expiresAt;
    code.used = true;
    if (!fresh) return fail('invalid_code');
    if (code.redirectUri !== undefined && strArg(args, 'redirect_uri') !== code.redirectUri) {
      return fail('bad_redirect_uri');
    }

    const installation = this.install(app, code);
    const issued = this.issueTokens(app, installation);
    this.counters.codeExchanges++;
    record.teamId = installation.teamId ?? installation.enterpriseId;
    if (installation.enterpriseId) record.enterpriseId = installation.enterpriseId;
    return {
      ok: true,
      app_id: app.appId,
      authed_user: { id: code.userId },
      scope: installation.scopes.join(','),
      token_type: 'bot',
      access_token: issued.accessToken,
      bot_user_id: installation.botUserId,
      ...this.teamAndEnterprise(installation),
      is_enterprise_install: installation.isEnterpriseInstall,
      ...(issued.refreshToken
        ? { refresh_token: issued.refreshToken, expires_in: app.accessTokenTtlSec }
        : {}),
    };
  }

  private refreshGrant(app: RegisteredApp, args: Obj, record: RecordedCall): Answer {
    this.counters.refreshAttempts++;
    const value = strArg(args, 'refresh_token');
    const old = value ? this.tokens.get(value) : undefined;
    if (old?.kind !== 'refresh' || old.used || old.revoked || old.clientId !== app.clientId) {
      return fail('invalid_refresh_token');
    }
    const installation = this.installations.get(old.installationKey);
    if (!installation || installation.uninstalledAt !== undefined) return fail('invalid_refresh_token');
    old.used = true; // dead from now on: a second refresh with it fails
    const issued = this.issueTokens(app, installation);
    this.counters.refreshCount++;
    record.teamId = installation.teamId ?? installation.enterpriseId;
    if (installation.enterpriseId) record.enterpriseId = installation.enterpriseId;
    return {
      ok: true,
      app_id: app.appId,
      scope: installation.scopes.join(','),
      token_type: 'bot',
      access_token: issued.accessToken,
      bot_user_id: installation.botUserId,
      refresh_token: issued.refreshToken,
      expires_in: app.accessTokenTtlSec,
      ...this.teamAndEnterprise(installation),
      is_enterprise_install: installation.isEnterpriseInstall,
    };
  }

  private teamAndEnterprise(installation: Installation): Obj {
    const team =
      installation.teamId && !installation.isEnterpriseInstall
        ? { id: installation.teamId, name: this.workspacesById.get(installation.teamId)?.teamName }
        : null;
    const enterprise = installation.enterpriseId
      ? { id: installation.enterpriseId, name: this.enterprises.get(installation.enterpriseId)?.name }
      : null;
    return { team, enterprise };
  }

  /** Creates (or renews, on a reinstall) the installation a code approved. */
  private install(app: RegisteredApp, code: Code): Installation {
    const key = code.isEnterpriseInstall ? (code.enterpriseId as string) : (code.teamId as string);
    const bot = code.isEnterpriseInstall
      ? this.enterprise(code.enterpriseId as string)
      : this.botOf(code.teamId as string);
    const previous = this.installations.get(key);
    const installation: Installation = {
      key,
      appId: app.appId,
      clientId: app.clientId,
      isEnterpriseInstall: code.isEnterpriseInstall,
      installerUserId: code.userId,
      scopes: [...code.scopes],
      botUserId: bot.botUserId,
      botId: bot.botId,
      installedAt: Date.now(),
      installs: (previous?.installs ?? 0) + 1,
      accessToken: '',
      ...(code.isEnterpriseInstall ? {} : { teamId: code.teamId }),
      ...(code.enterpriseId ? { enterpriseId: code.enterpriseId } : {}),
    };
    this.installations.set(key, installation);
    return installation;
  }

  /** A fresh access token (and, with rotation, a refresh token) for an installation. */
  private issueTokens(
    app: RegisteredApp | undefined,
    installation: Installation,
    fixedToken?: string,
  ): { accessToken: string; refreshToken?: string } {
    const now = Date.now();
    const num = () => randomId(13, DIGITS);
    const accessToken = fixedToken ?? `xoxb-${num()}-${num()}-${randomBytes(12).toString('hex')}`;
    const base = {
      installationKey: installation.key,
      isEnterpriseInstall: installation.isEnterpriseInstall,
      appId: installation.appId,
      scopes: installation.scopes,
      botUserId: installation.botUserId,
      botId: installation.botId,
      issuedAt: now,
      revoked: false,
      ...(installation.teamId ? { teamId: installation.teamId } : {}),
      ...(installation.enterpriseId ? { enterpriseId: installation.enterpriseId } : {}),
      ...(app ? { clientId: app.clientId } : {}),
    };
    const rotating = app?.tokenRotation ?? false;
    this.tokens.set(accessToken, {
      ...base,
      token: accessToken,
      kind: 'bot',
      ...(rotating && app ? { expiresAt: now + app.accessTokenTtlSec * 1000 } : {}),
    });
    installation.accessToken = accessToken;
    if (!rotating) return { accessToken };
    const refreshToken = `xoxe-1-${randomBytes(24).toString('hex')}`;
    this.tokens.set(refreshToken, { ...base, token: refreshToken, kind: 'refresh', used: false });
    installation.refreshToken = refreshToken;
    return { accessToken, refreshToken };
  }

  // ---------------------------------------------------------------- Web API methods

  private readonly methods: Record<string, (args: Obj, ctx: Ctx) => Answer> = {
    'auth.test': (_args, { token }) => {
      if (token.isEnterpriseInstall && token.enterpriseId) {
        const e = this.enterprise(token.enterpriseId);
        return {
          ok: true,
          url: `https://${e.domain}.enterprise.slack.com/`,
          team: e.name,
          user: 'prospect-bot',
          team_id: e.enterpriseId,
          user_id: token.botUserId,
          bot_id: token.botId,
          enterprise_id: e.enterpriseId,
          is_enterprise_install: true,
        };
      }
      const w = this.workspacesById.get(token.teamId ?? this.teamId) as WorkspaceRecord;
      return {
        ok: true,
        url: `https://${w.domain}.slack.com/`,
        team: w.teamName,
        user: 'prospect-bot',
        team_id: w.teamId,
        user_id: token.botUserId,
        bot_id: token.botId,
        ...(w.enterpriseId ? { enterprise_id: w.enterpriseId } : {}),
        is_enterprise_install: false,
      };
    },

    'auth.revoke': (args, { token }) => {
      if (args.test === 'true' || args.test === true) return { ok: true, revoked: false };
      token.revoked = true;
      return { ok: true, revoked: true };
    },

    'views.open': (args, ctx) => this.openView(args, ctx, false),
    'views.push': (args, ctx) => this.openView(args, ctx, true),

    'views.update': (args, ctx) => {
      const viewId = strArg(args, 'view_id');
      const externalId = strArg(args, 'external_id');
      if (!viewId && !externalId) return missingArg('view_id');
      const stored = viewId
        ? this.views.get(viewId)
        : [...this.views.values()].find((v) => v.externalId === externalId && this.canSee(ctx, v.teamId));
      if (!stored || stored.closed || !this.canSee(ctx, stored.teamId)) return fail('not_found');
      ctx.record.teamId = stored.teamId;
      const hash = strArg(args, 'hash');
      if (hash !== undefined && hash !== stored.hash) return fail('hash_conflict');
      const problems = validateView(args.view);
      if (problems.length > 0) return invalid('invalid_arguments', problems);
      stored.hash = this.newHash();
      stored.view = this.storedViewShape(
        args.view as Obj,
        stored.id,
        stored.hash,
        stored.teamId,
        ctx.token.botId,
        stored.view,
      );
      const ext = (args.view as Obj).external_id;
      if (typeof ext === 'string') stored.externalId = ext;
      return { ok: true, view: stored.view };
    },

    'views.publish': (args, ctx) => {
      const userId = strArg(args, 'user_id');
      if (!userId) return missingArg('user_id');
      const user = this.visibleUser(userId, ctx);
      if (!user) return fail('user_not_found');
      ctx.record.teamId = user.teamId;
      const problems = validateView(args.view, 'home');
      if (problems.length > 0) return invalid('invalid_arguments', problems);
      const view = this.storedViewShape(
        args.view as Obj,
        `V${randomId(10)}`,
        this.newHash(),
        user.teamId,
        ctx.token.botId,
      );
      this.homeTabs.set(userId, view);
      return { ok: true, view };
    },

    'chat.postMessage': (args, ctx) => {
      const target = this.resolveChannel(strArg(args, 'channel'), ctx, { publicNeedsMembership: true });
      if ('error' in target) return fail(target.error);
      const content = this.checkContent(args);
      if ('error' in content) return content.error;
      const ts = this.nextTs();
      const threadTs = strArg(args, 'thread_ts');
      const channel = target.channel.id;
      const stored: HistoryMessage = {
        ts,
        text: content.text,
        user: ctx.token.botUserId,
        bot_id: ctx.token.botId,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(content.blocks ? { blocks: content.blocks } : {}),
      };
      this.historyOf(channel).push(stored);
      this.messages.push({
        channel,
        ts,
        text: content.text,
        blocks: content.blocks,
        user: ctx.token.botUserId,
        via: 'chat.postMessage',
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(content.attachments ? { attachments: content.attachments } : {}),
        teamId: target.channel.teamId,
      });
      return {
        ok: true,
        channel,
        ts,
        message: { type: 'message', ...stored, app_id: ctx.token.appId, team: target.channel.teamId },
      };
    },

    'chat.postEphemeral': (args, ctx) => {
      const target = this.resolveChannel(strArg(args, 'channel'), ctx, { publicNeedsMembership: false });
      if ('error' in target) return fail(target.error);
      const user = strArg(args, 'user');
      if (!user || !this.visibleUser(user, ctx)) return fail('user_not_found');
      const content = this.checkContent(args);
      if ('error' in content) return content.error;
      const ts = this.nextTs();
      const threadTs = strArg(args, 'thread_ts');
      this.messages.push({
        channel: target.channel.id,
        ts,
        text: content.text,
        blocks: content.blocks,
        user,
        ephemeral: true,
        via: 'chat.postEphemeral',
        ...(threadTs ? { thread_ts: threadTs } : {}),
        teamId: target.channel.teamId,
      });
      return { ok: true, message_ts: ts };
    },

    'chat.update': (args, ctx) => {
      const channel = strArg(args, 'channel');
      const found = channel ? this.visibleChannel(channel, ctx) : undefined;
      if (!channel || !found) return fail('channel_not_found');
      const ts = strArg(args, 'ts');
      const existing = this.history.get(channel)?.find((m) => m.ts === ts);
      if (!ts || !existing) return fail('message_not_found');
      if (existing.bot_id !== ctx.token.botId) return fail('cant_update_message');
      const content = this.checkContent(args);
      if ('error' in content) return content.error;
      existing.text = content.text;
      existing.blocks = content.blocks;
      const posted = this.messages.find((m) => m.channel === channel && m.ts === ts && !m.ephemeral);
      if (posted) Object.assign(posted, { text: content.text, blocks: content.blocks, edited: true });
      return { ok: true, channel, ts, text: content.text, message: { type: 'message', ...existing } };
    },

    'chat.delete': (args, ctx) => {
      const channel = strArg(args, 'channel');
      const found = channel ? this.visibleChannel(channel, ctx) : undefined;
      if (!channel || !found) return fail('channel_not_found');
      const ts = strArg(args, 'ts');
      const history = this.history.get(channel) ?? [];
      const index = history.findIndex((m) => m.ts === ts);
      if (!ts || index < 0) return fail('message_not_found');
      // A bot may delete only its own messages.
      if (history[index]?.bot_id !== ctx.token.botId) return fail('cant_delete_message');
      history.splice(index, 1);
      const posted = this.messages.find((m) => m.channel === channel && m.ts === ts && !m.ephemeral);
      if (posted) posted.deleted = true;
      return { ok: true, channel, ts };
    },

    'functions.completeSuccess': (args, ctx) => this.completeFunction(args, ctx, 'success'),
    'functions.completeError': (args, ctx) => this.completeFunction(args, ctx, 'error'),

    'chat.getPermalink': (args, ctx) => {
      const channel = strArg(args, 'channel');
      const found = channel ? this.visibleChannel(channel, ctx) : undefined;
      if (!channel || !found) return fail('channel_not_found');
      const ts = strArg(args, 'message_ts');
      const message = this.history.get(channel)?.find((m) => m.ts === ts);
      if (!ts || !message) return fail('message_not_found');
      const domain = this.workspacesById.get(found.teamId)?.domain ?? 'standin';
      let permalink = `https://${domain}.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
      if (message.thread_ts && message.thread_ts !== ts) {
        permalink += `?thread_ts=${message.thread_ts}&cid=${channel}`;
      }
      return { ok: true, channel, permalink };
    },

    'conversations.join': (args, ctx) => {
      const channel = this.visibleChannel(strArg(args, 'channel') ?? '', ctx);
      if (!channel || (channel.type !== 'public' && !channel.botIsMember)) return fail('channel_not_found');
      if (channel.type !== 'public') return fail('method_not_supported_for_channel_type');
      if (channel.archived) return fail('is_archived');
      const already = channel.botIsMember;
      channel.botIsMember = true;
      return {
        ok: true,
        channel: this.channelInfo(channel),
        ...(already ? { already_in_channel: true } : {}),
      };
    },

    'conversations.info': (args, ctx) => {
      const channel = this.visibleChannel(strArg(args, 'channel') ?? '', ctx);
      if (!channel || (channel.type !== 'public' && !channel.botIsMember)) return fail('channel_not_found');
      const needed = { public: 'channels:read', private: 'groups:read', im: 'im:read' }[channel.type];
      if (!ctx.token.scopes.includes(needed)) {
        return fail('missing_scope', { needed, provided: ctx.token.scopes.join(',') });
      }
      return { ok: true, channel: this.channelInfo(channel) };
    },

    'users.info': (args, ctx) => {
      const id = strArg(args, 'user');
      const user = id ? this.visibleUser(id, ctx) : undefined;
      if (!id || !user) return fail('user_not_found');
      ctx.record.teamId = user.teamId;
      const { teamId, ...fields } = user;
      return { ok: true, user: { ...fields, team_id: teamId, is_bot: id === ctx.token.botUserId } };
    },
  };

  private completeFunction(args: Obj, ctx: Ctx, how: 'success' | 'error'): Answer {
    const id = strArg(args, 'function_execution_id');
    if (!id) return missingArg('function_execution_id');
    const execution = this.functionExecutions.get(id);
    if (!execution || !this.canSee(ctx, execution.teamId)) return fail('function_execution_not_found');
    ctx.record.teamId = execution.teamId;
    execution.completionCalls++;
    if (execution.state !== 'running') return fail('execution_not_in_running_state');
    if (how === 'success') {
      let outputs = args.outputs;
      if (typeof outputs === 'string') {
        try {
          outputs = JSON.parse(outputs) as unknown;
        } catch {
          return fail('invalid_arguments');
        }
      }
      if (!isObj(outputs)) return missingArg('outputs');
      const declared = execution.outputNames;
      if (declared) {
        const problems = [
          ...Object.keys(outputs)
            .filter((k) => !declared.includes(k))
            .map((k) => `unknown output ${k}`),
          ...declared.filter((k) => !(k in outputs)).map((k) => `missing output ${k}`),
        ];
        if (problems.length > 0) return fail('parameter_validation_failed', { errors: problems });
      }
      execution.state = 'completed';
      execution.outputs = outputs;
    } else {
      const error = strArg(args, 'error');
      if (!error) return missingArg('error');
      execution.state = 'failed';
      execution.error = error;
    }
    execution.completedWith = this.workflowTokens.has(ctx.token.token) ? 'workflow' : 'bot';
    return { ok: true };
  }

  private openView(args: Obj, ctx: Ctx, push: boolean): Answer {
    const triggerId = strArg(args, 'trigger_id');
    if (!triggerId) return missingArg('trigger_id');
    const trigger = this.triggers.get(triggerId);
    // A trigger of another workspace does not exist for this token.
    if (!trigger || !this.canSee(ctx, trigger.teamId)) return fail('invalid_trigger_id');
    ctx.record.teamId = trigger.teamId;
    if (trigger.used) return fail('exchanged_trigger_id');
    if (Date.now() > trigger.expiresAt) return fail('expired_trigger_id');
    const problems = validateView(args.view);
    if (problems.length > 0) return invalid('invalid_arguments', problems);
    if (push) {
      const open = [...this.views.values()].filter((v) => !v.closed && v.userId === trigger.userId);
      if (open.length >= 3) return fail('push_limit_reached');
    }
    trigger.used = true; // exchanged only on success, like Slack
    const stored = this.storeNewView(
      args.view as Obj,
      triggerId,
      trigger.teamId,
      ctx.token.botId,
      trigger.userId,
    );
    return { ok: true, view: stored.view };
  }

  // ---------------------------------------------------------------- internals

  /** The workspaces a token may act in: its own, or every workspace of its org for an org-wide token. */
  private canSee(ctx: Ctx, teamId: string): boolean {
    const { token } = ctx;
    if (token.isEnterpriseInstall) {
      return (
        token.enterpriseId !== undefined &&
        this.workspacesById.get(teamId)?.enterpriseId === token.enterpriseId
      );
    }
    return token.teamId === teamId;
  }

  /** The workspace an org-wide token lands in when nothing else says (its org's first workspace). */
  private homeTeam(ctx: Ctx): string | undefined {
    const { token } = ctx;
    if (!token.isEnterpriseInstall) return token.teamId;
    return [...this.workspacesById.values()].find((w) => w.enterpriseId === token.enterpriseId)?.teamId;
  }

  private visibleChannel(id: string, ctx: Ctx): Channel | undefined {
    const channel = this.channels.get(id);
    if (!channel || !this.canSee(ctx, channel.teamId)) return undefined;
    ctx.record.teamId = channel.teamId;
    return channel;
  }

  /**
   * A user the token may see: one of its workspaces, or (Enterprise Grid users are org-wide) any
   * workspace of the same org. An id never seen before becomes a user of the token's workspace.
   */
  private visibleUser(id: string, ctx: Ctx): User | undefined {
    if (!USER_ID.test(id)) return undefined;
    let user = this.users.get(id);
    if (!user) {
      const teamId = this.homeTeam(ctx);
      if (!teamId) return undefined;
      this.addUser({ id, teamId });
      user = this.users.get(id) as User;
    }
    if (this.canSee(ctx, user.teamId)) return user;
    const enterprise = this.workspacesById.get(user.teamId)?.enterpriseId;
    const tokenEnterprise =
      ctx.token.enterpriseId ?? this.workspacesById.get(ctx.token.teamId ?? '')?.enterpriseId;
    return enterprise !== undefined && enterprise === tokenEnterprise ? user : undefined;
  }

  private storeNewView(
    view: Obj,
    triggerId: string,
    teamId: string,
    botId: string,
    userId?: string,
    previousViewId?: string,
  ): StoredView {
    const id = `V${randomId(10)}`;
    const hash = this.newHash();
    const shaped = this.storedViewShape(view, id, hash, teamId, botId);
    if (previousViewId) shaped.previous_view_id = previousViewId;
    const stored: StoredView = {
      id,
      view: shaped,
      hash,
      triggerId,
      closed: false,
      teamId,
      ...(userId ? { userId } : {}),
      ...(typeof view.external_id === 'string' ? { externalId: view.external_id } : {}),
    };
    this.views.set(id, stored);
    return stored;
  }

  /** The view as Slack returns it: defaults filled, random block_id/action_id where the app gave none. */
  private storedViewShape(
    view: Obj,
    id: string,
    hash: string,
    teamId: string,
    botId: string,
    previous?: Obj,
  ): Obj {
    const copy = structuredClone(view);
    const blocks = Array.isArray(copy.blocks) ? (copy.blocks as Obj[]) : [];
    for (const block of blocks) {
      block.block_id ??= randomId(5, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
      const elements = [
        block.element,
        block.accessory,
        ...(Array.isArray(block.elements) ? block.elements : []),
      ];
      for (const el of elements) {
        if (isObj(el) && el.type !== 'image' && el.type !== 'mrkdwn' && el.type !== 'plain_text') {
          el.action_id ??= randomId(5, 'abcdefghijklmnopqrstuvwxyz0123456789');
        }
      }
    }
    return {
      private_metadata: '',
      callback_id: '',
      external_id: '',
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      ...copy,
      blocks,
      id,
      hash,
      team_id: teamId,
      app_id: this.appId,
      app_installed_team_id: teamId,
      bot_id: botId,
      root_view_id: (previous?.root_view_id as string | undefined) ?? id,
      state: { values: {} },
    };
  }

  private newHash(): string {
    return `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`;
  }

  /** Checks text / blocks / attachments of a message. */
  private checkContent(
    args: Obj,
  ): { text: string; blocks?: unknown[]; attachments?: unknown[] } | { error: Answer } {
    const text = typeof args.text === 'string' ? args.text : '';
    const { blocks, attachments } = args;
    if (text === '' && blocks === undefined && attachments === undefined) return { error: fail('no_text') };
    if (text.length > 40000) return { error: fail('msg_too_long') };
    if (blocks !== undefined && !Array.isArray(blocks)) return { error: fail('invalid_blocks_format') };
    if (attachments !== undefined && !Array.isArray(attachments)) {
      return { error: fail('invalid_attachments') };
    }
    if (blocks !== undefined) {
      const problems = validateBlocks(blocks, 'message');
      if (problems.length > 0) return { error: invalid('invalid_blocks', problems) };
    }
    return {
      text,
      ...(blocks !== undefined ? { blocks: blocks as unknown[] } : {}),
      ...(attachments !== undefined ? { attachments: attachments as unknown[] } : {}),
    };
  }

  /**
   * Where a message to `ref` lands, by Slack's rules: unknown (or another workspace's) →
   * channel_not_found; archived → is_archived; private / DM the bot is not in → channel_not_found (it
   * cannot see them); public not joined → not_in_channel unless `chat:write.public`. A user id opens
   * (or reuses) the DM.
   */
  private resolveChannel(
    ref: string | undefined,
    ctx: Ctx,
    opts: { publicNeedsMembership: boolean },
  ): { channel: Channel } | { error: string } {
    if (!ref) return { error: 'channel_not_found' };
    if (USER_ID.test(ref)) {
      const user = this.visibleUser(ref, ctx);
      if (!user) return { error: 'channel_not_found' };
      const id = `D${ref.slice(1)}`;
      if (!this.channels.has(id)) {
        this.addChannel({ id, name: ref, type: 'im', botIsMember: true, teamId: user.teamId });
      }
      ref = id;
    }
    const name = ref.replace(/^#/, '');
    const channel =
      this.visibleChannel(ref, ctx) ??
      [...this.channels.values()].find((c) => c.name === name && this.canSee(ctx, c.teamId));
    if (!channel) return { error: 'channel_not_found' };
    ctx.record.teamId = channel.teamId;
    if (channel.type !== 'public' && !channel.botIsMember) return { error: 'channel_not_found' };
    if (channel.archived) return { error: 'is_archived' };
    if (
      channel.type === 'public' &&
      !channel.botIsMember &&
      opts.publicNeedsMembership &&
      !ctx.token.scopes.includes('chat:write.public')
    ) {
      return { error: 'not_in_channel' };
    }
    return { channel };
  }

  private channelInfo(c: Channel): Obj {
    return {
      id: c.id,
      name: c.name,
      is_channel: c.type === 'public',
      is_group: c.type === 'private',
      is_im: c.type === 'im',
      is_private: c.type !== 'public',
      is_archived: c.archived,
      is_member: c.botIsMember,
      context_team_id: c.teamId,
    };
  }

  private historyOf(channel: string): HistoryMessage[] {
    let list = this.history.get(channel);
    if (!list) {
      list = [];
      this.history.set(channel, list);
    }
    return list;
  }

  /** Strictly increasing message timestamps, `"<unix seconds>.<6 digits>"`. */
  private nextTs(): string {
    this.lastTsMicros = Math.max(Date.now() * 1000, this.lastTsMicros + 100);
    const m = this.lastTsMicros;
    return `${Math.floor(m / 1e6)}.${String(m % 1e6).padStart(6, '0')}`;
  }

  private queueFault(method: string, fault: Fault): void {
    const queue = this.faults.get(method) ?? [];
    queue.push(fault);
    this.faults.set(method, queue);
  }

  private takeFault(method: string): Fault | undefined {
    const queue = this.faults.get(method);
    const fault = queue?.[0];
    if (!queue || !fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) queue.shift();
    return fault;
  }

  private resolveApp(clientId: string | undefined): RegisteredApp {
    const app = clientId ? this.apps.get(clientId) : this.apps.values().next().value;
    if (!app) throw new Error('Slack stand-in: registerApp first (no such client id)');
    return app;
  }

  private ensureEnterprise(enterpriseId: string, name?: string): Enterprise {
    let e = this.enterprises.get(enterpriseId);
    if (!e) {
      const base = enterpriseId.replace(/^E/, '');
      e = {
        enterpriseId,
        name: name ?? enterpriseId,
        domain: enterpriseId.toLowerCase(),
        botUserId: `W${base}BOT`,
        botId: `B${base}ORG`,
      };
      this.enterprises.set(enterpriseId, e);
    } else if (name) {
      e.name = name;
    }
    return e;
  }

  private requireWorkspace(teamId: string): WorkspaceRecord {
    const w = this.workspacesById.get(teamId);
    if (!w) throw new Error(`Slack stand-in: no workspace ${teamId} (addWorkspace first)`);
    return w;
  }

  /** The app's bot in a workspace. */
  private botOf(teamId: string): { botUserId: string; botId: string } {
    const w = this.workspacesById.get(teamId);
    return w ? { botUserId: w.botUserId, botId: w.botId } : { botUserId: this.botUserId, botId: this.botId };
  }

  private dropWorkspaceContent(teamId: string): void {
    for (const [id, c] of this.channels) {
      if (c.teamId !== teamId) continue;
      this.channels.delete(id);
      this.history.delete(id);
    }
    for (const [id, u] of this.users) if (u.teamId === teamId) this.users.delete(id);
  }

  private seedWorkspace(w: WorkspaceRecord): void {
    for (const c of w.seedChannels) this.addChannel({ ...c, teamId: w.teamId });
    for (const u of w.seedUsers) this.addUser({ ...u, teamId: w.teamId });
    this.addUser({ id: w.botUserId, name: 'prospect-bot', real_name: 'Prospect Bot', teamId: w.teamId });
  }

  /** Only the default workspace, installed with the configured bot token. */
  private setUpDefaults(): void {
    this.workspacesById.clear();
    this.enterprises.clear();
    this.apps.clear();
    this.codes.clear();
    this.tokens.clear();
    this.installations.clear();
    this.channels.clear();
    this.users.clear();
    this.history.clear();
    this.addWorkspace(this.defaultWorkspace);
    const installation: Installation = {
      key: this.teamId,
      appId: this.appId,
      isEnterpriseInstall: false,
      scopes: this.scopes,
      botUserId: this.botUserId,
      botId: this.botId,
      installedAt: Date.now(),
      installs: 1,
      accessToken: this.botToken,
      teamId: this.teamId,
      ...(this.defaultWorkspace.enterpriseId ? { enterpriseId: this.defaultWorkspace.enterpriseId } : {}),
    };
    this.installations.set(this.teamId, installation);
    this.issueTokens(undefined, installation, this.botToken);
  }
}

export async function startSlackStandin(options: SlackStandinOptions = {}): Promise<SlackStandin> {
  let standin: SlackStandin | undefined;
  const http = await listen((req, res) => {
    if (!standin) {
      send(res, 503, 'starting');
      return;
    }
    return standin.handle(req, res);
  });
  standin = new SlackStandin(http, options);
  return standin;
}
