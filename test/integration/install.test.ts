import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION, BLOCK } from '../../src/slack/ids.js';
import { MESSAGES } from '../../src/slack/ui/messages.js';
import { forEachDatabase } from '../store/databases.js';
import { appUninstalledEvent, tokensRevokedEvent } from '../support/slack-client.js';
import {
  CLIENT_ID,
  type Distributed,
  ENCRYPTION_KEY,
  ENCRYPTION_KEY_2,
  startDistributed,
  type Team,
} from './distributed.js';

/**
 * Add to Slack, as a Slack admin does it: install two workspaces and an Enterprise org through
 * the OAuth flow, connect each to its own Trata account from the Home tab, capture a prospect in
 * each, restart and capture again, uninstall and reinstall — on SQLite and on PostgreSQL.
 */

const ALPHA: Team = { teamId: 'T0ALPHA', teamName: 'Alpha Corp', domain: 'alpha', channel: 'C0ALPHA' };
const BETA: Team = { teamId: 'T0BETA', teamName: 'Beta GmbH', domain: 'beta', channel: 'C0BETA' };
const ORG_A: Team = {
  teamId: 'T0ORGA',
  teamName: 'Org East',
  domain: 'org-east',
  enterpriseId: 'E0ORG',
  channel: 'C0ORGA',
};
const ORG_B: Team = {
  teamId: 'T0ORGB',
  teamName: 'Org West',
  domain: 'org-west',
  enterpriseId: 'E0ORG',
  channel: 'C0ORGB',
};

const KEY_ALPHA = 'trata-key-alpha-7f3k2m9q';
const KEY_BETA = 'trata-key-beta-4x8v1n6p';
const KEY_ORG = 'trata-key-org-2c5h8j0w';

const text = (value: unknown) => JSON.stringify(value ?? null);

/** Installs the app in `team` and connects it to the Trata account of `apiKey`, as its admin. */
async function installAndConnect(d: Distributed, team: Team, admin: string, apiKey: string) {
  d.addTeam(team);
  const installed = await d.install({ teamId: team.teamId, teamName: team.teamName, userId: admin });
  expect(installed.status).toBe(200);
  await d.openHome(team, admin);
  const { modal } = await d.pressHome(team, admin, ACTION.connectTrata);
  if (!modal) throw new Error('no Connect Trata modal');
  const saved = await d.submitKey(team, admin, modal, apiKey);
  expect(saved.applied?.action).toBe('clear');
}

/** `/prospect` in the team's channel, then Create prospect with these details; resolves with the card. */
async function capture(d: Distributed, team: Team, user: string, details: { name: string; email: string }) {
  const { view } = await d.command(team, user);
  if (!view) throw new Error('no form opened');
  const submitted = await d.submitForm(team, user, view, details);
  const card = await d.slack.waitFor(() =>
    d.slack.messages.find((m) => m.channel === team.channel && m.text.includes(details.email)),
  );
  return { submitted, card };
}

