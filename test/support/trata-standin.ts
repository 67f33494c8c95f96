/**
 * A local stand-in for Trata's prospects API (a FastAPI service), following /work/shared/trata-api.md:
 * bearer auth (403 missing / 401 wrong), pydantic-style 422 bodies listing every problem, PUT replacing
 * the whole record, timestamps without a zone. Faults can be injected per route to exercise retries and
 * lost answers (`reset: 'after'` creates the prospect and then drops the connection).
 *
 * Several Trata accounts (one per customer): each has its own API key(s) and its own prospects. A key of
 * account A never sees or changes B's records — another account's id answers 404, as an unknown one
 * would. The `apiKey` option is the default account; `prospects` / `seed` on the stand-in are its.
 */
import { type IncomingMessage, type ServerResponse, STATUS_CODES } from 'node:http';
import { type Listening, listen, pollUntil, randomId, readBody, send, sleep } from './http.js';

export const TRATA_STATUSES = [
  'NEW',
  'GENERAL_ENQUIRY',
  'SCHEDULED_CALLBACK_WITH_BOT',
  'SCHEDULED_APPOINTMENT_WITH_PERSON',
  'SCHEDULED_APPOINTMENT_FOR_SERVICE',
  'NOT_INTERESTED',
  'PRODUCT_ORDER_PLACED',
  'SERVICE_ORDER_PLACED',
] as const;

export interface TrataExternalReference {
  providerName: string;
  id: string;
  providerProps?: Record<string, unknown> | null;
}

export interface ProspectOutput {
  id: string;
  orgId: string;
  name: string | null;
  email: string | null;
  phoneNumber: string | null;
  externalReference: TrataExternalReference[];
  status: string;
  prospectProps: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
}

/** One pydantic / FastAPI validation problem. */
export interface ValidationIssue {
  type: string;
  loc: (string | number)[];
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

export interface TrataRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON when the body is JSON, the raw text otherwise (`undefined` when empty). */
  body: unknown;
  at: number;
  /** What was answered (`undefined` when the connection was dropped or hung). */
  status?: number;
  response?: unknown;
  /** The injected fault that shaped this answer, if any. */
  fault?: TrataFault;
  /** `orgId` of the account whose key authenticated the request (unset when refused or faulted first). */
  orgId?: string;
}

