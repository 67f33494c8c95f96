/**
 * Plays "Slack sending requests to the app": signed slash commands, interaction payloads and Events API
 * callbacks posted to the app's `/slack/events` endpoint, plus builders for Slack-shaped payloads.
 *
 * Acting as someone of another workspace: commands take `team_id` / `team_domain` / `enterprise_id` /
 * `is_enterprise_install` fields; interaction builders take `team`, `enterprise`, `isEnterpriseInstall`
 * (and `user.teamId`); event builders take what `SlackStandin.eventAuthorization(teamId)` returns.
 */
import { randomBytes } from 'node:crypto';
import { randomId } from './http.js';
import { signSlackRequest } from './signing.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

export interface SlackSenderOptions {
  /** e.g. `http://127.0.0.1:3000/slack/events` */
  appUrl: string;
  signingSecret: string;
}

/** How one request is signed. Defaults: the right secret, the current time. */
export interface SignOptions {
  /** Sign with this secret instead (e.g. a wrong one). */
  secret?: string;
  /** Sign with a timestamp 10 minutes old (Bolt refuses requests older than 5 minutes). */
  stale?: boolean;
  /** Exact timestamp to sign with (seconds). */
  timestampSec?: number;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  /** Extra headers (override the computed ones). */
  headers?: Record<string, string>;
}

export interface SentResult {
  status: number;
  body: string;
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown;
  headers: Record<string, string>;
  /** Time from sending to the whole answer being read. */
  elapsedMs: number;
}

export interface SlashCommandFields {
  command?: string;
  text?: string;
  team_id?: string;
  team_domain?: string;
  enterprise_id?: string;
  enterprise_name?: string;
  /** `'true'` when the app is installed org-wide (Enterprise Grid). */
  is_enterprise_install?: string;
  channel_id?: string;
  channel_name?: string;
  user_id?: string;
  user_name?: string;
  api_app_id?: string;
  response_url?: string;
  trigger_id?: string;
  [field: string]: string | undefined;
}

export interface SlackSender {
  /** A form-encoded slash command; `trigger_id` / `response_url` should come from the Slack stand-in. */
  command(fields?: SlashCommandFields, sign?: SignOptions): Promise<SentResult>;
  /** A form-encoded `payload=<json>` interaction (shortcut, block action, view submission). */
  interaction(payload: unknown, sign?: SignOptions): Promise<SentResult>;
  /**
   * A JSON Events API callback (build it with `eventCallback` & co.). `retryNum` / `retryReason` add
   * `x-slack-retry-num` / `x-slack-retry-reason`, as Slack does when it delivers an event again.
   */
  event(payload: unknown, retry?: EventRetry, sign?: SignOptions): Promise<SentResult>;
  /** Any body; signed unless `sign.unsigned`. Use for malformed requests. */
  raw(body: string, headers?: Record<string, string>, sign?: SignOptions): Promise<SentResult>;
}

export interface EventRetry {
  /** 1..3 */
  retryNum?: number;
  /** e.g. `http_timeout`, `http_error`, `connection_failed`, `too_many_redirects`, `unknown_error`. */
  retryReason?: string;
}

/** The form fields of a `/prospect` slash command as Slack sends them; `fields` override the defaults. */
export function slashCommandFields(fields: SlashCommandFields = {}): Record<string, string> {
  const all: Record<string, string> = {
    token: 'legacy-verification-token',
    command: '/prospect',
    text: '',
    team_id: 'T0TEST',
    team_domain: 'acme',
    channel_id: 'C0PUBLIC',
    channel_name: 'leads',
    user_id: 'U0ALICE',
    user_name: 'alice',
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: 'http://127.0.0.1:9/response/unset',
    trigger_id: 'unset.trigger',
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) all[k] = v;
  return all;
}

