import pino from 'pino';
import { normaliseEmail } from '../../../src/domain/same-contact.js';
import { type SlackApi, SlackApiError, type SlackWeb } from '../../../src/slack/web/client.js';
import {
  contactSearch,
  type ListQuery,
  SUBMISSION_KEY_PROP,
  type TrataClient,
} from '../../../src/trata/client.js';
import type { Prospect, ProspectInput } from '../../../src/trata/schemas.js';

/**
 * Plain in-memory stand-ins for the use cases' two outside worlds, without HTTP: a Trata that keeps
 * records and searches them loosely (as the real one may), and a Slack that refuses posts where the
 * bot is not allowed. Both keep a timeline of what they were asked, so tests can say what a person
 * would see: which records exist, where a card went.
 */

export const silentLogger = pino({ level: 'silent' });

type TrataMethod = 'create' | 'get' | 'update' | 'list' | 'findBySubmissionKey' | 'delete';

export class FakeTrata implements TrataClient {
  readonly records = new Map<string, Prospect>();
  /** Every call, in order: `get pro.1`, `put pro.1 NEW`, `list email=jane@acme.io`, `create`, … */
  readonly log: string[] = [];
  readonly bodies: { id: string; input: ProspectInput }[] = [];
  readonly queries: { query: ListQuery; quick: boolean }[] = [];
  /** An error each call of that method throws (after being logged). */
  readonly fail: Partial<Record<TrataMethod, unknown>> = {};
  /** Each call waits this long before answering (to let concurrent work interleave). */
  latencyMs = 0;
  private seq = 0;

  constructor(initial: Prospect[] = []) {
    for (const p of initial) this.records.set(p.id, structuredClone(p));
  }

  get created(): Prospect[] {
    return [...this.records.values()].filter((p) => p.id.startsWith('pro.new.'));
  }

  async createProspect(input: ProspectInput, options: { submissionKey: string }): Promise<Prospect> {
    await this.step('create', 'create');
    this.seq++;
    const prospect: Prospect = {
      id: `pro.new.${this.seq}`,
      name: input.name ?? null,
      email: input.email ?? null,
      phoneNumber: input.phoneNumber ?? null,
      status: input.status,
      externalReference: input.externalReference ?? [],
      prospectProps: { ...(input.prospectProps ?? {}), [SUBMISSION_KEY_PROP]: options.submissionKey },
      createdAt: '2024-11-11T05:09:14.123456',
    };
    this.records.set(prospect.id, prospect);
    return structuredClone(prospect);
  }

  async getProspect(id: string): Promise<Prospect> {
    await this.step('get', `get ${id}`);
    const found = this.records.get(id);
    if (!found) throw new Error(`fake Trata: no ${id} (give the test a TrataNotFoundError instead)`);
    return structuredClone(found);
  }

  async deleteProspect(id: string): Promise<void> {
    await this.step('delete', `delete ${id}`);
    this.records.delete(id);
  }

  async updateProspect(id: string, input: ProspectInput): Promise<Prospect> {
    await this.step('update', `put ${id} ${input.status}`);
    this.bodies.push({ id, input: structuredClone(input) });
    const before = this.records.get(id);
    if (!before) throw new Error(`fake Trata: no ${id}`);
    const after: Prospect = {
      ...before,
      status: input.status,
      name: input.name ?? null,
      email: input.email ?? null,
      phoneNumber: input.phoneNumber ?? null,
      externalReference: input.externalReference ?? [],
      prospectProps: input.prospectProps ?? {},
    };
    this.records.set(id, after);
    return structuredClone(after);
  }

  /** Trata's search matching is undocumented: this one is loose (contains, any case), like a fuzzy search. */
  async listProspects(query: ListQuery = {}, options: { quick?: boolean } = {}): Promise<Prospect[]> {
    await this.step('list', `list ${query.searchBy}=${query.searchValue}`);
    this.queries.push({ query, quick: options.quick ?? false });
    const wanted = (query.searchValue ?? '').trim().toLowerCase();
    const digits = (s: string) => s.replace(/\D/g, '');
    return [...this.records.values()]
      .filter((p) => {
        if (!query.searchBy) return true;
        const value = String(p[query.searchBy] ?? '').toLowerCase();
        if (query.searchBy === 'phoneNumber')
          return digits(wanted) !== '' && digits(value).includes(digits(wanted));
        return wanted !== '' && value.includes(wanted);
      })
      .slice(0, query.limit ?? 50)
      .map((p) => structuredClone(p));
  }