forEachDatabase((database) => {
  let d: Distributed;
  beforeAll(async () => {
    d = await startDistributed({ databaseUrl: await database.fresh() });
    d.trata.addAccount(KEY_ALPHA);
    d.trata.addAccount(KEY_BETA);
    d.trata.addAccount(KEY_ORG);
  }, 30_000);
  afterAll(async () => d?.close());

  describe('installing', () => {
    it('serves an Add to Slack page, and after approval names the workspace with a link to the Home tab', async () => {
      d.addTeam(ALPHA);
      const result = await d.install({ teamId: ALPHA.teamId, teamName: ALPHA.teamName, userId: 'U0ADA' });
      expect(result.installPage).toContain('Add to Slack');
      expect(result.status).toBe(200);
      expect(result.html).toContain('Installed in Alpha Corp');
      expect(result.html).toMatch(/slack:\/\/app\?team=T0ALPHA&amp;id=A0APP&amp;tab=home/);
    });

    it('shows what happened and how to start again when the install fails — never a stack trace', async () => {
      const first = await d.install({ teamId: ALPHA.teamId, teamName: ALPHA.teamName, userId: 'U0ADA' });
      const replayed = await d.install({ userId: 'U0ADA' }, { reuseCode: first.code });
      expect(replayed.status).toBe(400);
      expect(replayed.html).toContain('The installation did not finish');
      expect(replayed.html).toContain('href="/slack/install"');
      expect(replayed.html).not.toMatch(/at \w+ \(|Error:/);

      const forged = await d.install({ teamId: ALPHA.teamId, userId: 'U0ADA' }, { state: 'forged-state' });
      expect(forged.status).toBe(400);
      expect(forged.html).toContain('install link expired or was opened in another browser');
    });
  });

  describe('connecting Trata, per workspace', () => {
    it('until connected, /prospect says so at once and privately — no form that fails on submit', async () => {
      d.addTeam(BETA);
      await d.install({ teamId: BETA.teamId, teamName: BETA.teamName, userId: 'U0BEN' });
      const { view } = await d.command(BETA, 'U0BOB');
      expect(text(view?.view)).toContain('Trata isn’t connected for this workspace yet');
      expect(text(view?.view)).toContain('<@U0BEN> or a workspace admin');
      expect(text(view?.view)).not.toContain(BLOCK.email);
    });

    it('shows Connect Trata to the installer and admins only; others see who can connect it', async () => {
      d.addMember(BETA, 'U0BADMIN', { is_admin: true });
      const installer = await d.openHome(BETA, 'U0BEN');
      const admin = await d.openHome(BETA, 'U0BADMIN');
      const member = await d.openHome(BETA, 'U0BOB');
      expect(text(installer.home)).toContain(ACTION.connectTrata);
      expect(text(admin.home)).toContain(ACTION.connectTrata);
      expect(text(member.home)).not.toContain(ACTION.connectTrata);
      expect(text(member.home)).toContain('ask <@U0BEN> or a workspace admin');

      const pressed = await d.pressHome(BETA, 'U0BOB', ACTION.connectTrata);
      expect(pressed.modal).toBeUndefined();
    });

    it('checks the key with Trata before saving: a refused key is shown under the field, Trata down is said plainly', async () => {
      await d.openHome(BETA, 'U0BEN');
      const { modal } = await d.pressHome(BETA, 'U0BEN', ACTION.connectTrata);
      if (!modal) throw new Error('no modal');
      const refused = await d.submitKey(BETA, 'U0BEN', modal, 'not-a-real-trata-key');
      expect(refused.applied?.action).toBe('errors');
      expect(text(refused.res.body)).toContain(MESSAGES.connectKeyRefused);

      d.trata.setOutage(true);
      const down = await d.submitKey(BETA, 'U0BEN', modal, KEY_BETA);
      expect(text(down.res.body)).toContain(MESSAGES.connectTrataDown);
      d.trata.setOutage(false);
      const home = await d.openHome(BETA, 'U0BEN');
      expect(text(home.home)).toContain('Connect Trata');
      expect(text(home.home)).not.toContain('key ending in');
    });

    it('answers the key form within Slack’s 3 s even when Trata never answers, and saves nothing', async () => {
      await d.openHome(BETA, 'U0BEN');
      const { modal } = await d.pressHome(BETA, 'U0BEN', ACTION.connectTrata);
      if (!modal) throw new Error('no modal');
      d.trata.inject('GET /v1/prospects', { hang: true }, 5);
      const started = Date.now();
      const hung = await d.submitKey(BETA, 'U0BEN', modal, KEY_BETA);
      expect(hung.res.status).toBe(200);
      expect(text(hung.res.body)).toContain(MESSAGES.connectTrataDown);
      expect(Date.now() - started).toBeLessThan(3000);
      d.trata.reset();
    });

    it('once connected, the Home tab says since when and by whom, shows only the last 4 characters', async () => {
      await installAndConnect(d, BETA, 'U0BEN', KEY_BETA);
      const home = await d.openHome(BETA, 'U0BEN');
      expect(text(home.home)).toContain('Connected');
      expect(text(home.home)).toContain('<@U0BEN>');
      expect(text(home.home)).toContain(`key ending in \`${KEY_BETA.slice(-4)}\``);
      expect(text(home.home)).not.toContain(KEY_BETA);
      expect(text(home.home)).toContain(ACTION.disconnectTrata);
    });
  });

  describe('capturing, workspace by workspace', () => {
    it('two workspaces on two Trata accounts: each prospect lands in its own account, neither sees the other', async () => {
      await installAndConnect(d, ALPHA, 'U0ADA', KEY_ALPHA);
      await installAndConnect(d, BETA, 'U0BEN', KEY_BETA);
      const alpha = await capture(d, ALPHA, 'U0AMY', { name: 'Ana Alpha', email: 'ana@alpha-lead.io' });
      const beta = await capture(d, BETA, 'U0BOB', { name: 'Bo Beta', email: 'bo@beta-lead.de' });

      const accountA = d.trata.account(KEY_ALPHA);
      const accountB = d.trata.account(KEY_BETA);
      expect([...(accountA?.prospects.values() ?? [])].map((p) => p.email)).toEqual(['ana@alpha-lead.io']);
      expect([...(accountB?.prospects.values() ?? [])].map((p) => p.email)).toEqual(['bo@beta-lead.de']);
      expect(alpha.card.teamId).toBe(ALPHA.teamId);
      expect(beta.card.teamId).toBe(BETA.teamId);

      // The duplicate check and the Home tab ask the workspace's own account only.
      const alphaHome = await d.openHome(ALPHA, 'U0AMY');
      expect(text(alphaHome.home)).toContain('Ana Alpha');
      expect(text(alphaHome.home)).not.toContain('Bo Beta');
      const again = await d.command(BETA, 'U0BOB');
      if (!again.view) throw new Error('no form');
      const dup = await d.submitForm(BETA, 'U0BOB', again.view, {
        name: 'Ana Alpha',
        email: 'ana@alpha-lead.io',
      });
      expect(text(dup.res.body)).not.toContain(MESSAGES.duplicateFound);
      expect(d.trata.account(KEY_BETA)?.prospects.size).toBe(2);
      expect(d.trata.account(KEY_ALPHA)?.prospects.size).toBe(1);
    });

    it('after a restart on the same database, captures again without reinstalling or reconnecting', async () => {
      await d.restart();
      const { card } = await capture(d, ALPHA, 'U0AMY', { name: 'Al After', email: 'al@after-restart.io' });
      expect(card.teamId).toBe(ALPHA.teamId);
      expect(d.trata.account(KEY_ALPHA)?.prospects.size).toBe(2);
    });

    it('an org-wide Enterprise Grid install serves every workspace of the org with one Trata account', async () => {
      d.addTeam(ORG_A);
      d.addTeam(ORG_B);
      const installed = await d.install({
        enterpriseId: 'E0ORG',
        isEnterpriseInstall: true,
        userId: 'W0ORGADMIN',
      });
      expect(installed.status).toBe(200);
      const auth = d.slack.eventAuthorization(ORG_A.teamId);
      expect(auth.isEnterpriseInstall).toBe(true);
      await d.openHome(ORG_A, 'W0ORGADMIN');
      const { modal } = await d.pressHome(ORG_A, 'W0ORGADMIN', ACTION.connectTrata);
      if (!modal) throw new Error('no modal');
      expect((await d.submitKey(ORG_A, 'W0ORGADMIN', modal, KEY_ORG)).applied?.action).toBe('clear');

      const { card } = await capture(d, ORG_B, 'W0WEST', { name: 'Wes West', email: 'wes@org-west.io' });
      expect(card.teamId).toBe(ORG_B.teamId);
      expect([...(d.trata.account(KEY_ORG)?.prospects.values() ?? [])].map((p) => p.email)).toEqual([
        'wes@org-west.io',
      ]);
    });
  });

  describe('keys and secrets', () => {
    it('keeps no token or key in clear in the database, and re-encrypts everything when ENCRYPTION_KEY changes', async () => {
      const secrets = [
        KEY_ALPHA,
        KEY_BETA,
        KEY_ORG,
        ...[...d.slack.installations.values()].map((i) => i.accessToken),
      ];
      const before = (await database.dump(database.url))?.toString('latin1') ?? '';
      for (const secret of secrets) expect(before).not.toContain(secret);

      await d.restart({ key: ENCRYPTION_KEY_2, previous: ENCRYPTION_KEY });
      await d.restart({ key: ENCRYPTION_KEY_2 }); // the old key is gone: everything must open under the new one
      const { card } = await capture(d, BETA, 'U0BOB', { name: 'Kay Rotated', email: 'kay@rotated.io' });
      expect(card.teamId).toBe(BETA.teamId);
    });

    it('never logs a workspace token or Trata key, even ones loaded from the store', async () => {
      const tokens = [...d.slack.installations.values()].map((i) => i.accessToken);
      const logs = d.logLines.join('\n');
      expect(logs.length).toBeGreaterThan(1000);
      for (const secret of [KEY_ALPHA, KEY_BETA, KEY_ORG, ...tokens]) expect(logs).not.toContain(secret);
    });

    it('a key Trata later refuses: the person is told, admins see Replace key, other workspaces carry on', async () => {
      d.trata.revokeKey(KEY_BETA);
      const { view } = await d.command(BETA, 'U0BOB');
      if (!view) throw new Error('no form');
      const refused = await d.submitForm(BETA, 'U0BOB', view, { name: 'No Way', email: 'no@way.io' });
      expect(text(refused.res.body)).toContain(MESSAGES.trataAuth.slice(0, 40));

      const admin = await d.openHome(BETA, 'U0BEN');
      expect(text(admin.home)).toContain('Trata refused this workspace’s API key');
      expect(text(admin.home)).toContain('Replace key');
      const next = await d.command(BETA, 'U0BOB');
      expect(text(next.view?.view)).toContain('Trata refused this workspace’s API key');

      const { card } = await capture(d, ALPHA, 'U0AMY', { name: 'Still Fine', email: 'still@fine.io' });
      expect(card.teamId).toBe(ALPHA.teamId);
    });
  });

  describe('uninstalling', () => {
    it('forgets the installation and its Trata key; a reinstall starts clean', async () => {
      const res = await d.sender.event(appUninstalledEvent(d.slack.eventAuthorization(ALPHA.teamId)));
      expect(res.status).toBe(200);
      await d.slack.waitFor(async () => undefined, 10).catch(() => undefined);
      await expect
        .poll(async () =>
          (await d.database.db.selectFrom('installations').select('key').execute()).map((r) => r.key),
        )
        .not.toContain(ALPHA.teamId);
      const connections = await d.database.db
        .selectFrom('trata_connections')
        .select('installation_key')
        .execute();
      expect(connections.map((r) => r.installation_key)).not.toContain(ALPHA.teamId);

      d.slack.uninstall(ALPHA.teamId);
      await d.install({ teamId: ALPHA.teamId, teamName: ALPHA.teamName, userId: 'U0ADA' });
      const home = await d.openHome(ALPHA, 'U0ADA');
      expect(text(home.home)).toContain('Connect Trata');
      expect(text(home.home)).not.toContain('key ending in');
    });

    it('a revoked bot token forgets the workspace too', async () => {
      const auth = d.slack.eventAuthorization(ORG_A.teamId);
      const res = await d.sender.event(tokensRevokedEvent({ ...auth, bot: [auth.botUserId] }));
      expect(res.status).toBe(200);
      await expect
        .poll(async () =>
          (await d.database.db.selectFrom('installations').select('key').execute()).map((r) => r.key),
        )
        .not.toContain('E0ORG');
    });
  });
});

describe('token rotation', () => {
  let d: Distributed;
  const TEAM: Team = { teamId: 'T0ROT', teamName: 'Rotating Ltd', domain: 'rotating', channel: 'C0ROT' };
  beforeAll(async () => {
    // Tokens that live one hour: Bolt refreshes a token with less than two hours left.
    d = await startDistributed({
      databaseUrl: `sqlite:${join(tmpdir(), `rotation-${process.pid}-${Date.now()}.db`)}`,
      tokenRotation: true,
      accessTokenTtlSec: 3600,
    });
    d.trata.addAccount(KEY_ALPHA);
  }, 30_000);
  afterAll(async () => d?.close());

  it('refreshes an expiring token once, even when many requests arrive together, and stores the new one', async () => {
    await installAndConnect(d, TEAM, 'U0ROTADMIN', KEY_ALPHA);
    const before = d.slack.refreshCount;
    // From now on Slack hands out 3-hour tokens: one refresh is enough for a while.
    d.slack.setAccessTokenTtl(CLIENT_ID, 3 * 3600);
    const users = ['U0R1', 'U0R2', 'U0R3', 'U0R4', 'U0R5', 'U0R6'];
    const opened = await Promise.all(users.map((u) => d.command(TEAM, u)));
    expect(opened.map((o) => o.view?.view.callback_id)).toEqual(users.map(() => 'prospect_form'));
    expect(d.slack.refreshCount - before).toBe(1);
    expect(d.slack.refreshAttempts).toBe(d.slack.refreshCount);

    // The refreshed token was stored (encrypted): after a restart it still works, with no refresh.
    await d.restart();
    const again = await d.command(TEAM, 'U0R7');
    expect(again.view?.view.callback_id).toBe('prospect_form');
    expect(d.slack.refreshCount - before).toBe(1);
  });
});