export function createSlackSender(options: SlackSenderOptions): SlackSender {
  const post = async (body: string, contentType: string | undefined, sign: SignOptions = {}) => {
    const now = Math.floor(Date.now() / 1000);
    const timestampSec = sign.timestampSec ?? (sign.stale ? now - 600 : now);
    const headers: Record<string, string> = {
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(sign.unsigned ? {} : signSlackRequest(sign.secret ?? options.signingSecret, body, timestampSec)),
      ...sign.headers,
    };
    const started = performance.now();
    const response = await fetch(options.appUrl, { method: 'POST', headers, body });
    const text = await response.text();
    const elapsedMs = performance.now() - started;
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: response.status,
      body: text,
      headers: Object.fromEntries(response.headers.entries()),
      elapsedMs,
      ...(json !== undefined ? { json } : {}),
    };
  };

  return {
    command: (fields = {}, sign) => {
      const all = slashCommandFields(fields);
      return post(new URLSearchParams(all).toString(), FORM, sign);
    },
    interaction: (payload, sign) =>
      post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM, sign),
    event: (payload, retry = {}, sign = {}) => {
      const headers: Record<string, string> = {
        ...(retry.retryNum !== undefined ? { 'x-slack-retry-num': String(retry.retryNum) } : {}),
        ...(retry.retryReason !== undefined ? { 'x-slack-retry-reason': retry.retryReason } : {}),
      };
      return post(JSON.stringify(payload), JSON_TYPE, { ...sign, headers: { ...headers, ...sign.headers } });
    },
    raw: (body, headers = {}, sign = {}) =>
      post(body, undefined, { ...sign, headers: { ...headers, ...sign.headers } }),
  };
}

// ------------------------------------------------------------------ payload builders

export interface PayloadUser {
  id: string;
  name: string;
  /** The user's workspace (default: `team.id`; needed when `team` is null). */
  teamId?: string;
}
export interface PayloadTeam {
  id: string;
  domain: string;
  /** Set for a workspace inside an Enterprise Grid org. */
  enterprise_id?: string;
  enterprise_name?: string;
}
export interface PayloadEnterprise {
  id: string;
  name: string;
}

/**
 * Who is acting, for the interaction builders: `team` (null as Slack sends it for some org-wide
 * installs), `enterprise` (default null) and `isEnterpriseInstall` (default false).
 */
export interface PayloadOrigin {
  user?: PayloadUser;
  team?: PayloadTeam | null;
  enterprise?: PayloadEnterprise | null;
  isEnterpriseInstall?: boolean;
}

const DEFAULT_USER: PayloadUser = { id: 'U0ALICE', name: 'alice' };
const DEFAULT_TEAM: PayloadTeam = { id: 'T0TEST', domain: 'acme' };

const userField = (user: PayloadUser, team: PayloadTeam | null) => ({
  id: user.id,
  username: user.name,
  name: user.name,
  team_id: user.teamId ?? team?.id ?? DEFAULT_TEAM.id,
});

const originOf = (input: PayloadOrigin) => {
  const user = input.user ?? DEFAULT_USER;
  const team = input.team === undefined ? DEFAULT_TEAM : input.team;
  return {
    user,
    team,
    fields: {
      is_enterprise_install: input.isEnterpriseInstall ?? false,
      enterprise: input.enterprise ?? null,
    },
  };
};

const actionTs = () => `${(Date.now() / 1000).toFixed(6)}`;

export interface ShortcutMessage {
  ts: string;
  text: string;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  blocks?: unknown[];
  attachments?: unknown[];
  [key: string]: unknown;
}

/** A `message_action` payload (message shortcut), as Slack sends it. */
export function messageShortcutPayload(
  input: PayloadOrigin & {
    callbackId: string;
    triggerId: string;
    responseUrl: string;
    channel: { id: string; name: string };
    message: ShortcutMessage;
  },
) {
  const { user, team, fields } = originOf(input);
  return {
    type: 'message_action' as const,
    token: 'legacy-verification-token',
    action_ts: actionTs(),
    team,
    user: userField(user, team),
    channel: input.channel,
    ...fields,
    callback_id: input.callbackId,
    trigger_id: input.triggerId,
    response_url: input.responseUrl,
    message_ts: input.message.ts,
    message: { type: 'message', ...input.message },
  };
}

/** A `shortcut` payload (global shortcut): no channel, no message. */
export function globalShortcutPayload(
  input: PayloadOrigin & {
    callbackId: string;
    triggerId: string;
  },
) {
  const { user, team, fields } = originOf(input);
  return {
    type: 'shortcut' as const,
    token: 'legacy-verification-token',
    action_ts: actionTs(),
    team,
    user: { id: user.id, username: user.name, team_id: userField(user, team).team_id },
    ...fields,
    callback_id: input.callbackId,
    trigger_id: input.triggerId,
  };
}

/**
 * A `view_submission` payload. `view` is the view as the Slack stand-in stored it
 * (`standin.views.get(id).view`); `values` becomes `view.state.values`
 * (`{[block_id]: {[action_id]: {type, value} | {type, selected_option} | ...}}`). No channel field.
 */
