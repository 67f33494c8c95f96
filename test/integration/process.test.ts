import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listeningPort,
  openFormByCommand as openForm,
  runProcess,
  until,
  useBuiltApp,
} from '../support/app-process.js';
import { viewSubmissionPayload } from '../support/slack-client.js';
import { type SlackStandin, startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin, type TrataStandin } from '../support/trata-standin.js';
import { formValues, SIGNING_SECRET } from './harness.js';

/** The app as `npm start` runs it — the bundled build as a process, reading its environment, stopping on signals. */

const BOT = 'xoxb-process-test-token';
const KEY = 'trata-process-test-key';

const built = useBuiltApp();

function runApp(env: Record<string, string>) {
  return runProcess(process.execPath, [built.bundle], { cwd: built.dir, env });
}

describe('start-up configuration', () => {
  it('stops with one message naming each missing or malformed setting, exit code 1', async () => {
    const app = runApp({ SLACK_BOT_TOKEN: 'xoxp-wrong', PORT: 'abc' });
    expect(await app.exited).toBe(1);
    const message = app.err();
    expect(message).toContain('The app cannot start');
    expect(message).toContain('SLACK_BOT_TOKEN must start with xoxb-');
    expect(message).toContain('TRATA_API_TOKEN is missing');
    expect(message).toContain('PORT must be a number');
    expect(message).toContain('SLACK_SIGNING_SECRET is missing');
    expect(message).not.toContain('xoxp-wrong');
  }, 20_000);

  it('says clearly when Slack refuses the bot token', async () => {
    const slack = await startSlackStandin({ botToken: 'xoxb-the-real-one' });
    const app = runApp({
      SLACK_BOT_TOKEN: 'xoxb-a-revoked-one',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_TOKEN: KEY,
      PORT: '0',
    });
    expect(await app.exited).toBe(1);
    // One plain sentence for the person; the JSON line is for log collectors (stdout is not a terminal here).
    expect(app.err().trim().split('\n')).toEqual([
      expect.stringContaining('Slack refused SLACK_BOT_TOKEN (invalid_auth)'),
    ]);
    const fatal = app
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: string; msg: string })
      .filter((line) => line.level === 'fatal');
    expect(fatal).toEqual([
      expect.objectContaining({ msg: expect.stringContaining('Slack refused SLACK_BOT_TOKEN') }),
    ]);
    expect(app.out() + app.err()).not.toContain('xoxb-a-revoked-one');
    await slack.close();
  }, 20_000);
});

describe('Socket Mode', () => {
  it('asks Slack for a socket at SLACK_API_URL with the app token, and names that token when refused', async () => {
    const slack = await startSlackStandin({ botToken: BOT });
    const app = runApp({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: 'xapp-1-A0APP-1-notarealtoken',
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_TOKEN: KEY,
    });
    expect(await app.exited).toBe(1);
    expect(slack.calls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    expect(app.err()).toContain('Slack refused SLACK_APP_TOKEN (invalid_auth)');
    expect(app.out() + app.err()).not.toContain('notarealtoken');
    await slack.close();
  }, 20_000);
});

describe('graceful shutdown', () => {
  let slack: SlackStandin;
  let trata: TrataStandin;
  let app: ReturnType<typeof runApp>;
  let port: number;

  beforeEach(async () => {
    slack = await startSlackStandin({ botToken: BOT });
    trata = await startTrataStandin({ apiKey: KEY });
    app = runApp({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_TOKEN: KEY,
      TRATA_API_URL: trata.url,
      PORT: '0',
    });
    await until(() => app.out().includes('app ready'), 15_000);
    port = listeningPort(app.out());
  }, 20_000);
  const openFormByCommand = () => openForm(slack, port, SIGNING_SECRET);

  afterEach(async () => {
    app.child.kill('SIGKILL');
    await slack.close();
    await trata.close();
  });

  it('answers /healthz, then on SIGTERM finishes the submission in flight and exits 0', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const { sender, opened } = await openFormByCommand();

    // Trata is slow: the submission is still in flight when the signal arrives.
    trata.inject('POST /v1/prospects', { delayMs: 1500 });
    const values = formValues(opened.view, { name: 'Late Lead', email: 'late@lead.io' });
    const submitted = sender.interaction(viewSubmissionPayload({ view: opened.view, values }));
    await trata.waitFor(() => trata.requests.find((r) => r.method === 'POST'));
    app.child.kill('SIGTERM');

    expect(await app.exited).toBe(0);
    expect((await submitted).status).toBe(200);
    expect(trata.prospects.size).toBe(1);
    expect(slack.messages.some((m) => m.channel === 'C0PUBLIC' && m.text.includes('Late Lead'))).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    // Logs are JSON lines, and no secret is in them.
    const lines = app.out().trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(app.out()).not.toContain(BOT);
    expect(app.out()).not.toContain(KEY);
    expect(app.out()).not.toContain(SIGNING_SECRET);
  }, 20_000);

  it('on SIGTERM after "Creating…" was shown, still creates, posts the card, updates the modal, then exits 0', async () => {
    const { sender, opened } = await openFormByCommand();

    // Trata answers after the ack budget: the form is answered "Creating…" and the rest runs after the request.
    trata.inject('POST /v1/prospects', { delayMs: 3000 });
    const values = formValues(opened.view, { name: 'Later Lead', email: 'later@lead.io' });
    const answer = await sender.interaction(viewSubmissionPayload({ view: opened.view, values }));
    expect(answer.body).toContain('Creating');
    app.child.kill('SIGTERM');

    expect(await app.exited).toBe(0);
    expect(trata.prospects.size).toBe(1);
    expect(slack.messages.some((m) => m.channel === 'C0PUBLIC' && m.text.includes('Later Lead'))).toBe(true);
    expect(JSON.stringify(slack.views.get(opened.id)?.view)).toContain('is now a Trata prospect');
  }, 20_000);
});
