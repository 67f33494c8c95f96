import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listeningPort,
  openFormByCommand,
  PROJECT_ROOT,
  runProcess,
  until,
  useBuiltApp,
} from '../support/app-process.js';
import { viewSubmissionPayload } from '../support/slack-client.js';
import { type SlackStandin, startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin, type TrataStandin } from '../support/trata-standin.js';
import { formValues, SIGNING_SECRET } from './harness.js';

/**
 * SIGTERM / SIGINT end the process within the grace period however it was started — by `npm start`
 * (a container's or process manager's command), with whoever read its output gone, or with Trata
 * never answering — and the work still unfinished is not lost with it.
 */

const BOT = 'xoxb-signals-test-token';
const KEY = 'trata-signals-test-key';
const built = useBuiltApp();

let slack: SlackStandin;
let trata: TrataStandin;
let port: number;
let run = 0;
beforeEach(async () => {
  slack = await startSlackStandin({ botToken: BOT });
  trata = await startTrataStandin({ apiKey: KEY });
  run += 1;
});
afterEach(async () => {
  await slack.close();
  await trata.close();
});

const env = () => ({
  SLACK_BOT_TOKEN: BOT,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  TRATA_API_TOKEN: KEY,
  TRATA_API_URL: trata.url,
  PORT: '0',
  DATABASE_URL: `sqlite:${built.dir}/signals-${run}.db`,
  SHUTDOWN_GRACE_SECONDS: '2',
});

const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('stopping', () => {
  it('SIGTERM to `npm start` reaches the app: both exit, nothing is left running', async () => {
    const npm = runProcess('npm', ['start', '--silent'], {
      cwd: PROJECT_ROOT,
      env: { ...env(), DOTENV_CONFIG_PATH: '/nonexistent/.env', npm_config_update_notifier: 'false' },
    });
    // `prestart` builds dist/app.mjs when the sources changed, then `start` runs it.
    await until(() => npm.out().includes('app ready'), 20_000);
    const appPid = Number(/"pid":(\d+)/.exec(npm.out())?.[1]);
    expect(alive(appPid)).toBe(true);
    npm.child.kill('SIGTERM');
    await npm.exited;
    // The app got the signal, not only npm: it shut down cleanly, and nothing is left running.
    await until(() => npm.out().includes('"msg":"stopped"'), 5000).catch(() => {
      throw new Error(`no "stopped" line; npm printed:\n${npm.out().slice(-1500)}\n${npm.err().slice(-500)}`);
    });
    await until(() => !alive(appPid), 5000);
  }, 30_000);

  it('exits within the grace period even when nobody reads its output any more', async () => {
    const app = runProcess(process.execPath, [built.bundle], { cwd: built.dir, env: env() });
    await until(() => app.out().includes('app ready'), 15_000);
    app.child.stdout?.destroy();
    app.child.stderr?.destroy();
    const started = Date.now();
    app.child.kill('SIGTERM');
    const code = await Promise.race([
      app.exited,
      new Promise((r) => setTimeout(() => r('still running'), 6000)),
    ]);
    if (code === 'still running') app.child.kill('SIGKILL');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(4000);
  }, 30_000);

  it('exits within the grace period while Trata never answers', async () => {
    const app = runProcess(process.execPath, [built.bundle], { cwd: built.dir, env: env() });
    await until(() => app.out().includes('app ready'), 15_000);
    port = listeningPort(app.out());
    const { sender, opened } = await openFormByCommand(slack, port, SIGNING_SECRET);
    trata.inject('GET /v1/prospects', { hang: true }, 10);
    trata.inject('POST /v1/prospects', { hang: true }, 10);
    const values = formValues(opened.view, { name: 'Hung Lead', email: 'hung@lead.io' });
    const answer = await sender.interaction(viewSubmissionPayload({ view: opened.view, values }));
    expect(answer.body).toContain('Creating');
    const started = Date.now();
    app.child.kill('SIGTERM');
    const code = await Promise.race([
      app.exited,
      new Promise((r) => setTimeout(() => r('still running'), 8000)),
    ]);
    if (code === 'still running') app.child.kill('SIGKILL');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(4500);
    expect(app.out()).toContain('grace period over');
  }, 30_000);
});
