/**
 * The app's store for the bench: a fresh SQLite file under the measured checkout's dist/ folder, or a
 * fresh PostgreSQL database `bench_<random>` (dropped after); and, for distributed mode, installed
 * workspaces seeded the way the app stores them (the OAuth exchange with the Slack stand-in, Bolt's
 * Installation shape, the app's own installation store and Trata connections, sealed under
 * ENCRYPTION_KEY).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { createSecretBox } from '../../src/store/crypto.js';
import { openDatabase } from '../../src/store/database.js';
import type { AnyInstallation } from '../../src/store/installations.js';
import { createInstallationStore } from '../../src/store/installations.js';
import { createTrataConnections } from '../../src/store/trata-connections.js';
import type { SlackStandin } from '../../test/support/slack-standin.js';
import type { TrataStandin } from '../../test/support/trata-standin.js';

export const DIST = {
  clientId: '1111111111.2222222222',
  clientSecret: 'c0ffee00c0ffee00c0ffee00c0ffee00',
  stateSecret: 'state-secret-for-the-install-link-0123456789',
  encryptionKey: 'sd0AbV8mZ89lIM1Nym1a2uan+o3ZAGZ4S0tNhXNonSI=',
};

export interface BenchDatabase {
  url: string;
  kind: 'sqlite' | 'postgres';
  drop(): Promise<void>;
}

const ADMIN_URL = process.env.TEST_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test';

export async function createBenchDatabase(kind: string, dir: string, name: string): Promise<BenchDatabase> {
  if (kind === 'sqlite') {
    const path = join(dir, `${name}.db`);
    return {
      url: `sqlite:${path}`,
      kind,
      async drop() {
        for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
      },
    };
  }
  if (kind !== 'postgres') throw new Error(`--database must be sqlite or postgres, not ${kind}`);
  const database = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return {
    url: url.href,
    kind,
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface BenchTeam {
  teamId: string;
  domain: string;
  channelId: string;
  userId: string;
  trataKey: string;
}

/** Where the single-workspace app's traffic goes (the stand-ins' default team). */
export const DEFAULT_TEAM: BenchTeam = {
  teamId: 'T0TEST',
  domain: 'acme',
  channelId: 'C0PUBLIC',
  userId: 'U0ALICE',
  trataKey: '',
};

async function slackCall(
  apiUrl: string,
  method: string,
  form: Record<string, string>,
  token?: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(method, apiUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await res.json()) as Record<string, unknown>;
  if (body.ok !== true) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return body;
}

/**
 * `count` workspaces installed into the store at `databaseUrl` (migrated here if new), each with its
 * own channel, person and Trata account. The app is started after, so it reads them from the store.
 */
export async function seedWorkspaces(options: {
  slack: SlackStandin;
  trata: TrataStandin;
  databaseUrl: string;
  count: number;
}): Promise<BenchTeam[]> {
  const { slack, trata } = options;
  slack.registerApp({ clientId: DIST.clientId, clientSecret: DIST.clientSecret });
  const database = await openDatabase(options.databaseUrl);
  const box = createSecretBox({ key: DIST.encryptionKey });
  const installations = createInstallationStore(database.db, box);
  const connections = createTrataConnections(database.db, box);
  const teams: BenchTeam[] = [];
  try {
    for (let i = 1; i <= options.count; i++) {
      const n = String(i).padStart(2, '0');
      const team: BenchTeam = {
        teamId: `T0BENCH${n}`,
        domain: `bench${n}`,
        channelId: `C0BENCH${n}`,
        userId: `U0BENCH${n}`,
        trataKey: `trata-bench-key-${n}-${randomBytes(8).toString('hex')}`,
      };
      slack.addWorkspace({
        teamId: team.teamId,
        teamName: `Bench ${n}`,
        domain: team.domain,
        channels: [{ id: team.channelId, name: 'leads', type: 'public', botIsMember: true }],
        users: [{ id: team.userId, name: `bench${n}` }],
      });
      // What Bolt's InstallProvider does on /slack/oauth_redirect: exchange the code, auth.test the bot token.
      const code = slack.authorizeInstall({
        clientId: DIST.clientId,
        teamId: team.teamId,
        userId: team.userId,
      });
      const access = (await slackCall(slack.apiUrl, 'oauth.v2.access', {
        code,
        client_id: DIST.clientId,
        client_secret: DIST.clientSecret,
      })) as {
        team?: { id: string; name?: string };
        enterprise?: { id: string; name?: string } | null;
        authed_user: { id: string; access_token?: string; scope?: string };
        token_type?: string;
        is_enterprise_install?: boolean;
        app_id?: string;
        access_token: string;
        scope: string;
        bot_user_id: string;
      };
      const auth = (await slackCall(slack.apiUrl, 'auth.test', {}, access.access_token)) as {
        bot_id?: string;
      };
      const installation = {
        team: access.team,
        enterprise: access.enterprise ?? undefined,
        user: {
          token: access.authed_user.access_token,
          scopes: access.authed_user.scope?.split(','),
          id: access.authed_user.id,
        },
        tokenType: access.token_type ?? 'bot',
        isEnterpriseInstall: access.is_enterprise_install ?? false,
        appId: access.app_id,
        authVersion: 'v2',
        bot: {
          scopes: access.scope.split(','),
          token: access.access_token,
          userId: access.bot_user_id,
          id: auth.bot_id,
        },
      } as unknown as AnyInstallation;
      await installations.storeInstallation(installation);
      if (!trata.account(team.trataKey)) trata.addAccount(team.trataKey);
      await connections.save(team.teamId, team.trataKey, team.userId);
      teams.push(team);
    }
  } finally {
    await database.close();
  }
  return teams;
}
