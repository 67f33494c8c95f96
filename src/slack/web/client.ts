import type { FetchFunction } from '@slack/web-api';

/**
 * The Slack Web API calls on the app's hot paths — opening and updating the form, posting a card —
 * sent as one JSON request each. web-api's client queues every call, form-encodes the blocks and
 * serialises each body for its debug log even at `info`; under a burst that cost more than the
 * call itself. Everything else still goes through Bolt's `client`.
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

export interface SlackApi {
  views: {
    open(args: { trigger_id: string; view: object }): Promise<ViewAnswer>;
    update(args: { view_id: string; hash?: string; view: object }): Promise<ViewAnswer>;
  };
  chat: {
    postMessage(args: {
      channel: string;
      text: string;
      blocks?: object[];
      thread_ts?: string;
      unfurl_links?: boolean;
    }): Promise<{ ts?: string; channel?: string }>;
  };
  conversations: {
    join(args: { channel: string }): Promise<unknown>;
  };
}

export interface SlackApiOptions {
  apiUrl: string;
  token: string;
  /** For views.open / views.update: a short timeout, as a trigger or a modal will not wait. */
  fetch: FetchFunction;
  /** For posting: a longer timeout, as a post that timed out may still have been made. */
  postFetch?: FetchFunction;
  /** Waits on a 429 are capped at this (Retry-After beyond it fails the call). */
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** Posts refused (429) or never sent (no connection) are sent again at most this many times. */
const POST_RETRIES = 2;
/** Waits before re-sending a post that never reached Slack: 250 ms, then 500 ms. */
const RECONNECT_DELAY_MS = 250;
/** Network failures where the request provably never reached Slack, so sending again cannot post twice. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * views.open / views.update get one attempt: a retry would outlive the 3-second trigger, and the
 * callers have a fallback. A post is sent again only when Slack cannot have made it: after a 429's
 * Retry-After, or when no connection could be made. A post that may have gone through (a timeout, a
 * 5xx) is not repeated — a card twice is worse than the fallback (response_url, then a DM).
 */
export function createSlackApi(options: SlackApiOptions): SlackApi {
  const maxWait = options.maxRateLimitWaitMs ?? 10_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const headers = {
    authorization: `Bearer ${options.token}`,
    'content-type': 'application/json; charset=utf-8',
  };

  const urls = new Map<string, URL>();
  const urlOf = (method: string): URL => {
    let url = urls.get(method);
    if (!url) {
      url = new URL(method, options.apiUrl);
      urls.set(method, url);
    }
    return url;
  };

  async function once(method: string, body: string, fetch: FetchFunction) {
    const res = await fetch(urlOf(method), { method: 'POST', headers, body });
    const text = await res.text();
    let data: { ok?: boolean; error?: string; [key: string]: unknown };
    try {
      data = JSON.parse(text) as typeof data;
    } catch {
      data = { ok: false, error: res.status === 429 ? 'ratelimited' : `http_${res.status}` };
    }
    const retryAfter = res.status === 429 ? Number(res.headers.get('retry-after') ?? 1) : undefined;
    return { data, retryAfterMs: retryAfter === undefined ? undefined : Math.max(0, retryAfter) * 1000 };
  }

  async function call<T>(method: string, args: object, isPost: boolean): Promise<T> {
    const body = JSON.stringify(args);
    const fetch = isPost ? (options.postFetch ?? options.fetch) : options.fetch;
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const retriesLeft = isPost && attempt < POST_RETRIES;
      let answer: Awaited<ReturnType<typeof once>>;
      try {
        answer = await once(method, body, fetch);
      } catch (error) {
        if (!retriesLeft || !NOT_SENT.has((error as { code?: string }).code ?? '')) throw error;
        await sleep(RECONNECT_DELAY_MS * 2 ** attempt);
        continue;
      }
      const { data, retryAfterMs } = answer;
      if (data.ok) return data as T;
      const canWait = retriesLeft && retryAfterMs !== undefined && waited + retryAfterMs <= maxWait;
      if (!canWait) throw new SlackApiError({ ...data, ok: false, error: data.error ?? 'unknown_error' });
      waited += retryAfterMs;
      await sleep(retryAfterMs);
    }
  }

  return {
    views: {
      open: (args) => call('views.open', args, false),
      update: (args) => call('views.update', args, false),
    },
    chat: { postMessage: (args) => call('chat.postMessage', args, true) },
    conversations: { join: (args) => call('conversations.join', args, true) },
  };
}