export function viewSubmissionPayload(
  input: PayloadOrigin & {
    view: Record<string, unknown>;
    values: Record<string, Record<string, unknown>>;
    responseUrls?: { block_id: string; action_id: string; channel_id: string; response_url: string }[];
    triggerId?: string;
    apiAppId?: string;
  },
) {
  const { user, team, fields } = originOf(input);
  return {
    type: 'view_submission' as const,
    token: 'legacy-verification-token',
    team,
    user: userField(user, team),
    api_app_id: input.apiAppId ?? 'A0APP',
    trigger_id: input.triggerId ?? `${Date.now()}.0000000000.${randomBytes(16).toString('hex')}`,
    view: { ...input.view, state: { values: input.values } },
    response_urls: input.responseUrls ?? [],
    ...fields,
  };
}

/** A `view_closed` payload (sent only when the view has `notify_on_close: true`). */
export function viewClosedPayload(input: PayloadOrigin & { view: Record<string, unknown> }) {
  const { user, team, fields } = originOf(input);
  return {
    type: 'view_closed' as const,
    token: 'legacy-verification-token',
    team,
    user: userField(user, team),
    api_app_id: 'A0APP',
    view: input.view,
    is_cleared: false,
    ...fields,
  };
}

/** A `block_actions` payload for one action inside a view or a message. */
export function blockActionsPayload(
  input: PayloadOrigin & {
    triggerId: string;
    action: { block_id: string; action_id: string; type: string; [key: string]: unknown };
    view?: Record<string, unknown>;
    values?: Record<string, Record<string, unknown>>;
    channel?: { id: string; name: string };
    message?: ShortcutMessage;
    responseUrl?: string;
  },
) {
  const { user, team, fields } = originOf(input);
  return {
    type: 'block_actions' as const,
    token: 'legacy-verification-token',
    team,
    user: userField(user, team),
    api_app_id: 'A0APP',
    trigger_id: input.triggerId,
    container: input.view
      ? { type: 'view', view_id: input.view.id }
      : {
          type: 'message',
          message_ts: input.message?.ts,
          channel_id: input.channel?.id,
          is_ephemeral: false,
        },
    ...(input.view ? { view: { ...input.view, state: { values: input.values ?? {} } } } : {}),
    ...(input.channel ? { channel: input.channel } : {}),
    ...(input.message ? { message: { type: 'message', ...input.message } } : {}),
    ...(input.responseUrl ? { response_url: input.responseUrl } : {}),
    actions: [{ ...input.action, action_ts: actionTs() }],
    ...fields,
  };
}

// ------------------------------------------------------------------ Events API

/** Who an event is for: spread `SlackStandin.eventAuthorization(teamId)` in, or give it by hand. */
export interface EventTarget {
  /** The workspace the event happened in (default `T0TEST`). */
  teamId?: string;
  enterpriseId?: string;
  /** The app is installed org-wide: `authorizations[0].team_id` is then null. */
  isEnterpriseInstall?: boolean;
  /** The app's bot user in that workspace / org (default `U0BOT`). */
  botUserId?: string;
  /** Default `Ev` + 10 random characters (Slack re-sends the same id on retries). */
  eventId?: string;
  /** Seconds (default now). */
  eventTime?: number;
  apiAppId?: string;
}

