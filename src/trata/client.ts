import { type ClientRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import got, { type Got, RequestError } from 'got';
import type { z } from 'zod';
import { createScrubber } from '../logger.js';
import { parseRetryAfter, retryDelay } from '../runtime/retry-delay.js';
import {
  TrataAuthError,
  TrataError,
  TrataNotFoundError,
  TrataResponseError,
  TrataUnavailableError,
  TrataValidationError,
} from './errors.js';
import {
  detailMessageSchema,
  type Prospect,
  type ProspectInput,
  prospectOutputSchema,
  validationErrorSchema,
} from './schemas.js';

/**
 * Trata's prospects API. Knows nothing of Slack. Every answer is checked with zod; every failure
 * becomes one of the named errors in ./errors.ts. Transient failures (429, 5xx, network) are retried
 * with exponential backoff and full jitter, honouring Retry-After, inside a total time budget.
 * A create is only re-sent when the failure shows it was not processed, or after looking the
 * prospect up by its submission key — one submission never makes two prospects.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No retry starts after this much time has passed since the call began. */
  budgetMs: number;
}

export interface TrataClientOptions {
  baseUrl: string;
  apiToken: string;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Largest answer read, in bytes (decompressed); past it the answer is dropped. Default 4 MiB. */
  maxResponseBytes?: number;
  /** Called when Trata refuses the key (401/403), e.g. to mark a workspace's connection broken. */
  onAuthRefused?: (status: number) => void | Promise<void>;
  /** Keep-alive agents shared with other clients (one per workspace); by default the client has its own. */
  agents?: TrataAgents;
  retry?: Partial<RetryPolicy>;
  /** For tests: how to wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface TrataAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

export function createTrataAgents(): TrataAgents {
  return {
    http: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
  };
}

export interface ListQuery {
  searchBy?: 'name' | 'email' | 'phoneNumber';
  searchValue?: string;
  status?: string;
  sortBy?: string;
  sortOrder?: 'asc' | 'desc';
  skip?: number;
  limit?: number;
}

export interface CreateOptions {
  /**
   * A key stored with the prospect (in prospectProps) that identifies this submission, so a create
   * whose answer was lost can be found instead of made twice.
   */
  submissionKey: string;
}

export interface TrataClient {
  createProspect(input: ProspectInput, options: CreateOptions): Promise<Prospect>;
  getProspect(id: string): Promise<Prospect>;
  updateProspect(id: string, input: ProspectInput): Promise<Prospect>;
  /** Deletes the prospect; TrataNotFoundError when Trata has no such prospect (any more). */
  deleteProspect(id: string): Promise<void>;
  /** `quick`: one attempt with a short timeout, for look-ups that must not hold anything up. */
  listProspects(query?: ListQuery, options?: { quick?: boolean }): Promise<Prospect[]>;
  /** A prospect earlier created with this submission key, found by email or phone. */
  findBySubmissionKey(
    key: string,
    contact: { email?: string | null; phoneNumber?: string | null },
  ): Promise<Prospect | undefined>;
  close(): void;
}

export const SUBMISSION_KEY_PROP = 'slackSubmissionId';

/** The one search that finds a contact's records: by email when there is one, else by phone. */
export function contactSearch(contact: {
  email?: string | null | undefined;
  phoneNumber?: string | null | undefined;
}): ListQuery | undefined {
  if (contact.email) return { searchBy: 'email', searchValue: contact.email };
  if (contact.phoneNumber) return { searchBy: 'phoneNumber', searchValue: contact.phoneNumber };
  return undefined;
}

/** Look-ups that only help (duplicate checks, the Home tab) give up quickly rather than hold a person up. */
const QUICK_TIMEOUT_MS = 1500;

const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 300, maxDelayMs: 3000, budgetMs: 10_000 };

/**
 * A list that ignores `limit` (a proxy, a Trata bug) must not take the process down: answers are
 * counted as they arrive and dropped past this size, before anything is parsed.
 */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** Network failures where the request provably never reached Trata. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

