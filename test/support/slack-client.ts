/**
 * Plays "Slack sending requests to the app": signed slash commands and interaction payloads posted to
 * the app's `/slack/events` endpoint, plus builders for Slack-shaped payloads.
 */
import { randomBytes } from 'node:crypto';
import { signSlackRequest } from './signing.js';

const FORM = 'application/x-www-form-urlencoded';

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
  /** Any body; signed unless `sign.unsigned`. Use for malformed requests. */
  raw(body: string, headers?: Record<string, string>, sign?: SignOptions): Promise<SentResult>;
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
    raw: (body, headers = {}, sign = {}) =>
      post(body, undefined, { ...sign, headers: { ...headers, ...sign.headers } }),
  };
}

// ------------------------------------------------------------------ payload builders

export interface PayloadUser {
  id: string;
  name: string;
}
export interface PayloadTeam {
  id: string;
  domain: string;
}

const DEFAULT_USER: PayloadUser = { id: 'U0ALICE', name: 'alice' };
const DEFAULT_TEAM: PayloadTeam = { id: 'T0TEST', domain: 'acme' };

const userField = (user: PayloadUser, team: PayloadTeam) => ({
  id: user.id,
  username: user.name,
  name: user.name,
  team_id: team.id,
});

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
export function messageShortcutPayload(input: {
  callbackId: string;
  triggerId: string;
  responseUrl: string;
  channel: { id: string; name: string };
  message: ShortcutMessage;
  user?: PayloadUser;
  team?: PayloadTeam;
}) {
  const user = input.user ?? DEFAULT_USER;
  const team = input.team ?? DEFAULT_TEAM;
  return {
    type: 'message_action' as const,
    token: 'legacy-verification-token',
    action_ts: actionTs(),
    team,
    user: userField(user, team),
    channel: input.channel,
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId,
    trigger_id: input.triggerId,
    response_url: input.responseUrl,
    message_ts: input.message.ts,
    message: { type: 'message', ...input.message },
  };
}

/** A `shortcut` payload (global shortcut): no channel, no message. */
export function globalShortcutPayload(input: {
  callbackId: string;
  triggerId: string;
  user?: PayloadUser;
  team?: PayloadTeam;
}) {
  const user = input.user ?? DEFAULT_USER;
  const team = input.team ?? DEFAULT_TEAM;
  return {
    type: 'shortcut' as const,
    token: 'legacy-verification-token',
    action_ts: actionTs(),
    team,
    user: { id: user.id, username: user.name, team_id: team.id },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: input.callbackId,
    trigger_id: input.triggerId,
  };
}

/**
 * A `view_submission` payload. `view` is the view as the Slack stand-in stored it
 * (`standin.views.get(id).view`); `values` becomes `view.state.values`
 * (`{[block_id]: {[action_id]: {type, value} | {type, selected_option} | ...}}`). No channel field.
 */
export function viewSubmissionPayload(input: {
  view: Record<string, unknown>;
  values: Record<string, Record<string, unknown>>;
  user?: PayloadUser;
  team?: PayloadTeam;
  responseUrls?: { block_id: string; action_id: string; channel_id: string; response_url: string }[];
  triggerId?: string;
  apiAppId?: string;
}) {
  const user = input.user ?? DEFAULT_USER;
  const team = input.team ?? DEFAULT_TEAM;
  return {
    type: 'view_submission' as const,
    token: 'legacy-verification-token',
    team,
    user: userField(user, team),
    api_app_id: input.apiAppId ?? 'A0APP',
    trigger_id: input.triggerId ?? `${Date.now()}.0000000000.${randomBytes(16).toString('hex')}`,
    view: { ...input.view, state: { values: input.values } },
    response_urls: input.responseUrls ?? [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** A `view_closed` payload (sent only when the view has `notify_on_close: true`). */
export function viewClosedPayload(input: {
  view: Record<string, unknown>;
  user?: PayloadUser;
  team?: PayloadTeam;
}) {
  const user = input.user ?? DEFAULT_USER;
  const team = input.team ?? DEFAULT_TEAM;
  return {
    type: 'view_closed' as const,
    token: 'legacy-verification-token',
    team,
    user: userField(user, team),
    api_app_id: 'A0APP',
    view: input.view,
    is_cleared: false,
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** A `block_actions` payload for one action inside a view or a message. */
export function blockActionsPayload(input: {
  triggerId: string;
  action: { block_id: string; action_id: string; type: string; [key: string]: unknown };
  view?: Record<string, unknown>;
  values?: Record<string, Record<string, unknown>>;
  channel?: { id: string; name: string };
  message?: ShortcutMessage;
  responseUrl?: string;
  user?: PayloadUser;
  team?: PayloadTeam;
}) {
  const user = input.user ?? DEFAULT_USER;
  const team = input.team ?? DEFAULT_TEAM;
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
    is_enterprise_install: false,
    enterprise: null,
  };
}
