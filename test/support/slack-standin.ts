/**
 * A local stand-in for the Slack Web API (and for response_urls), enforcing the rules in
 * /work/shared/slack-platform.md: single-use, short-lived trigger_ids, Block Kit limits, channel
 * membership and scopes. Point Bolt at it with `clientOptions: { slackApiUrl: standin.apiUrl }`.
 *
 * Like Slack, every Web API answer is HTTP 200 with `{ok: true, ...}` or `{ok: false, error}`, except
 * rate limiting (HTTP 429 + Retry-After).
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateBlocks, validateView } from './block-kit.js';
import { type Listening, listen, pollUntil, randomId, readBody, send, sleep } from './http.js';

export type { Surface } from './block-kit.js';
export { validateBlocks, validateView } from './block-kit.js';

type Obj = Record<string, unknown>;
type Answer = Obj & { ok: boolean };

export interface SlackStandinOptions {
  botToken?: string;
  scopes?: string[];
  teamId?: string;
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
}

export interface UserSpec {
  id: string;
  name?: string;
  real_name?: string;
  tz?: string;
}

export interface SeedMessage {
  ts: string;
  text: string;
  user?: string;
  thread_ts?: string;
  blocks?: unknown[];
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
  attachments?: unknown[];
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
}

export interface ResponseRecord {
  channelId: string;
  userId?: string;
  url: string;
  body: Obj;
  at: number;
}

interface Channel {
  id: string;
  name: string;
  type: 'public' | 'private' | 'im';
  botIsMember: boolean;
  archived: boolean;
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
}

interface ResponseUrl {
  channelId: string;
  userId?: string;
  expiresAt: number;
  uses: number;
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
  'conversations.join': ['channels:join'],
  'users.info': ['users:read'],
};

const DEFAULT_CHANNELS: ChannelSpec[] = [
  { id: 'C0PUBLIC', name: 'leads', type: 'public', botIsMember: true },
  { id: 'C0NOTMEMBER', name: 'sales', type: 'public', botIsMember: false },
  { id: 'G0PRIVATE', name: 'secret-deals', type: 'private', botIsMember: false },
  { id: 'C0ARCHIVED', name: 'old-leads', type: 'public', botIsMember: true, archived: true },
];

const DEFAULT_USERS: UserSpec[] = [
  { id: 'U0ALICE', name: 'alice', real_name: 'Alice Example', tz: 'Europe/London' },
  { id: 'U0BOB', name: 'bob', real_name: 'Bob Example', tz: 'America/New_York' },
];

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

export class SlackStandin {
  readonly calls: RecordedCall[] = [];
  readonly messages: PostedMessage[] = [];
  readonly views = new Map<string, StoredView>();
  readonly responses: ResponseRecord[] = [];
  /** Home tabs published with `views.publish`, by user id. */
  readonly homeTabs = new Map<string, Obj>();
  /**
   * Socket Mode: set by a Socket Mode stand-in (socket-mode-standin.ts) to answer `apps.connections.open`.
   * Unset, that method is refused like any call whose token is not the bot token.
   */
  socketMode: SocketModeHook | undefined;

  readonly botToken: string;
  readonly scopes: string[];
  readonly teamId: string;
  readonly botUserId: string;
  readonly botId = 'B0BOT';
  readonly appId = 'A0APP';

  private readonly triggerTtlMs: number;
  private readonly responseUrlTtlMs: number;
  private readonly responseUrlMaxUses: number;
  private channels = new Map<string, Channel>();
  private users = new Map<string, Required<UserSpec>>();
  private history = new Map<string, HistoryMessage[]>();
  private triggers = new Map<string, Trigger>();
  private responseUrls = new Map<string, ResponseUrl>();
  private faults = new Map<string, Fault[]>();
  private lastTsMicros = 0;

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
    this.seedDefaults();
  }

  /** `http://127.0.0.1:PORT` */
  get baseUrl(): string {
    return this.http.baseUrl;
  }

  /** `http://127.0.0.1:PORT/api/` — Bolt's `clientOptions.slackApiUrl` / WebClient's `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.http.baseUrl}/api/`;
  }

  close(): Promise<void> {
    return this.http.close();
  }

  // ---------------------------------------------------------------- set-up helpers

  /** A fresh trigger_id: single use, valid for `triggerTtlMs` (default 3000 ms). */
  issueTrigger(options: { userId?: string; ttlMs?: number } = {}): string {
    const id = `${Date.now()}.${randomId(10, '0123456789')}.${randomBytes(16).toString('hex')}`;
    this.triggers.set(id, {
      expiresAt: Date.now() + (options.ttlMs ?? this.triggerTtlMs),
      used: false,
      userId: options.userId,
    });
    return id;
  }

  addChannel(spec: ChannelSpec): void {
    this.channels.set(spec.id, {
      id: spec.id,
      name: spec.name ?? spec.id.toLowerCase(),
      type: spec.type,
      botIsMember: spec.botIsMember ?? spec.type === 'im',
      archived: spec.archived ?? false,
    });
  }

  addUser(spec: UserSpec): void {
    this.users.set(spec.id, {
      id: spec.id,
      name: spec.name ?? spec.id.toLowerCase(),
      real_name: spec.real_name ?? spec.name ?? spec.id,
      tz: spec.tz ?? 'UTC',
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

  /** A response_url for a command / shortcut in `channelId` (ephemeral answers go to `userId`). */
  createResponseUrl(channelId: string, userId?: string): string {
    const token = `T0TEST/${randomId(12, '0123456789')}/${randomBytes(12).toString('hex')}`;
    this.responseUrls.set(token, {
      channelId,
      userId,
      expiresAt: Date.now() + this.responseUrlTtlMs,
      uses: 0,
    });
    return `${this.baseUrl}/response/${token}`;
  }

  // ---------------------------------------------------------------- fault injection

  /** The next `times` calls of `method` answer `{ok: false, error}`. */
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
        if (action === 'update') {
          const hash = this.newHash();
          stored.view = this.storedViewShape(ack.view as Obj, stored.id, hash, stored.view);
          stored.hash = hash;
        } else {
          this.storeNewView(ack.view as Obj, stored.triggerId, stored.userId, stored.id);
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

  /** Forgets every record, fault, trigger and response_url; channels, users and history go back to the defaults. */
  reset(): void {
    this.calls.length = 0;
    this.messages.length = 0;
    this.responses.length = 0;
    this.views.clear();
    this.homeTabs.clear();
    this.triggers.clear();
    this.responseUrls.clear();
    this.faults.clear();
    this.channels.clear();
    this.users.clear();
    this.history.clear();
    this.seedDefaults();
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

    const record: RecordedCall = { method, args, at: Date.now(), status: 200, response: undefined };
    this.calls.push(record);
    const reply = (status: number, response: Answer, headers: Record<string, string> = {}) => {
      record.status = status;
      record.response = response;
      send(res, status, response, {
        'x-oauth-scopes': this.scopes.join(','),
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
    const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : bodyToken;
    if (!token) return reply(200, fail('not_authed'));
    if (method === 'apps.connections.open' && this.socketMode) {
      // Only the app-level token opens connections; a bot token is the wrong kind.
      if (token === this.botToken) return reply(200, fail('not_allowed_token_type'));
      if (token !== this.socketMode.appToken) return reply(200, fail('invalid_auth'));
      return reply(200, fault?.kind === 'fail' ? fail(fault.error) : this.socketMode.openConnection());
    }
    if (token !== this.botToken) return reply(200, fail('invalid_auth'));
    if (parseError) return reply(200, fail(parseError));
    if (fault?.kind === 'fail') return reply(200, fail(fault.error));

    const handler = this.methods[method];
    if (!handler) return reply(200, fail('unknown_method'));
    const needed = METHOD_SCOPES[method]?.filter((s) => !this.scopes.includes(s)) ?? [];
    if (needed.length > 0) {
      return reply(200, fail('missing_scope', { needed: needed.join(','), provided: this.scopes.join(',') }));
    }
    reply(200, handler(args));
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
    this.responses.push({ channelId: entry.channelId, userId: entry.userId, url, body, at: Date.now() });
    if (body.delete_original !== true) {
      const inChannel = body.response_type === 'in_channel';
      const ts = this.nextTs();
      // Responses cannot be threaded: thread_ts in the body is ignored, the message lands in the channel.
      this.messages.push({
        channel: entry.channelId,
        ts,
        text,
        blocks: Array.isArray(body.blocks) ? body.blocks : undefined,
        user: inChannel ? this.botUserId : entry.userId,
        ...(inChannel ? {} : { ephemeral: true }),
        ...(body.replace_original === true ? { edited: true } : {}),
        via: 'response_url',
      });
      if (inChannel)
        this.historyOf(entry.channelId).push({ ts, text, user: this.botUserId, bot_id: this.botId });
    }
    send(res, 200, 'ok');
  }

  // ---------------------------------------------------------------- Web API methods

  private readonly methods: Record<string, (args: Obj) => Answer> = {
    'auth.test': () => ({
      ok: true,
      url: 'https://standin.slack.com/',
      team: 'Standin Team',
      user: 'prospect-bot',
      team_id: this.teamId,
      user_id: this.botUserId,
      bot_id: this.botId,
      is_enterprise_install: false,
    }),

    'views.open': (args) => this.openView(args, false),
    'views.push': (args) => this.openView(args, true),

    'views.update': (args) => {
      const viewId = strArg(args, 'view_id');
      const externalId = strArg(args, 'external_id');
      if (!viewId && !externalId) return missingArg('view_id');
      const stored = viewId
        ? this.views.get(viewId)
        : [...this.views.values()].find((v) => v.externalId === externalId);
      if (!stored || stored.closed) return fail('not_found');
      const hash = strArg(args, 'hash');
      if (hash !== undefined && hash !== stored.hash) return fail('hash_conflict');
      const problems = validateView(args.view);
      if (problems.length > 0) return invalid('invalid_arguments', problems);
      stored.hash = this.newHash();
      stored.view = this.storedViewShape(args.view as Obj, stored.id, stored.hash, stored.view);
      const ext = (args.view as Obj).external_id;
      if (typeof ext === 'string') stored.externalId = ext;
      return { ok: true, view: stored.view };
    },

    'views.publish': (args) => {
      const userId = strArg(args, 'user_id');
      if (!userId) return missingArg('user_id');
      if (!/^[UW][A-Z0-9]+$/.test(userId)) return fail('user_not_found');
      const problems = validateView(args.view, 'home');
      if (problems.length > 0) return invalid('invalid_arguments', problems);
      const view = this.storedViewShape(args.view as Obj, `V${randomId(10)}`, this.newHash());
      this.homeTabs.set(userId, view);
      return { ok: true, view };
    },

    'chat.postMessage': (args) => {
      const target = this.resolveChannel(strArg(args, 'channel'), { publicNeedsMembership: true });
      if ('error' in target) return fail(target.error);
      const content = this.checkContent(args);
      if ('error' in content) return content.error;
      const ts = this.nextTs();
      const threadTs = strArg(args, 'thread_ts');
      const channel = target.channel.id;
      const stored: HistoryMessage = {
        ts,
        text: content.text,
        user: this.botUserId,
        bot_id: this.botId,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(content.blocks ? { blocks: content.blocks } : {}),
      };
      this.historyOf(channel).push(stored);
      this.messages.push({
        channel,
        ts,
        text: content.text,
        blocks: content.blocks,
        user: this.botUserId,
        via: 'chat.postMessage',
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(content.attachments ? { attachments: content.attachments } : {}),
      });
      return {
        ok: true,
        channel,
        ts,
        message: { type: 'message', ...stored, app_id: this.appId, team: this.teamId },
      };
    },

    'chat.postEphemeral': (args) => {
      const target = this.resolveChannel(strArg(args, 'channel'), { publicNeedsMembership: false });
      if ('error' in target) return fail(target.error);
      const user = strArg(args, 'user');
      if (!user || !/^[UW][A-Z0-9]+$/.test(user)) return fail('user_not_found');
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
      });
      return { ok: true, message_ts: ts };
    },

    'chat.update': (args) => {
      const channel = strArg(args, 'channel');
      if (!channel || !this.channels.has(channel)) return fail('channel_not_found');
      const ts = strArg(args, 'ts');
      const existing = this.history.get(channel)?.find((m) => m.ts === ts);
      if (!ts || !existing) return fail('message_not_found');
      if (existing.bot_id !== this.botId) return fail('cant_update_message');
      const content = this.checkContent(args);
      if ('error' in content) return content.error;
      existing.text = content.text;
      existing.blocks = content.blocks;
      const posted = this.messages.find((m) => m.channel === channel && m.ts === ts && !m.ephemeral);
      if (posted) Object.assign(posted, { text: content.text, blocks: content.blocks, edited: true });
      return { ok: true, channel, ts, text: content.text, message: { type: 'message', ...existing } };
    },

    'chat.getPermalink': (args) => {
      const channel = strArg(args, 'channel');
      if (!channel || !this.channels.has(channel)) return fail('channel_not_found');
      const ts = strArg(args, 'message_ts');
      const message = this.history.get(channel)?.find((m) => m.ts === ts);
      if (!ts || !message) return fail('message_not_found');
      let permalink = `https://standin.slack.com/archives/${channel}/p${ts.replace('.', '')}`;
      if (message.thread_ts && message.thread_ts !== ts) {
        permalink += `?thread_ts=${message.thread_ts}&cid=${channel}`;
      }
      return { ok: true, channel, permalink };
    },

    'conversations.join': (args) => {
      const channel = this.channels.get(strArg(args, 'channel') ?? '');
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

    'conversations.info': (args) => {
      const channel = this.channels.get(strArg(args, 'channel') ?? '');
      if (!channel || (channel.type !== 'public' && !channel.botIsMember)) return fail('channel_not_found');
      const needed = { public: 'channels:read', private: 'groups:read', im: 'im:read' }[channel.type];
      if (!this.scopes.includes(needed)) {
        return fail('missing_scope', { needed, provided: this.scopes.join(',') });
      }
      return { ok: true, channel: this.channelInfo(channel) };
    },

    'users.info': (args) => {
      const id = strArg(args, 'user');
      if (!id || !/^[UW][A-Z0-9]+$/.test(id)) return fail('user_not_found');
      if (!this.users.has(id)) this.addUser({ id });
      const user = this.users.get(id);
      return { ok: true, user: { ...user, team_id: this.teamId, is_bot: id === this.botUserId } };
    },
  };

  private openView(args: Obj, push: boolean): Answer {
    const triggerId = strArg(args, 'trigger_id');
    if (!triggerId) return missingArg('trigger_id');
    const trigger = this.triggers.get(triggerId);
    if (!trigger) return fail('invalid_trigger_id');
    if (trigger.used) return fail('exchanged_trigger_id');
    if (Date.now() > trigger.expiresAt) return fail('expired_trigger_id');
    const problems = validateView(args.view);
    if (problems.length > 0) return invalid('invalid_arguments', problems);
    if (push) {
      const open = [...this.views.values()].filter((v) => !v.closed && v.userId === trigger.userId);
      if (open.length >= 3) return fail('push_limit_reached');
    }
    trigger.used = true; // exchanged only on success, like Slack
    const stored = this.storeNewView(args.view as Obj, triggerId, trigger.userId);
    return { ok: true, view: stored.view };
  }

  // ---------------------------------------------------------------- internals

  private storeNewView(view: Obj, triggerId: string, userId?: string, previousViewId?: string): StoredView {
    const id = `V${randomId(10)}`;
    const hash = this.newHash();
    const shaped = this.storedViewShape(view, id, hash);
    if (previousViewId) shaped.previous_view_id = previousViewId;
    const stored: StoredView = {
      id,
      view: shaped,
      hash,
      triggerId,
      closed: false,
      ...(userId ? { userId } : {}),
      ...(typeof view.external_id === 'string' ? { externalId: view.external_id } : {}),
    };
    this.views.set(id, stored);
    return stored;
  }

  /** The view as Slack returns it: defaults filled, random block_id/action_id where the app gave none. */
  private storedViewShape(view: Obj, id: string, hash: string, previous?: Obj): Obj {
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
      team_id: this.teamId,
      app_id: this.appId,
      app_installed_team_id: this.teamId,
      bot_id: this.botId,
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
   * Where a message to `ref` lands, by Slack's rules: unknown → channel_not_found; archived →
   * is_archived; private / DM the bot is not in → channel_not_found (it cannot see them); public not
   * joined → not_in_channel unless `chat:write.public`. A user id opens (or reuses) the DM.
   */
  private resolveChannel(
    ref: string | undefined,
    opts: { publicNeedsMembership: boolean },
  ): { channel: Channel } | { error: string } {
    if (!ref) return { error: 'channel_not_found' };
    if (/^[UW][A-Z0-9]+$/.test(ref)) {
      const id = `D${ref.slice(1)}`;
      if (!this.channels.has(id)) this.addChannel({ id, name: ref, type: 'im', botIsMember: true });
      ref = id;
    }
    const name = ref.replace(/^#/, '');
    const channel = this.channels.get(ref) ?? [...this.channels.values()].find((c) => c.name === name);
    if (!channel) return { error: 'channel_not_found' };
    if (channel.type !== 'public' && !channel.botIsMember) return { error: 'channel_not_found' };
    if (channel.archived) return { error: 'is_archived' };
    if (
      channel.type === 'public' &&
      !channel.botIsMember &&
      opts.publicNeedsMembership &&
      !this.scopes.includes('chat:write.public')
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

  private seedDefaults(): void {
    for (const c of DEFAULT_CHANNELS) this.addChannel(c);
    for (const u of DEFAULT_USERS) this.addUser(u);
    this.addUser({ id: this.botUserId, name: 'prospect-bot', real_name: 'Prospect Bot' });
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
