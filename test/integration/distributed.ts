import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { ACTION, BLOCK, CALLBACK, ROUTES } from '../../src/slack/ids.js';
import { createSecretBox } from '../../src/store/crypto.js';
import { openDatabase, type StoreDatabase } from '../../src/store/database.js';
import { createWorkspaceDirectory } from '../../src/store/directory.js';
import { resealAll } from '../../src/store/reseal.js';
import { logLinesInto } from '../support/log-lines.js';
import {
  appHomeOpenedEvent,
  blockActionsPayload,
  createSlackSender,
  type EventTarget,
  viewSubmissionPayload,
} from '../support/slack-client.js';
import { type StoredView, startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin } from '../support/trata-standin.js';
import { type FormEdits, formValues } from './harness.js';

/**
 * The real app in distributed mode (Add to Slack): installed into workspaces through the OAuth
 * flow a Slack admin follows, each workspace connected to its own Trata account from the Home tab,
 * with its store on a real database (SQLite file or PostgreSQL). Helpers speak as an admin or a
 * salesperson in one workspace.
 */

export const CLIENT_ID = '1111111111.2222222222';
export const CLIENT_SECRET = 'c0ffee00c0ffee00c0ffee00c0ffee00';
export const STATE_SECRET = 'state-secret-for-the-install-link-0123456789';
export const SIGNING_SECRET = '5f3a9c0d1e2b4a6c8e0f1a3b5c7d9e1f';
export const ENCRYPTION_KEY = 'sd0AbV8mZ89lIM1Nym1a2uan+o3ZAGZ4S0tNhXNonSI=';
export const ENCRYPTION_KEY_2 = 'T2o7ednaaFMJ794YjFxCRlA7scqlu3LPIEr/3fWzxfA=';

export interface DistributedOptions {
  databaseUrl: string;
  tokenRotation?: boolean;
  accessTokenTtlSec?: number;
}

export interface Team {
  teamId: string;
  teamName: string;
  domain: string;
  enterpriseId?: string;
  /** The workspace's channel where leads are captured. */
  channel: string;
}