/** An Events API `event_callback` envelope around `event`, as Slack posts it (JSON). */
export function eventCallback(input: EventTarget & { event: Record<string, unknown> }) {
  const now = Math.floor(Date.now() / 1000);
  const teamId = input.teamId ?? DEFAULT_TEAM.id;
  const org = input.isEnterpriseInstall ?? false;
  return {
    token: 'legacy-verification-token',
    team_id: teamId,
    ...(input.enterpriseId ? { enterprise_id: input.enterpriseId } : {}),
    context_team_id: teamId,
    context_enterprise_id: input.enterpriseId ?? null,
    api_app_id: input.apiAppId ?? 'A0APP',
    event: { event_ts: `${now}.${randomId(6, '0123456789')}`, ...input.event },
    type: 'event_callback' as const,
    event_id: input.eventId ?? `Ev${randomId(10)}`,
    event_time: input.eventTime ?? now,
    authorizations: [
      {
        enterprise_id: input.enterpriseId ?? null,
        team_id: org ? null : teamId,
        user_id: input.botUserId ?? 'U0BOT',
        is_bot: true,
        is_enterprise_install: org,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${randomBytes(24).toString('base64url')}`,
  };
}

/**
 * `app_uninstalled`: the app was removed from the workspace (or, with `isEnterpriseInstall`, the org;
 * `teamId` then defaults to the enterprise id). Bolt runs no authorize for it.
 */
export function appUninstalledEvent(input: EventTarget = {}) {
  const teamId = input.teamId ?? (input.isEnterpriseInstall ? input.enterpriseId : undefined);
  return eventCallback({ ...input, ...(teamId ? { teamId } : {}), event: { type: 'app_uninstalled' } });
}

/** `tokens_revoked`: `bot` lists bot user ids, `oauth` user ids whose user tokens were revoked. */
export function tokensRevokedEvent(input: EventTarget & { bot?: string[]; oauth?: string[] } = {}) {
  const { bot, oauth, ...target } = input;
  const teamId = target.teamId ?? (target.isEnterpriseInstall ? target.enterpriseId : undefined);
  return eventCallback({
    ...target,
    ...(teamId ? { teamId } : {}),
    event: {
      type: 'tokens_revoked',
      tokens: { ...(oauth ? { oauth } : {}), ...(bot ? { bot } : {}) },
    },
  });
}

/** `app_home_opened`: `user` opened the app's Home tab (or Messages tab) in `teamId`. */
export function appHomeOpenedEvent(
  input: EventTarget & { user: string; tab?: 'home' | 'messages'; channel?: string; view?: unknown },
) {
  const { user, tab, channel, view, ...target } = input;
  return eventCallback({
    ...target,
    event: {
      type: 'app_home_opened',
      user,
      channel: channel ?? `D${user.slice(1)}`,
      tab: tab ?? 'home',
      ...(view !== undefined ? { view } : {}),
    },
  });
}

/**
 * `function_executed`: a workflow reached the app's custom step. Build `execution` with
 * `SlackStandin.startFunctionExecution` (it issues the workflow token the app completes it with).
 */
export function functionExecutedEvent(
  input: EventTarget & {
    execution: {
      functionExecutionId: string;
      workflowExecutionId: string;
      callbackId: string;
      inputs: Record<string, unknown>;
      botAccessToken: string;
    };
  },
) {
  const { execution, ...target } = input;
  const now = Math.floor(Date.now() / 1000);
  return eventCallback({
    ...target,
    event: {
      type: 'function_executed',
      function: {
        id: `Fn${randomId(10)}`,
        callback_id: execution.callbackId,
        title: execution.callbackId,
        description: '',
        type: 'app',
        input_parameters: [],
        output_parameters: [],
        app_id: target.apiAppId ?? 'A0APP',
        date_created: now,
        date_updated: now,
        date_deleted: 0,
      },
      inputs: execution.inputs,
      function_execution_id: execution.functionExecutionId,
      workflow_execution_id: execution.workflowExecutionId,
      event_ts: `${now}.${randomId(6, '0123456789')}`,
      bot_access_token: execution.botAccessToken,
    },
  });
}

/**
 * A `message` event (`message.channels` / `message.groups`) as Slack sends it for a channel the app
 * is in. People's posts carry `user`; bots' carry `bot_id` (legacy ones `subtype: 'bot_message'`,
 * and `app_id` for an app's bot); edits, deletions and joins have a `subtype`; thread replies a
 * `thread_ts` other than their `ts`.
 */
export function messageEvent(
  input: EventTarget & {
    channel: string;
    ts: string;
    text?: string;
    user?: string;
    bot_id?: string;
    app_id?: string;
    subtype?: string;
    thread_ts?: string;
    blocks?: unknown[];
    attachments?: unknown[];
    channelType?: 'channel' | 'group';
  },
) {
  const {
    channel,
    ts,
    text,
    user,
    bot_id,
    app_id,
    subtype,
    thread_ts,
    blocks,
    attachments,
    channelType,
    ...target
  } = input;
  return eventCallback({
    ...target,
    event: {
      type: 'message',
      channel,
      channel_type: channelType ?? (channel.startsWith('G') ? 'group' : 'channel'),
      ts,
      event_ts: ts,
      text: text ?? '',
      ...(user ? { user } : {}),
      ...(bot_id ? { bot_id } : {}),
      ...(app_id ? { app_id } : {}),
      ...(subtype ? { subtype } : {}),
      ...(thread_ts ? { thread_ts } : {}),
      ...(blocks ? { blocks } : {}),
      ...(attachments ? { attachments } : {}),
    },
  });
}