  async findBySubmissionKey(
    key: string,
    contact: { email?: string | null; phoneNumber?: string | null },
  ): Promise<Prospect | undefined> {
    await this.step('findBySubmissionKey', `findBySubmissionKey ${key}`);
    const search = contactSearch(contact);
    if (!search) return undefined;
    const wanted = search.searchBy === 'email' ? normaliseEmail(search.searchValue) : search.searchValue;
    return [...this.records.values()].find(
      (p) =>
        p.prospectProps[SUBMISSION_KEY_PROP] === key &&
        (search.searchBy === 'email' ? normaliseEmail(p.email) === wanted : p.phoneNumber === wanted),
    );
  }

  close(): void {}

  private async step(method: TrataMethod, entry: string): Promise<void> {
    this.log.push(entry);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (method in this.fail) throw this.fail[method];
  }
}

export type SlackCall =
  | { method: 'chat.postMessage'; args: Parameters<SlackApi['chat']['postMessage']>[0] }
  | { method: 'conversations.join'; args: { channel: string } }
  | { method: 'respond'; url: string; message: Record<string, unknown> }
  | { method: 'other'; name: string; args: unknown };

export interface SlackRules {
  /** Posting to this channel (or user id, for a DM) fails with this Slack error code. */
  refuse?: Record<string, string>;
  /** What conversations.join answers for a channel: 'ok' (the refusal is lifted) or an error code. */
  join?: Record<string, string>;
  /** Whether a response_url post succeeds. */
  respondOk?: boolean;
}

/** A Slack workspace as the bot sees it. `calls` is everything the app asked of it, in order. */
export function fakeSlack(rules: SlackRules = {}): {
  api: SlackApi;
  respond: SlackWeb['respond'];
  calls: SlackCall[];
  posts: () => Extract<SlackCall, { method: 'chat.postMessage' }>['args'][];
} {
  const refuse = new Map(Object.entries(rules.refuse ?? {}));
  const calls: SlackCall[] = [];
  let ts = 0;
  const other = (name: string) => async (args: unknown) => {
    calls.push({ method: 'other', name, args });
    return {};
  };
  const base: Omit<SlackApi, 'users'> = {
    views: { open: other('views.open'), update: other('views.update'), publish: other('views.publish') },
    chat: {
      async postMessage(args) {
        calls.push({ method: 'chat.postMessage', args });
        const code = refuse.get(args.channel);
        if (code) throw new SlackApiError({ ok: false, error: code });
        ts++;
        return { ts: `1700000100.00000${ts}`, channel: args.channel };
      },
      postEphemeral: other('chat.postEphemeral'),
      update: other('chat.update'),
      delete: other('chat.delete'),
      getPermalink: other('chat.getPermalink'),
    },
    functions: {
      completeSuccess: other('functions.completeSuccess'),
      completeError: other('functions.completeError'),
    },
    conversations: {
      async join(args) {
        calls.push({ method: 'conversations.join', args });
        const answer = rules.join?.[args.channel] ?? 'channel_not_found';
        if (answer !== 'ok') throw new SlackApiError({ ok: false, error: answer });
        refuse.delete(args.channel);
        return { ok: true };
      },
    },
  };
  // users.info (who may connect Trata) is not part of these use cases; it answers nothing in particular.
  // Object.assign, not a literal, so the fake compiles whether or not SlackApi has `users` yet.
  const api: SlackApi = Object.assign(base, { users: { info: other('users.info') } });
  const respond: SlackWeb['respond'] = async (url, message) => {
    calls.push({ method: 'respond', url, message });
    return rules.respondOk ?? true;
  };
  const posts = () => calls.flatMap((c) => (c.method === 'chat.postMessage' ? [c.args] : []));
  return { api, respond, calls, posts };
}
