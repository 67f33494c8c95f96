import type { FetchFunction } from '@slack/web-api';
import { parseRetryAfter, retryDelay } from '../../runtime/retry-delay.js';

/**
 * The app's ONE Slack Web API client. Every call — views, posts, updates, the Home tab, DMs — goes
 * out as one JSON request with the token of the workspace it is for (`forToken`), and response_url
 * posts go through the same transport. Slack's own web-api client would queue every call,
 * form-encode the blocks and serialise each body for its debug log even at `info`; Bolt keeps its
 * client only for what Bolt itself does (auth.test at start-up, Socket Mode).
 */

/** A Slack Web API call failed with `ok: false`; shaped like web-api's platform error (`.data.error`). */
export class SlackApiError extends Error {
  override readonly name = 'SlackApiError';
  readonly code = 'slack_webapi_platform_error';
  constructor(readonly data: { ok: false; error: string; [key: string]: unknown }) {
    super(`Slack answered ${data.error}`);
  }
}

type ViewAnswer = { view?: { id?: string; hash?: string } };
type Message = { channel: string; text: string; blocks?: object[] };

/** The Web API methods the app calls, bound to one workspace's bot token. */
export interface SlackApi {
  views: {
    open(args: { trigger_id: string; view: object }): Promise<ViewAnswer>;
    update(args: { view_id: string; hash?: string; view: object }): Promise<ViewAnswer>;
    publish(args: { user_id: string; view: object }): Promise<unknown>;
  };
  chat: {
    postMessage(
      args: Message & { thread_ts?: string; unfurl_links?: boolean },
    ): Promise<{ ts?: string; channel?: string }>;
    postEphemeral(args: Message & { user: string }): Promise<unknown>;
    update(args: Message & { ts: string }): Promise<unknown>;
    delete(args: { channel: string; ts: string }): Promise<unknown>;
    getPermalink(args: { channel: string; message_ts: string }): Promise<{ permalink?: string }>;
  };
  conversations: {
    join(args: { channel: string }): Promise<unknown>;
  };
  /** Workflow Builder custom steps: each execution is completed once, either way. */
  functions: {
    completeSuccess(args: {
      function_execution_id: string;
      outputs: Record<string, unknown>;
    }): Promise<unknown>;
    completeError(args: { function_execution_id: string; error: string }): Promise<unknown>;
  };
  users: {
    info(args: { user: string }): Promise<{
      user?: { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean };
    }>;
  };
}

export interface SlackWeb {
  /** The Web API as the workspace owning `token` (its bot token). */
  forToken(token: string): SlackApi;
  /**
   * Posts a message to a response_url; false when Slack refused it or could not be reached, and when
   * the URL is not Slack's (see `isSlackResponseUrl`): nothing is sent then.
   */
  respond(url: string, message: Record<string, unknown>): Promise<boolean>;
}

export interface SlackWebOptions {
  apiUrl: string;
  /** For views.*: a short timeout, as a trigger or a modal will not wait. */
  fetch: FetchFunction;
  /** For posting and updating: a longer timeout, as a post that timed out may still have been made. */
  postFetch?: FetchFunction;
  /** Waits on a 429 are capped at this (Retry-After beyond it fails the call). */
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Posts refused (429) or never sent (no connection) are sent again at most this many times. */
const POST_RETRIES = 2;
/** Waits before re-sending a post that never reached Slack: 250 ms, then 500 ms. */
const RECONNECT_BACKOFF = { baseMs: 250, maxMs: 1000 };
/** Network failures where the request provably never reached Slack, so sending again cannot post twice. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const RESPONSE_URL_TIMEOUT_MS = 5000;
/** Bound the per-token cache: a deployment serves many workspaces, each call reuses its headers. */
const MAX_CACHED_TOKENS = 1000;

/** Where Slack's response_urls point (commercial and GovSlack). */
const RESPONSE_URL_HOSTS = new Set(['hooks.slack.com', 'hooks.slack-gov.com']);

/**
 * A response_url comes inside the payload, so a forged (but signed) request could aim the app's
 * posts anywhere: only Slack's hooks hosts over https, or the configured API URL's own origin (a
 * stand-in in tests, a proxy), are posted to.
 */
export function isSlackResponseUrl(url: string, apiUrl: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username || target.password) return false;
  if (target.protocol === 'https:' && RESPONSE_URL_HOSTS.has(target.host)) return true;
  const api = new URL(apiUrl);
  return target.protocol === api.protocol && target.host === api.host;
}

