import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTrataStandin, type TrataStandin } from '../support/trata-standin.js';

describe('Trata stand-in', () => {
  let trata: TrataStandin;

  beforeAll(async () => {
    trata = await startTrataStandin();
  });
  afterAll(() => trata.close());
  beforeEach(() => trata.reset({ accounts: true }));

  const request = async (
    method: string,
    path: string,
    body?: unknown,
    key: string | null = 'trata-test-key',
  ) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key !== null) headers.authorization = `Bearer ${key}`;
    const res = await fetch(`${trata.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  };

  it('refuses a missing key with 403 and a wrong one with 401', async () => {
    expect(await request('GET', '/v1/prospects', undefined, null)).toEqual({
      status: 403,
      json: { detail: 'Not authenticated' },
    });
    expect(await request('GET', '/v1/prospects', undefined, 'nope')).toEqual({
      status: 401,
      json: { detail: 'Not authenticated' },
    });
    expect(trata.requests).toHaveLength(2);
  });

  it('creates a prospect shaped like ProspectOutput', async () => {
    const { status, json } = await request('POST', '/v1/prospects', {
      status: 'NEW',
      name: 'Dana Lee',
      email: 'dana@example.com',
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: expect.stringMatching(/^pro\.\d{10}\.[A-Z0-9]{8}$/),
      orgId: 'org.standin',
      name: 'Dana Lee',
      email: 'dana@example.com',
      phoneNumber: null,
      externalReference: [],
      prospectProps: {},
      status: 'NEW',
      createdBy: 'api-key',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/),
    });
    expect(trata.prospects.size).toBe(1);
  });

  it('answers 422 listing every problem with its loc', async () => {
    const { status, json } = await request('POST', '/v1/prospects', {
      name: '',
      email: 'not-an-email',
      phoneNumber: 415,
      externalReference: [{ providerName: 'Slack' }],
      prospectProps: 'software',
    });
    expect(status).toBe(422);
    const detail = (json as { detail: { loc: unknown[]; type: string; msg: string }[] }).detail;
    expect(detail.map((d) => [d.loc.join('.'), d.type])).toEqual([
      ['body.status', 'missing'],
      ['body.name', 'string_too_short'],
      ['body.email', 'value_error'],
      ['body.phoneNumber', 'string_type'],
      ['body.externalReference.0.id', 'missing'],
      ['body.prospectProps', 'dict_type'],
    ]);
    expect(detail[2]?.msg).toMatch(/^value is not a valid email address: /);
    const badStatus = await request('POST', '/v1/prospects', { status: 'HOT' });
    expect(badStatus.json).toMatchObject({
      detail: [
        { type: 'enum', loc: ['body', 'status'], msg: expect.stringContaining("'NEW', 'GENERAL_ENQUIRY'") },
      ],
    });
    const notJson = await request('POST', '/v1/prospects', '{oops');
    expect(notJson.json).toMatchObject({ detail: [{ type: 'json_invalid', loc: ['body', 0] }] });
    expect(trata.prospects.size).toBe(0);
  });

  it('PUT replaces the whole record', async () => {
    const seeded = trata.seed({
      status: 'NEW',
      name: 'Dana',
      email: 'dana@example.com',
      prospectProps: { a: 1 },
    });
    const { status, json } = await request('PUT', `/v1/prospects/${seeded.id}`, { status: 'NOT_INTERESTED' });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      id: seeded.id,
      createdAt: seeded.createdAt,
      status: 'NOT_INTERESTED',
      name: null,
      email: null,
      prospectProps: {},
    });
    expect((json as { updatedAt: string }).updatedAt > seeded.updatedAt).toBe(true);
    expect((await request('PUT', '/v1/prospects/pro.1.MISSING', { status: 'NEW' })).status).toBe(404);
  });

  it('searches, gets and deletes', async () => {
    const a = trata.seed({ name: 'Dana Lee', email: 'dana@example.com' });
    trata.seed({ name: 'Sam Roe', email: 'sam@example.com', status: 'GENERAL_ENQUIRY' });
    const found = await request('GET', '/v1/prospects?searchBy=email&searchValue=DANA@');
    expect((found.json as { id: string }[]).map((p) => p.id)).toEqual([a.id]);
    const desc = await request('GET', '/v1/prospects?sortOrder=desc&limit=1');
    expect((desc.json as { name: string }[]).map((p) => p.name)).toEqual(['Sam Roe']);
    expect((await request('GET', `/v1/prospects/${a.id}`)).status).toBe(200);
    expect(await request('DELETE', `/v1/prospects/${a.id}`)).toEqual({ status: 200, json: {} });
    expect((await request('DELETE', `/v1/prospects/${a.id}`)).status).toBe(404);
    expect(await request('GET', `/v1/prospects/${a.id}`)).toEqual({
      status: 404,
      json: { detail: 'Prospect not found' },
    });
  });

  it("reset 'after' creates the prospect but loses the answer; 'before' creates nothing", async () => {
    trata.inject('POST /v1/prospects', { reset: 'before' });
    trata.inject('POST /v1/prospects', { reset: 'after' });
    await expect(request('POST', '/v1/prospects', { status: 'NEW', name: 'A' })).rejects.toThrow();
    expect(trata.prospects.size).toBe(0);
    await expect(request('POST', '/v1/prospects', { status: 'NEW', name: 'B' })).rejects.toThrow();
    expect([...trata.prospects.values()].map((p) => p.name)).toEqual(['B']);
    expect((await request('POST', '/v1/prospects', { status: 'NEW', name: 'C' })).status).toBe(200);
    expect(trata.requests).toHaveLength(3);
  });

  it('injects statuses in order, delays, hangs and outages', async () => {
    trata.inject('GET /v1/prospects/{id}', { status: 429, headers: { 'retry-after': '2' } });
    trata.inject('GET /v1/prospects/{id}', { status: 503 });
    const res = await fetch(`${trata.url}/v1/prospects/x`, {
      headers: { authorization: 'Bearer trata-test-key' },
    });
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '2']);
    expect((await request('GET', '/v1/prospects/x')).status).toBe(503);
    expect((await request('GET', '/v1/prospects/x')).status).toBe(404);

    trata.inject('GET /v1/prospects', { delayMs: 120 });
    const started = Date.now();
    expect((await request('GET', '/v1/prospects')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);

    trata.inject('GET /v1/prospects', { hang: true });
    const hung = fetch(`${trata.url}/v1/prospects`, {
      headers: { authorization: 'Bearer trata-test-key' },
      signal: AbortSignal.timeout(150),
    });
    await expect(hung).rejects.toThrow();

    trata.setOutage(true);
    expect((await request('POST', '/v1/prospects', { status: 'NEW' })).status).toBe(503);
    trata.setOutage(false);
    expect((await request('POST', '/v1/prospects', { status: 'NEW' })).status).toBe(200);
  });

  describe('several accounts', () => {
    it('keeps each account to its own records: list, get, put, delete', async () => {
      const acme = trata.addAccount('acme-key', { orgId: 'org.acme' });
      const beta = trata.addAccount('beta-key');
      const a = acme.seed({ name: 'Dana Acme', email: 'dana@acme.io' });
      const b = beta.seed({ name: 'Dana Beta', email: 'dana@beta.io' });
      expect(a.orgId).toBe('org.acme');
      expect(b.orgId).not.toBe('org.acme');

      const listA = await request('GET', '/v1/prospects?searchValue=dana', undefined, 'acme-key');
      expect((listA.json as { id: string }[]).map((p) => p.id)).toEqual([a.id]);
      const listB = await request('GET', '/v1/prospects', undefined, 'beta-key');
      expect((listB.json as { id: string }[]).map((p) => p.id)).toEqual([b.id]);
      // the default account sees neither
      expect((await request('GET', '/v1/prospects')).json).toEqual([]);

      const notFound = { status: 404, json: { detail: 'Prospect not found' } };
      expect(await request('GET', `/v1/prospects/${a.id}`, undefined, 'beta-key')).toEqual(notFound);
      expect(await request('PUT', `/v1/prospects/${a.id}`, { status: 'NEW' }, 'beta-key')).toEqual(notFound);
      expect(await request('DELETE', `/v1/prospects/${a.id}`, undefined, 'beta-key')).toEqual(notFound);
      expect(acme.prospects.get(a.id)).toEqual(a);

      const created = await request('POST', '/v1/prospects', { status: 'NEW', name: 'New' }, 'beta-key');
      const id = (created.json as { id: string; orgId: string }).id;
      expect((created.json as { orgId: string }).orgId).toBe(beta.orgId);
      expect(beta.prospects.has(id)).toBe(true);
      expect(acme.prospects.has(id) || trata.prospects.has(id)).toBe(false);

      expect(acme.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200']);
      expect(beta.requests.map((r) => `${r.method} ${r.status}`)).toEqual([
        'GET 200',
        'GET 404',
        'PUT 404',
        'DELETE 404',
        'POST 200',
      ]);
      expect(trata.requests.filter((r) => r.orgId === 'org.acme')).toHaveLength(1);
      expect(trata.account('beta-key')).toBe(beta);
      expect(() => trata.addAccount('acme-key')).toThrow(/already in use/);
    });

    it('checks a key cheaply with GET /v1/prospects?limit=1, per account', async () => {
      const acme = trata.addAccount('acme-check');
      acme.seed({ name: 'One' });
      acme.seed({ name: 'Two' });
      const ok = await request('GET', '/v1/prospects?limit=1', undefined, 'acme-check');
      expect(ok.status).toBe(200);
      expect(ok.json).toHaveLength(1);
      expect((await request('GET', '/v1/prospects?limit=1')).json).toEqual([]);
      expect((await request('GET', '/v1/prospects?limit=1', undefined, 'unknown')).status).toBe(401);
    });

    it('refuses a revoked key with 401, leaves other keys and accounts working', async () => {
      const acme = trata.addAccount('acme-old');
      acme.addKey('acme-new');
      const beta = trata.addAccount('beta-live');
      acme.seed({ name: 'Kept' });
      trata.revokeKey('acme-old');
      expect(trata.isKeyValid('acme-old')).toBe(false);
      expect(await request('GET', '/v1/prospects?limit=1', undefined, 'acme-old')).toEqual({
        status: 401,
        json: { detail: 'Not authenticated' },
      });
      expect(await request('POST', '/v1/prospects', { status: 'NEW' }, 'acme-old')).toMatchObject({
        status: 401,
      });
      expect(acme.prospects.size).toBe(1);
      const viaNew = await request('GET', '/v1/prospects', undefined, 'acme-new');
      expect((viaNew.json as { name: string }[]).map((p) => p.name)).toEqual(['Kept']);
      expect((await request('GET', '/v1/prospects', undefined, 'beta-live')).status).toBe(200);
      expect(beta.requests).toHaveLength(1);
      expect(acme.keys).toEqual(['acme-old', 'acme-new']);
      expect(() => trata.revokeKey('never-issued')).toThrow();
    });

    it('reset keeps accounts (revocations lifted); reset({accounts: true}) drops them', async () => {
      const acme = trata.addAccount('acme-reset');
      acme.seed();
      trata.revokeKey('acme-reset');
      trata.reset();
      expect(acme.prospects.size).toBe(0);
      expect((await request('GET', '/v1/prospects', undefined, 'acme-reset')).status).toBe(200);
      trata.reset({ accounts: true });
      expect(trata.account('acme-reset')).toBeUndefined();
      expect((await request('GET', '/v1/prospects', undefined, 'acme-reset')).status).toBe(401);
      expect(trata.allAccounts()).toEqual([trata.defaultAccount]);
    });
  });
});
