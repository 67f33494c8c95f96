import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTrataClient, SUBMISSION_KEY_PROP, type TrataClient } from '../../../src/trata/client.js';
import {
  TrataAuthError,
  TrataNotFoundError,
  TrataResponseError,
  TrataUnavailableError,
  TrataValidationError,
} from '../../../src/trata/errors.js';
import { parseTrataTime } from '../../../src/trata/schemas.js';
import { startTrataStandin, type TrataStandin } from '../../support/trata-standin.js';

const KEY = 'unit-test-key-123456';
let trata: TrataStandin;
let client: TrataClient;
let waits: number[];

beforeAll(async () => {
  trata = await startTrataStandin({ apiKey: KEY });
});
afterAll(async () => {
  client.close();
  await trata.close();
});
beforeEach(() => {
  trata.reset();
  waits = [];
  client = createTrataClient({
    baseUrl: trata.url,
    apiToken: KEY,
    timeoutMs: 1000,
    retry: { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 50, budgetMs: 5000 },
    // Record the waits instead of sleeping, so retry timing is asserted exactly and fast.
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  });
});

const input = { status: 'NEW', name: 'Jane Doe', email: 'jane@acme.io', phoneNumber: '+14155550134' };

describe('createProspect', () => {
  it('sends the key as a bearer token and the record as JSON, and returns the checked answer', async () => {
    const prospect = await client.createProspect(input, { submissionKey: 'sub-0001' });
    const [request] = trata.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.headers['content-type']).toContain('application/json');
    expect(request?.body).toEqual({ ...input, prospectProps: { [SUBMISSION_KEY_PROP]: 'sub-0001' } });
    expect(prospect).toMatchObject({
      id: expect.stringMatching(/^pro\.\d+\.[A-Z0-9]{8}$/),
      name: 'Jane Doe',
      status: 'NEW',
    });
    expect(parseTrataTime(prospect.createdAt)?.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('turns a 422 into field errors named by their loc', async () => {
    const error = await client
      .createProspect(
        { ...input, email: 'nope', status: 'WON', externalReference: [{ providerName: 'Slack' }] as never },
        { submissionKey: 'sub-0002' },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrataValidationError);
    const paths = (error as TrataValidationError).fieldErrors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([['email'], ['status'], ['externalReference', 0, 'id']]));
  });

  it.each([401, 403])('turns a %i into an auth error that never contains the key', async (status) => {
    trata.inject('POST /v1/prospects', { status, body: { detail: 'Not authenticated' } });
    const error = await client.createProspect(input, { submissionKey: 'sub-0003' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrataAuthError);
    expect(String((error as Error).message)).toContain('TRATA_API_TOKEN');
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(KEY);
  });

  it('refuses an answer that is not a prospect', async () => {
    trata.inject('POST /v1/prospects', { status: 200, body: { hello: 'world' } });
    await expect(client.createProspect(input, { submissionKey: 'sub-0004' })).rejects.toBeInstanceOf(
      TrataResponseError,
    );
  });

  it('waits at least Retry-After after a 429 and sends again', async () => {
    trata.inject('POST /v1/prospects', { status: 429, headers: { 'retry-after': '2' } });
    await client.createProspect(input, { submissionKey: 'sub-0005' });
    expect(waits).toEqual([2000]);
    expect(trata.prospects.size).toBe(1);
  });

  it('backs off exponentially with jitter between attempts', async () => {
    trata.inject('POST /v1/prospects', { status: 429 }, 3);
    await client.createProspect(input, { submissionKey: 'sub-0006' });
    // random() = 0.5: half of 10, 20, 40 ms.
    expect(waits).toEqual([5, 10, 20]);
  });

  it('looks for the prospect before re-sending after a 5xx, and re-sends when it is not there', async () => {
    trata.inject('POST /v1/prospects', { status: 502 });
    await client.createProspect(input, { submissionKey: 'sub-0007' });
    expect(trata.requests.map((r) => `${r.method} ${r.query.searchBy ?? ''}`.trim())).toEqual([
      'POST',
      'GET email',
      'POST',
    ]);
    expect(trata.prospects.size).toBe(1);
  });

  it('returns the prospect it finds instead of creating a second one when the answer was lost', async () => {
    trata.inject('POST /v1/prospects', { reset: 'after' });
    const prospect = await client.createProspect(input, { submissionKey: 'sub-0008' });
    expect(trata.prospects.size).toBe(1);
    expect(prospect.id).toBe([...trata.prospects.keys()][0]);
  });

  it('does not match another submission’s prospect with the same email', async () => {
    trata.seed({ ...input, prospectProps: { [SUBMISSION_KEY_PROP]: 'someone-else' } } as never);
    trata.inject('POST /v1/prospects', { status: 500 });
    await client.createProspect(input, { submissionKey: 'sub-0009' });
    expect(trata.prospects.size).toBe(2);
  });

  it('gives up within the budget: "not created" when nothing could have been processed', async () => {
    trata.inject('POST /v1/prospects', { status: 429 }, 10);
    const error = await client.createProspect(input, { submissionKey: 'sub-0010' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrataUnavailableError);
    expect((error as TrataUnavailableError).outcome).toBe('not-created');
    expect(trata.requests).toHaveLength(4);
  });

  it('gives up with "unknown" when a create may have happened and Trata could not be checked', async () => {
    trata.setOutage(true);
    const error = await client.createProspect(input, { submissionKey: 'sub-0011' }).catch((e: unknown) => e);
    expect((error as TrataUnavailableError).outcome).toBe('unknown');
    expect(trata.prospects.size).toBe(0);
  });

  it('stops retrying when Retry-After is longer than the budget', async () => {
    trata.inject('POST /v1/prospects', { status: 429, headers: { 'retry-after': '60' } });
    await expect(client.createProspect(input, { submissionKey: 'sub-0012' })).rejects.toBeInstanceOf(
      TrataUnavailableError,
    );
    expect(waits).toEqual([]);
  });

  it('reports a server that refuses connections as unavailable, nothing created', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((r) => server.close(() => r()));
    const offline = createTrataClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiToken: KEY,
      sleep: async () => {},
    });
    const error = await offline.createProspect(input, { submissionKey: 'sub-0013' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrataUnavailableError);
    expect((error as TrataUnavailableError).outcome).toBe('not-created');
    offline.close();
  });
});

describe('get, update, list', () => {
  it('gets by id and answers a not-found id with TrataNotFoundError', async () => {
    const seeded = trata.seed({ ...input } as never);
    expect((await client.getProspect(seeded.id)).email).toBe('jane@acme.io');
    await expect(client.getProspect('pro.1.MISSING0')).rejects.toBeInstanceOf(TrataNotFoundError);
  });

  it('updates with PUT, replacing the record', async () => {
    const seeded = trata.seed({ ...input, prospectProps: { notes: 'x' } } as never);
    const updated = await client.updateProspect(seeded.id, {
      ...input,
      status: 'NOT_INTERESTED',
      prospectProps: { notes: 'x' },
    });
    expect(updated).toMatchObject({
      id: seeded.id,
      status: 'NOT_INTERESTED',
      email: 'jane@acme.io',
      prospectProps: { notes: 'x' },
    });
    expect(trata.requests.at(-1)?.method).toBe('PUT');
  });

  it('lists with query parameters', async () => {
    trata.seed({ ...input } as never);
    trata.seed({ ...input, email: 'bob@acme.io' } as never);
    const found = await client.listProspects({ searchBy: 'email', searchValue: 'bob@acme.io', limit: 5 });
    expect(found.map((p) => p.email)).toEqual(['bob@acme.io']);
    expect(trata.requests.at(-1)?.query).toEqual({
      searchBy: 'email',
      searchValue: 'bob@acme.io',
      limit: '5',
    });
  });
});

describe('Trata’s messages', () => {
  it('never carry the API key, even when Trata echoes it back in a 422', async () => {
    trata.inject('POST /v1/prospects', {
      status: 422,
      body: {
        detail: [{ loc: ['body', 'email'], msg: `invalid: Authorization Bearer ${KEY} / ${KEY}`, type: 'x' }],
      },
    });
    const error = await client.createProspect(input, { submissionKey: 'sub-0009' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrataValidationError);
    const { fieldErrors, message } = error as TrataValidationError;
    expect(JSON.stringify(fieldErrors)).not.toContain(KEY);
    expect(message).not.toContain(KEY);
    expect(fieldErrors[0]?.message).toBe('invalid: Authorization Bearer [redacted] / [redacted]');
  });

  it('never carry the API key in an unexpected answer', async () => {
    trata.inject('GET /v1/prospects/{id}', { status: 418, body: { detail: `teapot for ${KEY}` } });
    const error = await client.getProspect('pro.1.ABC').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrataResponseError);
    expect((error as Error).message).not.toContain(KEY);
  });
});

describe('answer size cap', () => {
  const MiB = 1024 * 1024;
  const prospect = JSON.stringify({
    id: 'pro.1731301754.OZSMSU1S',
    orgId: 'org.x',
    name: 'Jane Doe',
    email: 'jane@acme.io',
    phoneNumber: '+14155550134',
    externalReference: [],
    status: 'NEW',
    prospectProps: { notes: 'padding '.repeat(10) },
    createdAt: '2024-11-11T05:09:14.979287',
  });

  /**
   * A Trata that ignores `limit` (or a proxy gone wrong): GET /v1/prospects answers a valid list of
   * ~30 MB, streamed with backpressure, optionally declaring its length. Counts what it managed to send.
   */
  async function hugeListServer(declareLength: boolean) {
    const chunk = `${Array(1000).fill(prospect).join(',')},`;
    const chunks = Math.ceil((30 * MiB) / chunk.length);
    const total = 1 + chunks * chunk.length + prospect.length + 1;
    const state = { sent: 0 };
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, {
        'content-type': 'application/json',
        ...(declareLength ? { 'content-length': String(total) } : {}),
      });
      let n = 0;
      const pump = () => {
        if (n === 0) res.write('[');
        while (n < chunks && !res.destroyed) {
          n++;
          state.sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!res.destroyed) res.end(`${prospect}]`);
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      state,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  }

  for (const declareLength of [false, true]) {
    it(`refuses a ~30 MB list ${declareLength ? 'declared by content-length' : 'streamed without a length'} with TrataResponseError, and stops reading`, async () => {
      const huge = await hugeListServer(declareLength);
      const capped = createTrataClient({ baseUrl: huge.url, apiToken: KEY, timeoutMs: 10_000 });
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }, 2);
      try {
        const error = await capped.listProspects({ searchBy: 'email', searchValue: 'jane@acme.io' }).then(
          () => undefined,
          (e: unknown) => e,
        );
        peak = Math.max(peak, process.memoryUsage().heapUsed);
        expect(error).toBeInstanceOf(TrataResponseError);
        expect((error as Error).message).toMatch(/HTTP 200 .*larger than 4 MiB/);
        // The client hung up well before the 30 MB were sent, and the heap never held the answer.
        expect(huge.state.sent).toBeLessThan(12 * MiB);
        expect(peak - before).toBeLessThan(48 * MiB);
      } finally {
        clearInterval(sampler);
        capped.close();
        await huge.close();
      }
    });
  }

  it('still reads an answer just under the cap', async () => {
    const items = Math.floor((3.5 * MiB) / (prospect.length + 1));
    const body = `[${Array(items).fill(prospect).join(',')}]`;
    const server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const capped = createTrataClient({ baseUrl: `http://127.0.0.1:${port}`, apiToken: KEY });
    try {
      expect(await capped.listProspects()).toHaveLength(items);
    } finally {
      capped.close();
      server.closeAllConnections();
      server.close();
    }
  });
});
