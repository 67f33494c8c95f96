import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { formValues, SIGNING_SECRET } from '../integration/harness.js';
import { startProxy, type TestProxy } from './proxy.js';
import { createSlackSender, viewSubmissionPayload } from './slack-client.js';
import { type SlackStandin, type StoredView, startSlackStandin } from './slack-standin.js';
import { startTrataStandin, type TrataStandin } from './trata-standin.js';

/**
 * The bundled app run as real processes (as `npm start` runs it) on one database, with the Slack and
 * Trata stand-ins behind holding proxies (so a test can stop the app at an exact step) and the
 * instances behind a round-robin proxy (a load balancer). Killing one with SIGKILL is a crash.
 */

export const BOT = 'xoxb-durability-test-token';
export const KEY = 'trata-durability-test-key';

const root = new URL('../..', import.meta.url).pathname;

/** Builds the bundle once for the test file, inside dist/ (better-sqlite3 loads from node_modules). */
export function useBundle(): { bundle: string } {
  mkdirSync(join(root, 'dist'), { recursive: true });
  const dir = mkdtempSync(join(root, 'dist', 'durability-test-'));
  const bundle = join(dir, 'app.mjs');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/bundle.mjs', bundle], { cwd: root });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { bundle };
}

export interface Instance {
  port: number;
  url: string;
  out(): string;
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what = 'condition') {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export async function startWorld(bundle: string, databaseUrl: string) {
  const slack: SlackStandin = await startSlackStandin({ botToken: BOT });
  const trata: TrataStandin = await startTrataStandin({ apiKey: KEY });
  const slackProxy = await startProxy([new URL(slack.apiUrl).origin]);
  const trataProxy = await startProxy([trata.url]);
  const instances: Instance[] = [];
  let balancer: TestProxy | undefined;

  async function startInstance(): Promise<Instance> {
    const child = spawn(process.execPath, [bundle], {
      // Its own folder: no .env of the developer's is read.
      cwd: dirname(bundle),
      env: {
        PATH: process.env.PATH ?? '',
        SLACK_BOT_TOKEN: BOT,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: `${slackProxy.url}/api/`,
        TRATA_API_TOKEN: KEY,
        TRATA_API_URL: trataProxy.url,
        DATABASE_URL: databaseUrl,
        // The system picks a free port (the app logs it): a random one may be taken by another test.
        PORT: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stdout += String(d);
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await until(() => stdout.includes('app ready') || child.exitCode !== null, 15_000, 'app ready');
    if (!stdout.includes('app ready')) throw new Error(`app did not start:\n${stdout}`);
    const port = Number(/"port":(\d+)[^\n]*"msg":"app ready"/.exec(stdout)?.[1]);
    if (!Number.isInteger(port) || port <= 0) throw new Error(`app ready without a port:\n${stdout}`);
    const instance: Instance = {
      port,
      url: `http://127.0.0.1:${port}`,
      out: () => stdout,
      exited,
      async kill() {
        child.kill('SIGKILL');
        await exited;
      },
    };
    instances.push(instance);
    return instance;
  }

  /** The URL Slack posts to: one instance, or the load balancer in front of several. */
  const sender = (url: string) =>
    createSlackSender({ appUrl: `${url}/slack/events`, signingSecret: SIGNING_SECRET });

  /** `/prospect` in #C0PUBLIC; resolves with the form the app opened. */
  async function openForm(url: string, user = 'U0ALICE'): Promise<StoredView> {
    const triggerId = slack.issueTrigger({ userId: user });
    await sender(url).command({
      trigger_id: triggerId,
      response_url: slack.createResponseUrl('C0PUBLIC', user),
      channel_id: 'C0PUBLIC',
      user_id: user,
    });
    return slack.waitFor(() => [...slack.views.values()].find((v) => v.triggerId === triggerId));
  }

  /**
   * Presses Submit and applies the answer to the modal as Slack would; resolves with the HTTP
   * answer, or undefined when the app died before answering.
   */
  async function submit(url: string, view: StoredView, name: string) {
    const values = formValues(view.view, {
      name,
      email: `${name.toLowerCase().replace(/\W+/g, '.')}@lead.io`,
    });
    const answer = await sender(url)
      .interaction(viewSubmissionPayload({ view: view.view, values }))
      .catch(() => undefined);
    if (answer?.status === 200 && answer.body.includes('response_action')) {
      // A "Creating…" answer arriving after the outcome was shown must not hide it (Slack applies
      // answers in order; the app updates the modal again when that happens).
      slack.applyViewAck(view.id, answer.body);
    }
    return answer;
  }

  const cardsFor = (name: string) =>
    slack.messages.filter((m) => m.channel === 'C0PUBLIC' && !m.ephemeral && m.text.includes(name));
  const prospectsNamed = (name: string) => [...trata.prospects.values()].filter((p) => p.name === name);
  /** The modal says the prospect was made (updated, or answered with it). */
  const toldInModal = (view: StoredView) =>
    JSON.stringify(slack.views.get(view.id)?.view ?? {}).includes('is now a Trata prospect');

  return {
    slack,
    trata,
    slackProxy,
    trataProxy,
    startInstance,
    async balance(targets: Instance[]) {
      balancer = await startProxy(targets.map((t) => t.url));
      return balancer;
    },
    openForm,
    submit,
    cardsFor,
    prospectsNamed,
    toldInModal,
    async close() {
      for (const instance of instances) await instance.kill();
      await balancer?.close();
      await slackProxy.close();
      await trataProxy.close();
      await slack.close();
      await trata.close();
    },
  };
}