/**
 * views.open / views.update get one attempt: a retry would outlive the 3-second trigger, and the
 * callers have a fallback. Everything else is sent again only when Slack cannot have acted on it:
 * after a 429's Retry-After, or when no connection could be made. A post that may have gone through
 * (a timeout, a 5xx) is not repeated — a card twice is worse than the fallback (response_url, then a DM).
 */
export function createSlackWeb(options: SlackWebOptions): SlackWeb {
  const maxWait = options.maxRateLimitWaitMs ?? 10_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const postFetch = options.postFetch ?? options.fetch;
  const urls = new Map<string, URL>();
  const urlOf = (method: string): URL => {
    let url = urls.get(method);
    if (!url) {
      url = new URL(method, options.apiUrl);
      urls.set(method, url);
    }
    return url;
  };

  async function once(method: string, headers: Record<string, string>, body: string, fetch: FetchFunction) {
    const res = await fetch(urlOf(method), { method: 'POST', headers, body });
    const text = await res.text();
    let data: { ok?: boolean; error?: string; [key: string]: unknown };
    try {
      data = JSON.parse(text) as typeof data;
    } catch {
      data = { ok: false, error: res.status === 429 ? 'ratelimited' : `http_${res.status}` };
    }
    const retryAfterMs =
      res.status === 429 ? (parseRetryAfter(res.headers.get('retry-after')) ?? 1000) : undefined;
    return { data, retryAfterMs };
  }

  async function call<T>(
    headers: Record<string, string>,
    method: string,
    args: object,
    retries: number,
  ): Promise<T> {
    const body = JSON.stringify(args);
    const fetch = retries > 0 ? postFetch : options.fetch;
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = attempt < retries;
      let answer: Awaited<ReturnType<typeof once>>;
      try {
        answer = await once(method, headers, body, fetch);
      } catch (error) {
        if (!retriesLeft || !NOT_SENT.has((error as { code?: string }).code ?? '')) throw error;
        await sleep(retryDelay(attempt + 1, RECONNECT_BACKOFF));
        continue;
      }
      const { data, retryAfterMs } = answer;
      if (data.ok) return data as T;
      // Only a 429 says Slack did nothing and when to come back; any other refusal is final.
      const wait = retryAfterMs;
      if (!retriesLeft || wait === undefined || waited + wait > maxWait) {
        throw new SlackApiError({ ...data, ok: false, error: data.error ?? 'unknown_error' });
      }
      waited += wait;
      await sleep(wait);
    }
  }

  function bind(token: string): SlackApi {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' };
    const view =
      <T>(method: string) =>
      (args: object) =>
        call<T>(headers, method, args, 0);
    const post =
      <T>(method: string) =>
      (args: object) =>
        call<T>(headers, method, args, POST_RETRIES);
    return {
      views: {
        open: view('views.open'),
        update: view('views.update'),
        publish: post('views.publish'),
      },
      chat: {
        postMessage: post('chat.postMessage'),
        postEphemeral: post('chat.postEphemeral'),
        update: post('chat.update'),
        delete: post('chat.delete'),
        getPermalink: post('chat.getPermalink'),
      },
      conversations: { join: post('conversations.join') },
      functions: {
        completeSuccess: post('functions.completeSuccess'),
        completeError: post('functions.completeError'),
      },
      users: { info: post('users.info') },
    };
  }

  const bound = new Map<string, SlackApi>();
  return {
    forToken(token) {
      let api = bound.get(token);
      if (!api) {
        if (bound.size >= MAX_CACHED_TOKENS) bound.clear();
        api = bind(token);
        bound.set(token, api);
      }
      return api;
    },
    async respond(url, message) {
      if (!isSlackResponseUrl(url, options.apiUrl)) return false;
      try {
        const res = await postFetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(RESPONSE_URL_TIMEOUT_MS),
        });
        await res.text();
        return res.ok;
      } catch {
        return false;
      }
    },
  };
}