type RequestInit = { json?: unknown; searchParams?: Record<string, string | number>; quick?: boolean };

type Attempt =
  | { kind: 'ok'; status: number; body: unknown }
  | {
      kind: 'retry';
      reason: string;
      processed: 'no' | 'maybe';
      retryAfterMs?: number | undefined;
      cause?: unknown;
    };

export function createTrataClient(options: TrataClientOptions): TrataClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  // Clients for many workspaces share one pool of connections to Trata; the pool's owner closes it.
  const ownAgents = options.agents === undefined;
  const agents = options.agents ?? createTrataAgents();
  const maxBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;
  // Trata's messages can echo a request's headers or input: its own key never leaves in an error.
  const scrub = createScrubber([options.apiToken]);
  const http: Got = got.extend({
    prefixUrl: options.baseUrl,
    headers: { authorization: `Bearer ${options.apiToken}`, accept: 'application/json' },
    throwHttpErrors: false,
    retry: { limit: 0 },
    timeout: { request: options.timeoutMs ?? 5000 },
    agent: agents,
    responseType: 'text',
  });

  async function attempt(method: Method, path: string, init: RequestInit): Promise<Attempt> {
    let tooLarge = false;
    let answeredStatus = 0;
    try {
      const pending = http(path, {
        method,
        json: init.json,
        searchParams: init.searchParams,
        ...(init.quick ? { timeout: { request: QUICK_TIMEOUT_MS } } : {}),
      });
      // got buffers the whole body before resolving: stop it as soon as the declared length or the
      // bytes received so far pass the cap.
      pending.on('request', (request: ClientRequest) =>
        request.once('response', (response: IncomingMessage) => {
          answeredStatus = response.statusCode ?? 0;
        }),
      );
      pending.on('downloadProgress', (progress: { transferred: number; total?: number | undefined }) => {
        if (!tooLarge && (progress.transferred > maxBytes || (progress.total ?? 0) > maxBytes)) {
          tooLarge = true;
          pending.cancel();
        }
      });
      const res = await pending;
      const body = parseJson(res.body);
      const status = res.statusCode;
      if (status >= 200 && status < 300) return { kind: 'ok', status, body };
      if (status === 429 || status >= 500) {
        return {
          kind: 'retry',
          reason: `HTTP ${status}`,
          // 429 is refused before any work; a 5xx may have happened after the write.
          processed: status === 429 ? 'no' : 'maybe',
          retryAfterMs: parseRetryAfter(res.headers['retry-after']),
        };
      }
      const refused = toClientError(status, body, path, scrub);
      if (refused instanceof TrataAuthError) await options.onAuthRefused?.(status);
      throw refused;
    } catch (error) {
      if (error instanceof TrataError) throw error;
      if (tooLarge) {
        throw new TrataResponseError(answeredStatus, `the answer is larger than ${formatBytes(maxBytes)}`);
      }
      if (error instanceof RequestError) {
        const code = error.code ?? 'ERR';
        return {
          kind: 'retry',
          reason: code,
          processed: NOT_SENT_CODES.has(code) ? 'no' : 'maybe',
          cause: error,
        };
      }
      throw error;
    }
  }

  /** Runs attempts until success, a final error, or the budget is spent. */
  async function withRetries(
    method: Method,
    path: string,
    init: RequestInit,
    beforeResend?: () => Promise<unknown | undefined>,
  ): Promise<unknown> {
    const started = Date.now();
    const maxAttempts = init.quick ? 1 : policy.maxAttempts;
    let last: Extract<Attempt, { kind: 'retry' }> | undefined;
    let maybeProcessed = false;
    for (let n = 0; n < maxAttempts; n++) {
      if (n > 0 && last) {
        const wait = retryDelay(
          n,
          { baseMs: policy.baseDelayMs, maxMs: policy.maxDelayMs, random },
          last.retryAfterMs,
        );
        if (Date.now() - started + wait > policy.budgetMs) break;
        await sleep(wait);
        if (beforeResend && last.processed === 'maybe') {
          const found = await beforeResend().catch(() => 'lookup-failed' as const);
          if (found === 'lookup-failed') {
            // Cannot tell whether the first attempt went through: re-sending could make a duplicate.
            maybeProcessed = true;
            continue;
          }
          if (found !== undefined) return found;
          maybeProcessed = false; // looked: the earlier attempt made nothing
        }
      }
      const result = await attempt(method, path, init);
      if (result.kind === 'ok') return result.body;
      last = result;
      if (result.processed === 'maybe') maybeProcessed = true;
    }
    const reason = last?.reason ?? 'no attempt was made';
    throw new TrataUnavailableError(reason, beforeResend && maybeProcessed ? 'unknown' : 'not-created', {
      cause: last?.cause,
    });
  }

  const parseProspect = (body: unknown, status = 200): Prospect =>
    checked(prospectOutputSchema, body, status);

  const client: TrataClient = {
    async createProspect(input, { submissionKey }) {
      const json = {
        ...input,
        prospectProps: { ...(input.prospectProps ?? {}), [SUBMISSION_KEY_PROP]: submissionKey },
      };
      const lookup = async () => client.findBySubmissionKey(submissionKey, input);
      return parseProspect(await withRetries('POST', 'v1/prospects', { json }, lookup));
    },
    async getProspect(id) {
      return parseProspect(await withRetries('GET', `v1/prospects/${encodeURIComponent(id)}`, {}));
    },
    async updateProspect(id, input) {
      // PUT replaces the record, so sending it twice is harmless.
      return parseProspect(
        await withRetries('PUT', `v1/prospects/${encodeURIComponent(id)}`, { json: input }),
      );
    },
    async deleteProspect(id) {
      // Deleting twice is harmless: a retry after a lost answer gets 404, which the caller reads as gone.
      await withRetries('DELETE', `v1/prospects/${encodeURIComponent(id)}`, {});
    },
    async listProspects(query = {}, options = {}) {
      const searchParams = Object.fromEntries(
        Object.entries(query).filter(([, v]) => v !== undefined),
      ) as Record<string, string | number>;
      const body = await withRetries('GET', 'v1/prospects', { searchParams, quick: options.quick ?? false });
      if (!Array.isArray(body)) throw new TrataResponseError(200, 'expected a list of prospects');
      return body.map((item) => parseProspect(item));
    },
    async findBySubmissionKey(key, contact) {
      // The record carries both contacts, so one search is enough.
      const search = contactSearch(contact);
      if (!search) return undefined;
      const candidates = await client.listProspects({
        ...search,
        limit: 50,
        sortBy: 'createdAt',
        sortOrder: 'desc',
      });
      return candidates.find((p) => p.prospectProps[SUBMISSION_KEY_PROP] === key);
    },
    close() {
      if (!ownAgents) return;
      agents.http.destroy();
      agents.https.destroy();
    },
  };
  return client;
}

function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toClientError(
  status: number,
  body: unknown,
  path: string,
  scrub: (text: string) => string,
): TrataError {
  if (status === 401 || status === 403) return new TrataAuthError(status);
  if (status === 404) return new TrataNotFoundError(path);
  if (status === 422) {
    const parsed = validationErrorSchema.safeParse(body);
    if (parsed.success) {
      return new TrataValidationError(
        parsed.data.detail.map((d) => ({
          path: d.loc[0] === 'body' ? d.loc.slice(1) : d.loc,
          message: scrub(d.msg),
          type: d.type,
        })),
      );
    }
  }
  const detail = detailMessageSchema.safeParse(body);
  return new TrataResponseError(status, scrub(detail.success ? detail.data.detail : describe(body)));
}

function checked<T>(schema: z.ZodType<T>, body: unknown, status: number): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new TrataResponseError(
      status,
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  }
  return parsed.data;
}

function describe(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (text ?? '').slice(0, 200);
}
