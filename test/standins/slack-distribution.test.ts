import type { AddressInfo } from 'node:net';
import { App, type Installation, LogLevel, MemoryInstallationStore } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  appHomeOpenedEvent,
  appUninstalledEvent,
  createSlackSender,
  eventCallback,
  globalShortcutPayload,
  slashCommandFields,
  tokensRevokedEvent,
  viewSubmissionPayload,
} from '../support/slack-client.js';
import { type SlackStandin, startSlackStandin } from '../support/slack-standin.js';

type Json = Record<string, unknown>;

/** Posts to the stand-in like a bare HTTP client (form body, bearer token). */
async function call(standin: SlackStandin, token: string, method: string, args: Json = {}): Promise<Json> {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(args)) form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  const res = await fetch(`${standin.apiUrl}${method}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return (await res.json()) as Json;
}

/** `oauth.v2.access` the way @slack/oauth sends it (form body), or with HTTP Basic client auth. */
async function access(standin: SlackStandin, fields: Record<string, string>, basic?: string): Promise<Json> {
  const res = await fetch(`${standin.apiUrl}oauth.v2.access`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(basic ? { authorization: `Basic ${Buffer.from(basic).toString('base64')}` } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
  return (await res.json()) as Json;
}

const CLIENT = { client_id: '1111.2222', client_secret: 'the-client-secret' };
const modal = {
  type: 'modal',
  title: { type: 'plain_text', text: 'Hi' },
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }],
};

describe('Slack stand-in: workspaces, OAuth, rotation, uninstall', () => {
  let slack: SlackStandin;

  beforeAll(async () => {
    slack = await startSlackStandin({ triggerTtlMs: 1000 });
  });
  afterAll(() => slack.close());
  beforeEach(() => {
    slack.reset({ all: true });
  });

  /** Registers the app, installs it on `teamId` and returns the exchange answer. */
  async function installOn(teamId: string, extra: Json = {}, rotation = false): Promise<Json> {
    slack.registerApp({
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      tokenRotation: rotation,
    });
    const code = slack.authorizeInstall({ teamId, userId: 'U0INSTALLER', ...extra });
    const answer = await access(slack, { ...CLIENT, code });
    expect(answer.ok).toBe(true);
    return answer;
  }

  it('keeps the default workspace and token as before, and auth.test names the token’s team', async () => {
    expect(slack.workspaces().map((w) => w.teamId)).toEqual(['T0TEST']);
    expect(await call(slack, 'xoxb-test-token', 'auth.test')).toEqual({
      ok: true,
      url: 'https://standin.slack.com/',
      team: 'Standin Team',
      user: 'prospect-bot',
      team_id: 'T0TEST',
      user_id: 'U0BOT',
      bot_id: 'B0BOT',
      is_enterprise_install: false,
    });
    expect(slack.eventAuthorization()).toEqual({
      teamId: 'T0TEST',
      isEnterpriseInstall: false,
      botUserId: 'U0BOT',
    });
    await call(slack, 'xoxb-test-token', 'chat.postMessage', { channel: 'C0PUBLIC', text: 'hi' });
    expect(slack.calls[1]).toMatchObject({ teamId: 'T0TEST', token: 'xoxb-test-token' });
    expect(slack.messages[0]).toMatchObject({ teamId: 'T0TEST', channel: 'C0PUBLIC' });
  });

  it('installs with a single-use code and answers like oauth.v2.access', async () => {
    slack.addWorkspace({ teamId: 'T0BETA', teamName: 'Beta Inc', domain: 'beta' });
    slack.registerApp({ clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret });
    const code = slack.authorizeInstall({
      teamId: 'T0BETA',
      userId: 'U0BETAADMIN',
      scopes: ['commands', 'chat:write'],
    });
    const answer = await access(slack, {
      ...CLIENT,
      code,
      redirect_uri: 'https://app.example/slack/oauth_redirect',
    });
    expect(answer).toEqual({
      ok: true,
      app_id: 'A0APP',
      authed_user: { id: 'U0BETAADMIN' },
      scope: 'commands,chat:write',
      token_type: 'bot',
      access_token: expect.stringMatching(/^xoxb-\d+-\d+-[0-9a-f]+$/),
      bot_user_id: 'U0BETABOT',
      team: { id: 'T0BETA', name: 'Beta Inc' },
      enterprise: null,
      is_enterprise_install: false,
    });
    expect(await access(slack, { ...CLIENT, code })).toEqual({ ok: false, error: 'invalid_code' });
    expect(slack.codeExchanges).toBe(1);
    const token = answer.access_token as string;
    expect(await call(slack, token, 'auth.test')).toMatchObject({
      team_id: 'T0BETA',
      team: 'Beta Inc',
      url: 'https://beta.slack.com/',
      user_id: 'U0BETABOT',
      bot_id: 'B0BETA',
      is_enterprise_install: false,
    });
    expect(slack.installation('T0BETA')).toMatchObject({
      accessToken: token,
      installerUserId: 'U0BETAADMIN',
    });
    // the secret is never recorded
    expect(slack.calls.find((c) => c.method === 'oauth.v2.access')?.args).not.toHaveProperty('client_secret');
  });

  it('refuses wrong clients, unknown, expired and foreign codes; accepts HTTP Basic client auth', async () => {
    slack.registerApp({ clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret });
    slack.registerApp({ clientId: '9999.0000', clientSecret: 'other' });
    const code = slack.authorizeInstall({ clientId: CLIENT.client_id, userId: 'U0ALICE' });
    expect(await access(slack, { client_id: 'nope', client_secret: 'x', code })).toEqual({
      ok: false,
      error: 'invalid_client_id',
    });
    expect(await access(slack, { client_id: CLIENT.client_id, client_secret: 'wrong', code })).toEqual({
      ok: false,
      error: 'bad_client_secret',
    });
    expect(await access(slack, { code })).toMatchObject({ error: 'invalid_client_id' });
    // a code issued to one app is no code for another
    expect(await access(slack, { client_id: '9999.0000', client_secret: 'other', code })).toMatchObject({
      error: 'invalid_code',
    });
    expect(await access(slack, { ...CLIENT, code: 'made.up.code' })).toMatchObject({ error: 'invalid_code' });
    // client authentication failures did not use the code up; Basic auth works
    const viaBasic = await access(slack, { code }, `${CLIENT.client_id}:${CLIENT.client_secret}`);
    expect(viaBasic).toMatchObject({ ok: true, team: { id: 'T0TEST' }, bot_user_id: 'U0BOT' });
    expect(await access(slack, { code }, `${CLIENT.client_id}:${CLIENT.client_secret}`)).toMatchObject({
      error: 'invalid_code',
    });

    const short = slack.authorizeInstall({ userId: 'U0ALICE', ttlMs: 30 });
    await new Promise((r) => setTimeout(r, 60));
    expect(await access(slack, { ...CLIENT, code: short })).toMatchObject({ error: 'invalid_code' });

    const pinned = slack.authorizeInstall({ userId: 'U0ALICE', redirectUri: 'https://a.example/cb' });
    expect(
      await access(slack, { ...CLIENT, code: pinned, redirect_uri: 'https://evil.example/cb' }),
    ).toMatchObject({ error: 'bad_redirect_uri' });
    // one try per code
    expect(
      await access(slack, { ...CLIENT, code: pinned, redirect_uri: 'https://a.example/cb' }),
    ).toMatchObject({
      error: 'invalid_code',
    });
  });

  it('keeps each workspace’s token to its own channels, users, triggers and views', async () => {
    slack.addWorkspace({
      teamId: 'T0BETA',
      channels: [{ id: 'C0BETA', name: 'leads', type: 'public', botIsMember: true }],
      users: [{ id: 'U0ZED', name: 'zed' }],
    });
    const beta = (await installOn('T0BETA')).access_token as string;
    const test = 'xoxb-test-token';

    // channel ids and names resolve only inside the token's workspace
    expect(await call(slack, beta, 'chat.postMessage', { channel: 'C0PUBLIC', text: 'x' })).toMatchObject({
      error: 'channel_not_found',
    });
    expect(await call(slack, test, 'chat.postMessage', { channel: 'C0BETA', text: 'x' })).toMatchObject({
      error: 'channel_not_found',
    });
    expect(
      await call(slack, beta, 'chat.postEphemeral', { channel: 'C0PUBLIC', user: 'U0ZED', text: 'x' }),
    ).toMatchObject({ error: 'channel_not_found' });
    expect(await call(slack, beta, 'chat.postMessage', { channel: '#leads', text: 'beta' })).toMatchObject({
      ok: true,
      channel: 'C0BETA',
    });
    expect(await call(slack, test, 'chat.postMessage', { channel: '#leads', text: 'test' })).toMatchObject({
      ok: true,
      channel: 'C0PUBLIC',
    });
    expect(slack.messages.map((m) => [m.teamId, m.channel, m.text, m.user])).toEqual([
      ['T0BETA', 'C0BETA', 'beta', 'U0BETABOT'],
      ['T0TEST', 'C0PUBLIC', 'test', 'U0BOT'],
    ]);
    const ts = slack.messages[0]?.ts as string;
    expect(await call(slack, test, 'chat.update', { channel: 'C0BETA', ts, text: 'y' })).toMatchObject({
      error: 'channel_not_found',
    });
    expect(await call(slack, beta, 'chat.getPermalink', { channel: 'C0BETA', message_ts: ts })).toMatchObject(
      {
        permalink: expect.stringContaining('https://t0beta.slack.com/archives/C0BETA/'),
      },
    );

    // users: another workspace's user is not there (DMs included)
    expect(await call(slack, test, 'chat.postMessage', { channel: 'U0ZED', text: 'x' })).toMatchObject({
      error: 'channel_not_found',
    });
    expect(
      await call(slack, test, 'views.publish', { user_id: 'U0ZED', view: { type: 'home', blocks: [] } }),
    ).toMatchObject({ error: 'user_not_found' });
    expect(await call(slack, beta, 'chat.postMessage', { channel: 'U0ZED', text: 'dm' })).toMatchObject({
      ok: true,
      channel: 'D0ZED',
    });

    // triggers and views
    const betaTrigger = slack.issueTrigger({ userId: 'U0ZED' });
    expect(await call(slack, test, 'views.open', { trigger_id: betaTrigger, view: modal })).toMatchObject({
      error: 'invalid_trigger_id',
    });
    const opened = await call(slack, beta, 'views.open', { trigger_id: betaTrigger, view: modal });
    const view = opened.view as {
      id: string;
      team_id: string;
      app_installed_team_id: string;
      bot_id: string;
    };
    expect(view).toMatchObject({ team_id: 'T0BETA', app_installed_team_id: 'T0BETA', bot_id: 'B0BETA' });
    expect(slack.views.get(view.id)?.teamId).toBe('T0BETA');
    expect(await call(slack, test, 'views.update', { view_id: view.id, view: modal })).toMatchObject({
      error: 'not_found',
    });

    // response_urls belong to the channel's workspace
    const url = slack.createResponseUrl('C0BETA', 'U0ZED');
    expect(url).toContain('/response/T0BETA/');
    await fetch(url, { method: 'POST', body: JSON.stringify({ text: 'private' }) });
    expect(slack.messages.at(-1)).toMatchObject({ teamId: 'T0BETA', via: 'response_url', ephemeral: true });

    const betaCalls = slack.calls.filter((c) => c.token === beta && c.method !== 'oauth.v2.access');
    expect(new Set(betaCalls.map((c) => c.teamId))).toEqual(new Set(['T0BETA']));
  });

  it('serves every workspace of an org with one org-wide token, and no other workspace', async () => {
    slack.addWorkspace({
      teamId: 'T0ORGA',
      enterpriseId: 'E0ORG',
      enterpriseName: 'Org Corp',
      channels: [{ id: 'C0ORGA', type: 'public', botIsMember: true }],
    });
    slack.addWorkspace({
      teamId: 'T0ORGB',
      enterpriseId: 'E0ORG',
      channels: [{ id: 'C0ORGB', type: 'public' }],
    });
    const answer = await installOn('ignored', { enterpriseId: 'E0ORG', isEnterpriseInstall: true });
    expect(answer).toMatchObject({
      team: null,
      enterprise: { id: 'E0ORG', name: 'Org Corp' },
      is_enterprise_install: true,
      bot_user_id: 'W0ORGBOT',
    });
    const token = answer.access_token as string;
    expect(await call(slack, token, 'auth.test')).toEqual({
      ok: true,
      url: 'https://e0org.enterprise.slack.com/',
      team: 'Org Corp',
      user: 'prospect-bot',
      team_id: 'E0ORG',
      user_id: 'W0ORGBOT',
      bot_id: 'B0ORGORG',
      enterprise_id: 'E0ORG',
      is_enterprise_install: true,
    });
    expect(await call(slack, token, 'chat.postMessage', { channel: 'C0ORGA', text: 'a' })).toMatchObject({
      ok: true,
    });
    expect(await call(slack, token, 'chat.postMessage', { channel: 'C0ORGB', text: 'b' })).toMatchObject({
      ok: true,
    });
    expect(await call(slack, token, 'chat.postMessage', { channel: 'C0PUBLIC', text: 'c' })).toMatchObject({
      error: 'channel_not_found',
    });
    // a workspace that joins the org later is served too
    slack.addWorkspace({
      teamId: 'T0ORGC',
      enterpriseId: 'E0ORG',
      channels: [{ id: 'C0ORGC', type: 'public' }],
    });
    expect(await call(slack, token, 'chat.postMessage', { channel: 'C0ORGC', text: 'c' })).toMatchObject({
      ok: true,
    });
    expect(slack.messages.map((m) => m.teamId)).toEqual(['T0ORGA', 'T0ORGB', 'T0ORGC']);
    expect(slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.teamId)).toEqual([
      'T0ORGA',
      'T0ORGB',
      'E0ORG', // refused: nothing of the org was touched
      'T0ORGC',
    ]);
    expect(slack.eventAuthorization('T0ORGB')).toEqual({
      teamId: 'T0ORGB',
      enterpriseId: 'E0ORG',
      isEnterpriseInstall: true,
      botUserId: 'W0ORGBOT',
    });
    expect(() => slack.eventAuthorization('T0NOWHERE')).toThrow();
  });

  it('rotates tokens: refresh tokens are single use, access tokens expire', async () => {
    slack.addWorkspace({ teamId: 'T0BETA', channels: [{ id: 'C0BETA', type: 'public', botIsMember: true }] });
    slack.registerApp({
      ...{ clientId: CLIENT.client_id, clientSecret: CLIENT.client_secret },
      tokenRotation: true,
      accessTokenTtlSec: 3600,
    });
    const code = slack.authorizeInstall({ teamId: 'T0BETA', userId: 'U0ZED' });
    const installed = await access(slack, { ...CLIENT, code });
    expect(installed).toMatchObject({
      refresh_token: expect.stringMatching(/^xoxe-1-/),
      expires_in: 3600,
    });
    const first = installed.access_token as string;
    expect(slack.tokenInfo(first)?.expiresAt).toBeGreaterThan(Date.now() + 3590_000);

    const refresh = (rt: string) =>
      access(slack, { ...CLIENT, grant_type: 'refresh_token', refresh_token: rt });
    const rotated = await refresh(installed.refresh_token as string);
    expect(rotated).toMatchObject({
      ok: true,
      token_type: 'bot',
      access_token: expect.stringMatching(/^xoxb-/),
      refresh_token: expect.stringMatching(/^xoxe-1-/),
      expires_in: 3600,
      team: { id: 'T0BETA' },
      bot_user_id: 'U0BETABOT',
    });
    expect(rotated.access_token).not.toBe(first);
    expect(rotated.refresh_token).not.toBe(installed.refresh_token);
    expect(await refresh(installed.refresh_token as string)).toEqual({
      ok: false,
      error: 'invalid_refresh_token',
    });
    expect(await refresh('xoxe-1-made-up')).toMatchObject({ error: 'invalid_refresh_token' });

    // two refreshes at once with the same token: one wins, the other gets a dead token's answer
    const both = await Promise.all([
      refresh(rotated.refresh_token as string),
      refresh(rotated.refresh_token as string),
    ]);
    expect(both.map((a) => a.ok).sort()).toEqual([false, true]);
    expect(both.find((a) => !a.ok)).toEqual({ ok: false, error: 'invalid_refresh_token' });
    expect([slack.refreshCount, slack.refreshAttempts]).toEqual([2, 5]);
    const latest = both.find((a) => a.ok)?.access_token as string;
    expect(slack.installation('T0BETA')?.accessToken).toBe(latest);

    // forced expiry: token_expired until refreshed
    expect(slack.expireTokens('T0BETA')).toBeGreaterThanOrEqual(1);
    expect(await call(slack, latest, 'chat.postMessage', { channel: 'C0BETA', text: 'x' })).toEqual({
      ok: false,
      error: 'token_expired',
    });
    const again = await refresh(slack.installation('T0BETA')?.refreshToken as string);
    expect(
      await call(slack, again.access_token as string, 'chat.postMessage', { channel: 'C0BETA', text: 'x' }),
    ).toMatchObject({
      ok: true,
    });
    // the default workspace is untouched
    expect(await call(slack, 'xoxb-test-token', 'auth.test')).toMatchObject({ ok: true });
  });

  it('lets a rotating token expire on its own after accessTokenTtlSec', async () => {
    slack.registerApp({
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      tokenRotation: true,
      accessTokenTtlSec: 1,
    });
    const answer = await access(slack, { ...CLIENT, code: slack.authorizeInstall({ userId: 'U0ALICE' }) });
    expect(answer.expires_in).toBe(1);
    expect(await call(slack, answer.access_token as string, 'auth.test')).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 1050));
    expect(await call(slack, answer.access_token as string, 'auth.test')).toMatchObject({
      error: 'token_expired',
    });
  });

  it('revokes every token of an installation on uninstall; others keep working; reinstall starts again', async () => {
    slack.addWorkspace({ teamId: 'T0BETA', channels: [{ id: 'C0BETA', type: 'public', botIsMember: true }] });
    slack.registerApp({
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      tokenRotation: true,
    });
    const first = await access(slack, {
      ...CLIENT,
      code: slack.authorizeInstall({ teamId: 'T0BETA', userId: 'U0Z' }),
    });
    const second = await access(slack, {
      ...CLIENT,
      code: slack.authorizeInstall({ teamId: 'T0BETA', userId: 'U0Z' }),
    });
    // a reinstall issues new tokens; the older ones keep working until revoked
    expect(second.access_token).not.toBe(first.access_token);
    expect(await call(slack, first.access_token as string, 'auth.test')).toMatchObject({ ok: true });
    expect(slack.installation('T0BETA')).toMatchObject({ installs: 2, accessToken: second.access_token });

    slack.uninstall('T0BETA');
    for (const answer of [first, second]) {
      expect(
        await call(slack, answer.access_token as string, 'chat.postMessage', {
          channel: 'C0BETA',
          text: 'x',
        }),
      ).toEqual({
        ok: false,
        error: 'token_revoked',
      });
      expect(
        await access(slack, {
          ...CLIENT,
          grant_type: 'refresh_token',
          refresh_token: answer.refresh_token as string,
        }),
      ).toMatchObject({ error: 'invalid_refresh_token' });
    }
    expect(await call(slack, 'xoxb-test-token', 'auth.test')).toMatchObject({ ok: true, team_id: 'T0TEST' });
    expect(() => slack.eventAuthorization('T0BETA')).toThrow();
    expect(() => slack.uninstall('T0BETA')).toThrow();

    const back = await access(slack, {
      ...CLIENT,
      code: slack.authorizeInstall({ teamId: 'T0BETA', userId: 'U0Z' }),
    });
    expect(await call(slack, back.access_token as string, 'auth.test')).toMatchObject({
      ok: true,
      team_id: 'T0BETA',
    });
    expect(slack.installation('T0BETA')?.uninstalledAt).toBeUndefined();

    // the configured token can be uninstalled too
    slack.uninstall('T0TEST');
    expect(await call(slack, 'xoxb-test-token', 'auth.test')).toMatchObject({ error: 'token_revoked' });
    // reset() keeps that; reset({all: true}) starts over
    slack.reset();
    expect(slack.isTokenValid('xoxb-test-token')).toBe(false);
    expect(slack.isTokenValid(back.access_token as string)).toBe(true);
    slack.reset({ all: true });
    expect(slack.isTokenValid('xoxb-test-token')).toBe(true);
    expect(slack.isTokenValid(back.access_token as string)).toBe(false);
  });

  it('uninstalls an org-wide install for every workspace of the org', async () => {
    slack.addWorkspace({
      teamId: 'T0ORGA',
      enterpriseId: 'E0ORG',
      channels: [{ id: 'C0ORGA', type: 'public' }],
    });
    const answer = await installOn('x', { enterpriseId: 'E0ORG', isEnterpriseInstall: true });
    slack.uninstall('E0ORG');
    expect(
      await call(slack, answer.access_token as string, 'chat.postMessage', { channel: 'C0ORGA', text: 'x' }),
    ).toMatchObject({
      error: 'token_revoked',
    });
  });
});

describe('Event and interaction payloads for other workspaces', () => {
  it('builds event callbacks with authorizations, for workspace and org installs', () => {
    const ws = eventCallback({
      teamId: 'T0BETA',
      botUserId: 'U0BETABOT',
      event: { type: 'x' },
      eventId: 'Ev1',
    });
    expect(ws).toMatchObject({
      type: 'event_callback',
      team_id: 'T0BETA',
      event_id: 'Ev1',
      api_app_id: 'A0APP',
      event: { type: 'x', event_ts: expect.stringMatching(/^\d{10}\.\d{6}$/) },
      authorizations: [
        {
          team_id: 'T0BETA',
          enterprise_id: null,
          user_id: 'U0BETABOT',
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
    });
    const org = appHomeOpenedEvent({
      user: 'U0ZED',
      teamId: 'T0ORGA',
      enterpriseId: 'E0ORG',
      isEnterpriseInstall: true,
    });
    expect(org).toMatchObject({
      team_id: 'T0ORGA',
      enterprise_id: 'E0ORG',
      event: { type: 'app_home_opened', user: 'U0ZED', channel: 'D0ZED', tab: 'home' },
      authorizations: [{ team_id: null, enterprise_id: 'E0ORG', is_enterprise_install: true }],
    });
    expect(appUninstalledEvent({ enterpriseId: 'E0ORG', isEnterpriseInstall: true })).toMatchObject({
      team_id: 'E0ORG',
      event: { type: 'app_uninstalled' },
    });
    expect(tokensRevokedEvent({ teamId: 'T0BETA', bot: ['U0BETABOT'] }).event).toMatchObject({
      type: 'tokens_revoked',
      tokens: { bot: ['U0BETABOT'] },
    });
  });

  it('lets interactions and commands come from another workspace or org', () => {
    const shortcut = globalShortcutPayload({
      callbackId: 'c',
      triggerId: 't',
      user: { id: 'U0ZED', name: 'zed' },
      team: { id: 'T0ORGA', domain: 'orga', enterprise_id: 'E0ORG' },
      enterprise: { id: 'E0ORG', name: 'Org' },
      isEnterpriseInstall: true,
    });
    expect(shortcut).toMatchObject({
      team: { id: 'T0ORGA', enterprise_id: 'E0ORG' },
      user: { id: 'U0ZED', team_id: 'T0ORGA' },
      enterprise: { id: 'E0ORG', name: 'Org' },
      is_enterprise_install: true,
    });
    const submission = viewSubmissionPayload({
      view: { id: 'V1' },
      values: {},
      team: null,
      user: { id: 'U0ZED', name: 'zed', teamId: 'T0ORGA' },
    });
    expect(submission).toMatchObject({ team: null, user: { team_id: 'T0ORGA' }, enterprise: null });
    expect(
      slashCommandFields({ team_id: 'T0BETA', enterprise_id: 'E0ORG', is_enterprise_install: 'true' }),
    ).toMatchObject({ team_id: 'T0BETA', enterprise_id: 'E0ORG', is_enterprise_install: 'true' });
  });
});

const quietLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

/** The stand-in against Bolt's own OAuth (InstallProvider inside Bolt): install, events, rotation race. */
describe('Bolt OAuth against the stand-in', () => {
  const SECRET = 'signing-secret-for-oauth';
  let slack: SlackStandin;
  let app: App;
  let base: string;
  let store: MemoryInstallationStore;
  const published: { team: string | undefined; ok: boolean; error?: string }[] = [];

  beforeAll(async () => {
    slack = await startSlackStandin();
    slack.addWorkspace({ teamId: 'T0BETA', teamName: 'Beta' });
    slack.addWorkspace({ teamId: 'T0ORGA', enterpriseId: 'E0ORG' });
    slack.registerApp({
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      tokenRotation: true,
    });
    store = new MemoryInstallationStore();
    app = new App({
      signingSecret: SECRET,
      clientId: CLIENT.client_id,
      clientSecret: CLIENT.client_secret,
      stateSecret: 'state-secret',
      scopes: ['commands', 'chat:write'],
      installationStore: store,
      installerOptions: { stateVerification: false },
      logger: quietLogger, // the race test makes Bolt log the refused refresh
      logLevel: LogLevel.ERROR,
      clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    });
    app.event('app_home_opened', async ({ event, client, context }) => {
      try {
        await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: [] } });
        published.push({ team: context.teamId ?? context.enterpriseId, ok: true });
      } catch (error) {
        const data = (error as { data?: { error?: string } }).data;
        published.push({ team: context.teamId ?? context.enterpriseId, ok: false, error: data?.error });
      }
    });
    const server = (await app.start(0)) as unknown as { address(): AddressInfo };
    base = `http://127.0.0.1:${server.address().port}`;
  });
  afterAll(async () => {
    await app.stop();
    await slack.close();
  });

  const finishInstall = async (code: string) => {
    const res = await fetch(`${base}/slack/oauth_redirect?code=${encodeURIComponent(code)}`);
    await res.text();
    return res.status;
  };

  it('completes workspace and org installs, then serves events with each installation’s token', async () => {
    expect(await finishInstall(slack.authorizeInstall({ teamId: 'T0BETA', userId: 'U0ZED' }))).toBe(200);
    expect(
      await finishInstall(
        slack.authorizeInstall({ enterpriseId: 'E0ORG', isEnterpriseInstall: true, userId: 'W0ADM' }),
      ),
    ).toBe(200);
    const beta = (await store.fetchInstallation({
      teamId: 'T0BETA',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    })) as Installation;
    expect(beta.bot).toMatchObject({
      userId: 'U0BETABOT',
      id: 'B0BETA',
      refreshToken: expect.stringMatching(/^xoxe-1-/),
    });
    const org = await store.fetchInstallation({
      teamId: undefined,
      enterpriseId: 'E0ORG',
      isEnterpriseInstall: true,
    });
    expect(org).toMatchObject({
      isEnterpriseInstall: true,
      enterpriseUrl: 'https://e0org.enterprise.slack.com/',
    });

    const sender = createSlackSender({ appUrl: `${base}/slack/events`, signingSecret: SECRET });
    slack.addUser({ id: 'U0ZED', teamId: 'T0BETA' });
    slack.addUser({ id: 'U0ORGUSER', teamId: 'T0ORGA' });
    const r1 = await sender.event(
      appHomeOpenedEvent({ ...slack.eventAuthorization('T0BETA'), user: 'U0ZED' }),
    );
    const r2 = await sender.event(
      appHomeOpenedEvent({ ...slack.eventAuthorization('T0ORGA'), user: 'U0ORGUSER' }),
      {
        retryNum: 1,
        retryReason: 'http_timeout',
      },
    );
    expect([r1.status, r2.status]).toEqual([200, 200]);
    await slack.waitFor(() => published.length === 2);
    expect(published).toEqual([
      { team: 'T0BETA', ok: true },
      { team: 'T0ORGA', ok: true },
    ]);
    const publishes = slack.calls.filter((c) => c.method === 'views.publish');
    expect(publishes.map((c) => [c.teamId, c.token === beta.bot?.token])).toEqual([
      ['T0BETA', true],
      ['T0ORGA', false],
    ]);
    expect(
      (await sender.event(appUninstalledEvent({ teamId: 'T0BETA', botUserId: 'U0BETABOT' }))).status,
    ).toBe(200);
  });

  it('reproduces the rotation race: two parallel refreshes of one token leave one request with a dead token', async () => {
    published.length = 0;
    slack.expireTokens('T0BETA');
    const before = await store.fetchInstallation({
      teamId: 'T0BETA',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    // Make Bolt see the token as expiring (it refreshes under 2 h left).
    if (before.bot) before.bot.expiresAt = Math.floor(Date.now() / 1000) - 10;
    await store.storeInstallation(before);
    // The first refresh reaches Slack late, so the second request reads the same (old) refresh token.
    slack.delay('oauth.v2.access', 200);
    const attempts = slack.refreshAttempts;
    const count = slack.refreshCount;
    const sender = createSlackSender({ appUrl: `${base}/slack/events`, signingSecret: SECRET });
    await Promise.all([
      sender.event(appHomeOpenedEvent({ teamId: 'T0BETA', botUserId: 'U0BETABOT', user: 'U0ZED' })),
      sender.event(appHomeOpenedEvent({ teamId: 'T0BETA', botUserId: 'U0BETABOT', user: 'U0ZED' })),
    ]);
    await slack.waitFor(() => published.length === 2);
    expect([slack.refreshAttempts - attempts, slack.refreshCount - count]).toEqual([2, 1]);
    expect(published.map((p) => p.error ?? 'ok').sort()).toEqual(['ok', 'token_expired']);
    const after = await store.fetchInstallation({
      teamId: 'T0BETA',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(slack.isTokenValid(after.bot?.token as string)).toBe(true);
    expect(slack.tokenInfo(after.bot?.refreshToken as string)?.used).toBe(false);
  });

  it('is refused by a WebClient using a token of another workspace', async () => {
    const beta = await store.fetchInstallation({
      teamId: 'T0BETA',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    const client = new WebClient(beta.bot?.token, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    await expect(client.chat.postMessage({ channel: 'C0PUBLIC', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
  });
});