export type TrataFault =
  | { status: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { delayMs: number }
  | { reset: 'before' | 'after' }
  | { hang: true };

export interface TrataStandinOptions {
  /** Key of the default account (default `trata-test-key`). */
  apiKey?: string;
  /** orgId of the default account (default `org.standin`). */
  orgId?: string;
}

export interface TrataAccountOptions {
  /** The account's `orgId` on its records (default `org.<n>`). */
  orgId?: string;
}

type Obj = Record<string, unknown>;
interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const detail = (status: number, text: string): Answer => ({ status, body: { detail: text } });
const ENUM_EXPECTED = `${TRATA_STATUSES.slice(0, -1)
  .map((s) => `'${s}'`)
  .join(', ')} or '${TRATA_STATUSES.at(-1)}'`;

// ------------------------------------------------------------------ validation, pydantic style

/** Why an address is not valid, in email-validator's words (undefined when valid). */
function emailProblem(value: string): string | undefined {
  const at = value.lastIndexOf('@');
  if (at === -1) return 'An email address must have an @-sign.';
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local === '') return 'There must be something before the @-sign.';
  if (domain === '') return 'There must be something after the @-sign.';
  if (/[\s<>()[\]\\,;:"]/.test(local))
    return 'The email address contains invalid characters before the @-sign.';
  if (!/^[A-Za-z0-9.-]+$/.test(domain)) return 'The part after the @-sign contains invalid characters.';
  if (!domain.includes('.')) return 'The part after the @-sign is not valid. It should have a period.';
  if (domain.startsWith('.') || domain.endsWith('.') || domain.includes('..')) {
    return 'An email address cannot have a period immediately after the @-sign.';
  }
  return undefined;
}

function checkOptionalString(
  body: Obj,
  key: string,
  issues: ValidationIssue[],
  extra?: (v: string) => ValidationIssue | undefined,
): void {
  const v = body[key];
  const loc = ['body', key];
  if (v === undefined || v === null) return;
  if (typeof v !== 'string') {
    issues.push({ type: 'string_type', loc, msg: 'Input should be a valid string', input: v });
  } else if (v.length < 1) {
    issues.push({
      type: 'string_too_short',
      loc,
      msg: 'String should have at least 1 character',
      input: v,
      ctx: { min_length: 1 },
    });
  } else if (v.length > 512) {
    issues.push({
      type: 'string_too_long',
      loc,
      msg: 'String should have at most 512 characters',
      input: v,
      ctx: { max_length: 512 },
    });
  } else {
    const issue = extra?.(v);
    if (issue) issues.push(issue);
  }
}

function checkDict(value: unknown, loc: (string | number)[], issues: ValidationIssue[]): void {
  if (value === undefined || value === null || isObj(value)) return;
  issues.push({ type: 'dict_type', loc, msg: 'Input should be a valid dictionary', input: value });
}

/** Validates a ProspectInput body like pydantic would, collecting every problem. */
export function validateProspectInput(body: unknown): ValidationIssue[] {
  if (!isObj(body)) {
    return [
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  if (!('status' in body)) {
    issues.push({ type: 'missing', loc: ['body', 'status'], msg: 'Field required', input: body });
  } else if (!(TRATA_STATUSES as readonly unknown[]).includes(body.status)) {
    issues.push({
      type: 'enum',
      loc: ['body', 'status'],
      msg: `Input should be ${ENUM_EXPECTED}`,
      input: body.status,
      ctx: { expected: ENUM_EXPECTED },
    });
  }
  checkOptionalString(body, 'name', issues);
  checkOptionalString(body, 'email', issues, (v) => {
    const reason = emailProblem(v);
    if (!reason) return undefined;
    return {
      type: 'value_error',
      loc: ['body', 'email'],
      msg: `value is not a valid email address: ${reason}`,
      input: v,
      ctx: { reason },
    };
  });
  checkOptionalString(body, 'phoneNumber', issues);

  const refs = body.externalReference;
  if (refs !== undefined && refs !== null) {
    if (!Array.isArray(refs)) {
      issues.push({
        type: 'list_type',
        loc: ['body', 'externalReference'],
        msg: 'Input should be a valid list',
        input: refs,
      });
    } else {
      refs.forEach((ref: unknown, i) => {
        const loc = ['body', 'externalReference', i];
        if (!isObj(ref)) {
          issues.push({
            type: 'model_type',
            loc,
            msg: 'Input should be a valid dictionary or instance of ExternalReference',
            input: ref,
          });
          return;
        }
        for (const key of ['providerName', 'id']) {
          if (!(key in ref))
            issues.push({ type: 'missing', loc: [...loc, key], msg: 'Field required', input: ref });
          else if (typeof ref[key] !== 'string') {
            issues.push({
              type: 'string_type',
              loc: [...loc, key],
              msg: 'Input should be a valid string',
              input: ref[key],
            });
          }
        }
        checkDict(ref.providerProps, [...loc, 'providerProps'], issues);
      });
    }
  }
  checkDict(body.prospectProps, ['body', 'prospectProps'], issues);
  return issues;
}

// ------------------------------------------------------------------ the stand-in

/** One Trata account (a customer): its keys, its prospects, the requests its keys made. */
export class TrataAccount {
  /** This account's prospects, by id. */
  readonly prospects = new Map<string, ProspectOutput>();
  /** Requests authenticated with one of this account's keys (also in `TrataStandin.requests`). */
  readonly requests: TrataRequest[] = [];

  /** @internal */
  constructor(
    private readonly standin: TrataStandin,
    /** The key the account was created with. */
    readonly apiKey: string,
    readonly orgId: string,
  ) {}

  /** Stores a prospect in this account directly (no validation, no request recorded) and returns it. */
  seed(input: Partial<ProspectOutput> = {}): ProspectOutput {
    return this.standin.seedInto(this, input);
  }

  /** Gives the account another valid key (e.g. the customer made a new one); the old keys keep working. */
  addKey(apiKey: string): void {
    this.standin.bindKey(apiKey, this);
  }

  /** Every key of this account, revoked ones included. */
  get keys(): string[] {
    return this.standin.keysOf(this);
  }
}

export class TrataStandin {
  /** Every request, whoever made it (refused ones included). Per account: `account.requests`. */
  readonly requests: TrataRequest[] = [];
  /** The default account (the `apiKey` option). */
  readonly defaultAccount: TrataAccount;
  readonly apiKey: string;

  private readonly accounts: TrataAccount[] = [];
  private readonly keys = new Map<string, TrataAccount>();
  private readonly revoked = new Set<string>();
  private faults = new Map<string, { fault: TrataFault; remaining: number }[]>();
  private outage = false;
  private lastMicros = 0;

  constructor(
    private readonly http: Listening,
    options: TrataStandinOptions = {},
  ) {
    this.apiKey = options.apiKey ?? 'trata-test-key';
    this.defaultAccount = this.addAccount(this.apiKey, { orgId: options.orgId ?? 'org.standin' });
  }

  /** The default account's prospects (as before accounts existed). */
  get prospects(): Map<string, ProspectOutput> {
    return this.defaultAccount.prospects;
  }

  /**
   * A new account answering to `apiKey`, with no prospects. Throws if the key is already in use.
   * Its records carry `orgId` (default `org.<n>`).
   */
  addAccount(apiKey: string, options: TrataAccountOptions = {}): TrataAccount {
    const account = new TrataAccount(this, apiKey, options.orgId ?? `org.account${this.accounts.length}`);
    this.bindKey(apiKey, account);
    this.accounts.push(account);
    return account;
  }

  /** The account a key belongs to (revoked keys included), or undefined. */
  account(apiKey: string): TrataAccount | undefined {
    return this.keys.get(apiKey);
  }

  /** Every account, the default one first. */
  allAccounts(): readonly TrataAccount[] {
    return this.accounts;
  }

  /** The key stops working: every request with it answers 401 `{"detail": "Not authenticated"}`. */
  revokeKey(apiKey: string): void {
    if (!this.keys.has(apiKey)) throw new Error(`Trata stand-in: no account has the key ${apiKey}`);
    this.revoked.add(apiKey);
  }

  /** Whether a key is known and not revoked. */
  isKeyValid(apiKey: string): boolean {
    return this.keys.has(apiKey) && !this.revoked.has(apiKey);
  }

  /** @internal */
  bindKey(apiKey: string, account: TrataAccount): void {
    if (apiKey === '') throw new Error('Trata stand-in: an API key cannot be empty');
    if (this.keys.has(apiKey)) throw new Error(`Trata stand-in: the key ${apiKey} is already in use`);
    this.keys.set(apiKey, account);
  }

  /** @internal */
  keysOf(account: TrataAccount): string[] {
    return [...this.keys].filter(([, a]) => a === account).map(([k]) => k);
  }

  /** `http://127.0.0.1:PORT` — the base URL (paths start with `/v1/`). */
  get url(): string {
    return this.http.baseUrl;
  }

  close(): Promise<void> {
    return this.http.close();
  }

  /**
   * Queues a fault for a route, e.g. `'POST /v1/prospects'`, `'GET /v1/prospects/{id}'` (any id) or
   * `'PUT /v1/prospects/pro.1.ABC'` (that id). Faults of a route are consumed in order.
   */
  inject(route: string, fault: TrataFault, times = 1): void {
    const key = route.trim().replace(/\s+/, ' ');
    const queue = this.faults.get(key) ?? [];
    queue.push({ fault, remaining: times });
    this.faults.set(key, queue);
  }

  /** While on, every request is answered 503 (and recorded). */
  setOutage(on: boolean): void {
    this.outage = on;
  }

  /** Stores a prospect in the default account directly (no validation, no request recorded) and returns it. */
  seed(input: Partial<ProspectOutput> = {}): ProspectOutput {
    return this.seedInto(this.defaultAccount, input);
  }

  /** @internal */
  seedInto(account: TrataAccount, input: Partial<ProspectOutput>): ProspectOutput {
    const now = this.timestamp();
    const prospect: ProspectOutput = {
      ...this.shape({ status: 'NEW', ...input }),
      id: input.id ?? this.newId(),
      orgId: input.orgId ?? account.orgId,
      createdBy: input.createdBy ?? 'api-key',
      createdAt: input.createdAt ?? now,
      updatedBy: input.updatedBy ?? 'api-key',
      updatedAt: input.updatedAt ?? now,
    };
    account.prospects.set(prospect.id, prospect);
    return prospect;
  }

  waitFor<T>(predicate: (standin: TrataStandin) => T, timeoutMs = 5000): Promise<NonNullable<T>> {
    return pollUntil(
      () => predicate(this),
      timeoutMs,
      () =>
        `Trata stand-in requests so far: ${this.requests.map((r) => `${r.method} ${r.path} → ${r.status ?? '-'}`).join(', ') || '(none)'}`,
    );
  }

  /**
   * Forgets prospects and requests (of every account), faults, the outage and key revocations. Accounts
   * and their keys stay, unless `{accounts: true}`: then only the default account is left.
   */
  reset(options: { accounts?: boolean } = {}): void {
    if (options.accounts) {
      this.accounts.length = 1;
      for (const [key, account] of this.keys) if (account !== this.defaultAccount) this.keys.delete(key);
    }
    for (const account of this.accounts) {
      account.prospects.clear();
      account.requests.length = 0;
    }
    this.requests.length = 0;
    this.revoked.clear();
    this.faults.clear();
    this.outage = false;
  }

  /** @internal */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const contentType = req.headers['content-type'];
    let body: unknown = raw === '' ? undefined : raw;
    let jsonError: string | undefined;
    if (raw !== '' && (!contentType || contentType.includes('json'))) {
      try {
        body = JSON.parse(raw);
      } catch (error) {
        jsonError = error instanceof Error ? error.message : String(error);
      }
    }
    const method = req.method ?? 'GET';
    const record: TrataRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { ...req.headers },
      body,
      at: Date.now(),
    };
    this.requests.push(record);

    const answer = (a: Answer) => {
      record.status = a.status;
      record.response = a.body;
      send(res, a.status, a.body, a.headers);
    };
    if (this.outage) return answer(detail(503, 'Service Unavailable'));

    const fault = this.takeFault(method, url.pathname);
    if (fault) record.fault = fault;
    if (fault && 'hang' in fault) return; // never answered; close() drops the connection
    if (fault && 'reset' in fault && fault.reset === 'before') {
      req.socket.destroy();
      return;
    }
    if (fault && 'delayMs' in fault && fault.delayMs) await sleep(fault.delayMs);
    if (fault && 'status' in fault) {
      return answer({
        status: fault.status,
        body: fault.body ?? { detail: STATUS_CODES[fault.status] ?? 'Error' },
        headers: fault.headers,
      });
    }

    const result = this.route(
      record,
      method,
      url,
      req.headers.authorization,
      contentType,
      raw,
      body,
      jsonError,
    );
    if (fault && 'reset' in fault && fault.reset === 'after') {
      record.response = result.body; // processed (the prospect exists) but the answer is lost
      req.socket.destroy();
      return;
    }
    answer(result);
  }

  private route(
    record: TrataRequest,
    method: string,
    url: URL,
    authorization: string | undefined,
    contentType: string | undefined,
    raw: string,
    body: unknown,
    jsonError: string | undefined,
  ): Answer {
    const match = /^\/v1\/prospects(?:\/([^/]+))?\/?$/.exec(url.pathname);
    if (!match) return detail(404, 'Not Found');
    const id = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    const allowed = id === undefined ? ['GET', 'POST'] : ['GET', 'PUT', 'DELETE'];
    if (!allowed.includes(method)) return detail(405, 'Method Not Allowed');

    // HTTPBearer: missing → 403, then the key itself → 401.
    if (!authorization) return detail(403, 'Not authenticated');
    const [scheme, key] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !key) return detail(403, 'Invalid authentication credentials');
    const account = this.keys.get(key);
    if (!account || this.revoked.has(key)) return detail(401, 'Not authenticated');
    record.orgId = account.orgId;
    account.requests.push(record);
    const prospects = account.prospects; // another account's ids are simply not there: 404

    if (method === 'GET' && id === undefined) return this.list(prospects, url.searchParams);
    if (method === 'GET' && id !== undefined) {
      const found = prospects.get(id);
      return found ? { status: 200, body: found } : detail(404, 'Prospect not found');
    }
    if (method === 'DELETE' && id !== undefined) {
      if (!prospects.delete(id)) return detail(404, 'Prospect not found');
      return { status: 200, body: {} };
    }

    // POST / PUT: a ProspectInput body.
    const bodyIssue = this.bodyProblem(contentType, raw, body, jsonError);
    if (bodyIssue) return { status: 422, body: { detail: [bodyIssue] } };
    const issues = validateProspectInput(body);
    if (issues.length > 0) return { status: 422, body: { detail: issues } };
    const input = body as Obj;
    const now = this.timestamp();
    if (method === 'POST') {
      const created: ProspectOutput = {
        ...this.shape(input),
        id: this.newId(),
        orgId: account.orgId,
        createdBy: 'api-key',
        createdAt: now,
        updatedBy: 'api-key',
        updatedAt: now,
      };
      prospects.set(created.id, created);
      return { status: 200, body: created };
    }
    const existing = id === undefined ? undefined : prospects.get(id);
    if (!existing) return detail(404, 'Prospect not found');
    const replaced: ProspectOutput = {
      ...existing,
      ...this.shape(input),
      updatedBy: 'api-key',
      updatedAt: now,
    };
    prospects.set(existing.id, replaced);
    return { status: 200, body: replaced };
  }

  private bodyProblem(
    contentType: string | undefined,
    raw: string,
    body: unknown,
    jsonError: string | undefined,
  ): ValidationIssue | undefined {
    if (raw === '') return { type: 'missing', loc: ['body'], msg: 'Field required', input: null };
    if (jsonError !== undefined) {
      return {
        type: 'json_invalid',
        loc: ['body', 0],
        msg: 'JSON decode error',
        input: {},
        ctx: { error: jsonError },
      };
    }
    if (contentType && !contentType.includes('json')) {
      return {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      };
    }
    return undefined;
  }

  private list(prospects: Map<string, ProspectOutput>, params: URLSearchParams): Answer {
    const issues: ValidationIssue[] = [];
    const q = (name: string) => params.get(name) ?? undefined;
    const oneOf = (name: string, options: readonly string[]) => {
      const v = q(name);
      if (v !== undefined && !options.includes(v)) {
        const expected = `${options
          .slice(0, -1)
          .map((o) => `'${o}'`)
          .join(', ')} or '${options.at(-1)}'`;
        issues.push({ type: 'enum', loc: ['query', name], msg: `Input should be ${expected}`, input: v });
      }
      return v;
    };
    const int = (name: string, fallback: number) => {
      const v = q(name);
      if (v === undefined) return fallback;
      if (!/^-?\d+$/.test(v.trim())) {
        issues.push({
          type: 'int_parsing',
          loc: ['query', name],
          msg: 'Input should be a valid integer, unable to parse string as an integer',
          input: v,
        });
        return fallback;
      }
      return Number.parseInt(v, 10);
    };
    const searchBy = oneOf('searchBy', ['name', 'email', 'phoneNumber']);
    const status = oneOf('status', TRATA_STATUSES);
    const sortOrder = oneOf('sortOrder', ['asc', 'desc']) ?? 'asc';
    const skip = int('skip', 0);
    const limit = int('limit', 100);
    if (issues.length > 0) return { status: 422, body: { detail: issues } };

    const searchValue = q('searchValue')?.toLowerCase();
    const sortBy = (q('sortBy') ?? 'createdAt') as keyof ProspectOutput;
    const updatedAfter = q('updatedAfter');
    const updatedBefore = q('updatedBefore');
    const fields: (keyof ProspectOutput)[] = searchBy
      ? [searchBy as keyof ProspectOutput]
      : ['name', 'email', 'phoneNumber'];
    const rows = [...prospects.values()]
      .filter((p) => !status || p.status === status)
      .filter(
        (p) =>
          searchValue === undefined ||
          fields.some((f) => {
            const v = p[f];
            return typeof v === 'string' && v.toLowerCase().includes(searchValue);
          }),
      )
      .filter((p) => !updatedAfter || p.updatedAt > updatedAfter)
      .filter((p) => !updatedBefore || p.updatedAt < updatedBefore)
      .sort((a, b) => {
        const x = String(a[sortBy] ?? '');
        const y = String(b[sortBy] ?? '');
        const order = x < y ? -1 : x > y ? 1 : 0;
        return sortOrder === 'desc' ? -order : order;
      });
    return { status: 200, body: rows.slice(Math.max(skip, 0), Math.max(skip, 0) + Math.max(limit, 0)) };
  }

  /** The input fields of a stored prospect: absent → null / [] / {} (PUT replaces everything). */
  private shape(
    input: Obj,
  ): Pick<
    ProspectOutput,
    'name' | 'email' | 'phoneNumber' | 'externalReference' | 'status' | 'prospectProps'
  > {
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      name: str(input.name),
      email: str(input.email),
      phoneNumber: str(input.phoneNumber),
      externalReference: Array.isArray(input.externalReference)
        ? structuredClone(input.externalReference as TrataExternalReference[])
        : [],
      status: String(input.status),
      prospectProps: isObj(input.prospectProps) ? structuredClone(input.prospectProps) : {},
    };
  }

  /** A fresh id, unique across every account (ids are global in Trata; access is per account). */
  private newId(): string {
    for (;;) {
      const id = `pro.${Math.floor(Date.now() / 1000)}.${randomId(8)}`;
      if (!this.accounts.some((a) => a.prospects.has(id))) return id;
    }
  }

  /** UTC, no zone, microseconds: `2024-11-11T05:09:14.979287`; strictly increasing. */
  private timestamp(): string {
    this.lastMicros = Math.max(Date.now() * 1000, this.lastMicros + 1);
    const seconds = new Date(Math.floor(this.lastMicros / 1000)).toISOString().slice(0, 19);
    return `${seconds}.${String(this.lastMicros % 1_000_000).padStart(6, '0')}`;
  }

  private takeFault(method: string, path: string): TrataFault | undefined {
    const pattern = path.replace(/^\/v1\/prospects\/[^/]+\/?$/, '/v1/prospects/{id}');
    for (const key of [`${method} ${path}`, `${method} ${pattern}`, '*']) {
      const queue = this.faults.get(key);
      const head = queue?.[0];
      if (!queue || !head) continue;
      head.remaining--;
      if (head.remaining <= 0) queue.shift();
      return head.fault;
    }
    return undefined;
  }
}

export async function startTrataStandin(options: TrataStandinOptions = {}): Promise<TrataStandin> {
  let standin: TrataStandin | undefined;
  const http = await listen((req, res) => {
    if (!standin) return send(res, 503, { detail: 'starting' });
    return standin.handle(req, res);
  });
  standin = new TrataStandin(http, options);
  return standin;
}