export async function startDistributed(options: DistributedOptions) {
  const slack = await startSlackStandin({ botToken: 'xoxb-default-team-not-used' });
  slack.registerApp({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    ...(options.tokenRotation ? { tokenRotation: true } : {}),
    ...(options.accessTokenTtlSec ? { accessTokenTtlSec: options.accessTokenTtlSec } : {}),
  });
  const trata = await startTrataStandin({ apiKey: 'trata-default-account-not-used' });
  const logLines: string[] = [];
  let encryptionKey = ENCRYPTION_KEY;
  let previousKey: string | undefined;

  async function boot() {
    const destination = logLinesInto(logLines);
    const config = loadConfig({
      SLACK_CLIENT_ID: CLIENT_ID,
      SLACK_CLIENT_SECRET: CLIENT_SECRET,
      SLACK_STATE_SECRET: STATE_SECRET,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      ENCRYPTION_KEY: encryptionKey,
      ...(previousKey ? { ENCRYPTION_KEY_PREVIOUS: previousKey } : {}),
      DATABASE_URL: options.databaseUrl,
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_URL: trata.url,
      PORT: '0',
      LOG_LEVEL: 'debug',
    });
    const secrets = new Set([CLIENT_SECRET, STATE_SECRET, SIGNING_SECRET, encryptionKey]);
    const logger = createLogger({ level: 'debug', secrets, destination });
    const database: StoreDatabase = await openDatabase(config.databaseUrl, { logger });
    const box = createSecretBox({ key: encryptionKey, ...(previousKey ? { previous: previousKey } : {}) });
    await resealAll(database.db, box);
    const directory = createWorkspaceDirectory(database.db, box);
    const app = createApp({
      config,
      logger,
      store: { database, directory },
      secrets,
      trataClientOptions: { retry: { baseDelayMs: 50, maxDelayMs: 400, budgetMs: 2000 } },
    });
    const running = await app.start();
    return { running, database, url: `http://127.0.0.1:${running.port}` };
  }

  let current = await boot();
  let sender = createSlackSender({ appUrl: `${current.url}/slack/events`, signingSecret: SIGNING_SECRET });

  async function stop() {
    await current.running.stop(2000);
    await current.database.close();
  }

  /** Stops the app and starts it again on the same database (optionally under a new encryption key). */
  async function restart(keys?: { key: string; previous?: string }) {
    await stop();
    if (keys) {
      encryptionKey = keys.key;
      previousKey = keys.previous;
    }
    current = await boot();
    sender = createSlackSender({ appUrl: `${current.url}/slack/events`, signingSecret: SIGNING_SECRET });
  }

  /**
   * An admin installs the app: opens /slack/install in a browser, approves on Slack (which hands out a
   * code) and is sent back to /slack/oauth_redirect. Resolves with the page they land on.
   */
  async function install(
    who: {
      teamId?: string;
      teamName?: string;
      enterpriseId?: string;
      isEnterpriseInstall?: boolean;
      userId: string;
    },
    tamper: { reuseCode?: string; state?: string; cookie?: string } = {},
  ) {
    const page = await fetch(`${current.url}${ROUTES.install}`);
    const html = await page.text();
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    const state = /[?&]state=([^&"]+)/.exec(html.replace(/&amp;/g, '&'))?.[1] ?? '';
    // Slack grants the scopes the install link asks for.
    const scopes = new URLSearchParams(/\?([^"]+)"/.exec(html.replace(/&amp;/g, '&'))?.[1] ?? '')
      .get('scope')
      ?.split(',');
    const code =
      tamper.reuseCode ??
      slack.authorizeInstall({ clientId: CLIENT_ID, ...(scopes ? { scopes } : {}), ...who });
    const back = await fetch(
      `${current.url}${ROUTES.oauthRedirect}?code=${encodeURIComponent(code)}&state=${tamper.state ?? state}`,
      { headers: { cookie: tamper.cookie ?? cookie } },
    );
    return { status: back.status, html: await back.text(), code, installPage: html };
  }

  function addTeam(team: Team) {
    if (!slack.workspaces().some((w) => w.teamId === team.teamId)) {
      slack.addWorkspace({
        teamId: team.teamId,
        teamName: team.teamName,
        domain: team.domain,
        ...(team.enterpriseId ? { enterpriseId: team.enterpriseId } : {}),
        channels: [{ id: team.channel, name: 'leads', type: 'public', botIsMember: true }],
      });
    }
  }

  /** People belong to their workspace (an id first seen elsewhere would land in the default team). */
  const known = new Set<string>();
  const member = (team: { teamId: string }, userId: string) => {
    if (known.has(userId)) return;
    known.add(userId);
    slack.addUser({ id: userId, teamId: team.teamId });
  };

  const payloadTeam = (team: Team) => ({
    id: team.teamId,
    domain: team.domain,
    ...(team.enterpriseId ? { enterprise_id: team.enterpriseId } : {}),
  });

  /** `/prospect <text>` typed by `userId` in the team's lead channel; resolves with the modal it opened. */
  async function command(team: Team, userId: string, text = '') {
    member(team, userId);
    const triggerId = slack.issueTrigger({ userId, teamId: team.teamId });
    const responseUrl = slack.createResponseUrl(team.channel, userId);
    const res = await sender.command({
      text,
      team_id: team.teamId,
      team_domain: team.domain,
      ...(team.enterpriseId ? { enterprise_id: team.enterpriseId } : {}),
      channel_id: team.channel,
      user_id: userId,
      trigger_id: triggerId,
      response_url: responseUrl,
    });
    const view = await viewOpenedBy(triggerId);
    return { res, view };
  }

  async function viewOpenedBy(triggerId: string): Promise<StoredView | undefined> {
    const find = () => [...slack.views.values()].find((v) => v.triggerId === triggerId);
    await slack.waitFor(() => find() !== undefined, 3000).catch(() => undefined);
    return find();
  }

  /** Presses Submit on the prospect form as `userId` of `team`, and applies the answer as Slack would. */
  async function submitForm(team: Team, userId: string, view: StoredView, edits: FormEdits = {}) {
    const current_ = slack.views.get(view.id) ?? view;
    const res = await sender.interaction(
      viewSubmissionPayload({
        view: current_.view,
        values: formValues(current_.view, edits),
        team: payloadTeam(team),
        user: { id: userId, name: userId.toLowerCase(), teamId: team.teamId },
      }),
    );
    const applied = res.status === 200 ? slack.applyViewAck(view.id, res.body) : undefined;
    return { res, applied, view: slack.views.get(view.id) };
  }

  /** Opens the app's Home tab as `userId`; resolves with the view published for them. */
  async function openHome(target: EventTarget & { teamId: string }, userId: string) {
    member(target, userId);
    slack.homeTabs.delete(userId);
    const res = await sender.event(
      appHomeOpenedEvent({ ...slack.eventAuthorization(target.teamId), user: userId }),
    );
    const home = await slack.waitFor(() => slack.homeTabs.get(userId), 3000).catch(() => undefined);
    return { res, home };
  }

  /** Presses a button on the Home tab; resolves with the modal it opened, if any. */
  async function pressHome(team: Team, userId: string, actionId: string) {
    const home = slack.homeTabs.get(userId) ?? {};
    const triggerId = slack.issueTrigger({ userId, teamId: team.teamId });
    const res = await sender.interaction(
      blockActionsPayload({
        triggerId,
        team: payloadTeam(team),
        user: { id: userId, name: userId.toLowerCase(), teamId: team.teamId },
        view: { id: 'home-view', type: 'home', ...home },
        action: { block_id: 'home', action_id: actionId, type: 'button' },
      }),
    );
    return { res, modal: await viewOpenedBy(triggerId) };
  }

  /** Types an API key into the Connect Trata modal and submits it. */
  async function submitKey(team: Team, userId: string, modal: StoredView, apiKey: string) {
    const res = await sender.interaction(
      viewSubmissionPayload({
        view: { ...modal.view, callback_id: CALLBACK.connectTrata },
        values: { [BLOCK.trataKey]: { [ACTION.trataKey]: { type: 'plain_text_input', value: apiKey } } },
        team: payloadTeam(team),
        user: { id: userId, name: userId.toLowerCase(), teamId: team.teamId },
      }),
    );
    return { res, applied: res.status === 200 ? slack.applyViewAck(modal.id, res.body) : undefined };
  }

  return {
    slack,
    trata,
    logLines,
    get sender() {
      return sender;
    },
    get database() {
      return current.database;
    },
    get url() {
      return current.url;
    },
    install,
    addTeam,
    /** Adds a person to a workspace, e.g. an admin (`is_admin`). */
    addMember(team: { teamId: string }, userId: string, flags: { is_admin?: boolean } = {}) {
      known.add(userId);
      slack.addUser({ id: userId, teamId: team.teamId, ...flags });
    },
    command,
    submitForm,
    openHome,
    pressHome,
    submitKey,
    restart,
    async close() {
      await stop();
      await slack.close();
      await trata.close();
    },
  };
}

export type Distributed = Awaited<ReturnType<typeof startDistributed>>;
