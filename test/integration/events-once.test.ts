import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createTrataClient } from '../../src/trata/client.js';
import { forEachDatabase } from '../store/databases.js';
import { appHomeOpenedEvent, createSlackSender } from '../support/slack-client.js';
import { type SlackStandin, startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin, type TrataStandin } from '../support/trata-standin.js';
import { BOT_TOKEN, SIGNING_SECRET, TRATA_KEY } from './harness.js';

/**
 * Slack delivers an Events API callback again (same `event_id`, `x-slack-retry-num`) when its first
 * answer was late or lost, and the redelivery may reach another instance: the event is handled
 * once. app_home_opened shows it — each handling publishes the Home tab.
 */

forEachDatabase((database) => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** One Slack and one Trata, and two instances of the app on one database. */
  async function twoInstances() {
    const slack: SlackStandin = await startSlackStandin({ botToken: BOT_TOKEN });
    const trata: TrataStandin = await startTrataStandin({ apiKey: TRATA_KEY });
    cleanups.push(
      () => slack.close(),
      () => trata.close(),
    );
    const url = await database.fresh();
    const instance = async () => {
      const config = loadConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        TRATA_API_TOKEN: TRATA_KEY,
        TRATA_API_URL: trata.url,
        DATABASE_URL: url,
        PORT: '0',
        LOG_LEVEL: 'warn',
      });
      const logger = createLogger({
        level: 'warn',
        secrets: [BOT_TOKEN, SIGNING_SECRET, TRATA_KEY],
        destination: new Writable({ write: (_c, _e, done) => done() }),
      });
      const store = await database.open(url);
      const running = await createApp({
        config,
        logger,
        trata: createTrataClient({ baseUrl: trata.url, apiToken: TRATA_KEY }),
        store: { database: store, directory: undefined },
      }).start();
      cleanups.push(() => running.stop(2000));
      return createSlackSender({
        appUrl: `http://127.0.0.1:${running.port}/slack/events`,
        signingSecret: SIGNING_SECRET,
      });
    };
    const one = await instance();
    const two = await instance();
    const publishes = () => slack.calls.filter((c) => c.method === 'views.publish').length;
    return { slack, one, two, publishes };
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it('a redelivered event (x-slack-retry-num: 1) is handled once, on the same instance or another', async () => {
    const { slack, one, two, publishes } = await twoInstances();
    const event = appHomeOpenedEvent({ user: 'U0ALICE', eventId: 'Ev0REDELIVERED' });
    expect((await one.event(event)).status).toBe(200);
    await slack.waitFor(() => slack.homeTabs.get('U0ALICE'));
    expect(publishes()).toBe(1);

    // Slack's retries are answered 200 (or Slack would send them yet again) and do nothing more.
    expect((await one.event(event, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await two.event(event, { retryNum: 1, retryReason: 'http_timeout' })).status).toBe(200);
    expect((await two.event(event, { retryNum: 2, retryReason: 'http_timeout' })).status).toBe(200);
    await settle();
    expect(publishes()).toBe(1);

    // A new event (another id) is still handled by the other instance: the refusals were the id's.
    await two.event(appHomeOpenedEvent({ user: 'U0ALICE', eventId: 'Ev0NEXTOPEN' }));
    await slack.waitFor(() => publishes() === 2 || undefined);
  }, 30_000);

  it('the same event arriving at two instances at once is handled by one of them', async () => {
    const { one, two, publishes } = await twoInstances();
    const event = appHomeOpenedEvent({ user: 'U0ALICE', eventId: 'Ev0BOTHATONCE' });
    await Promise.all([one.event(event), two.event(event, { retryNum: 1 })]);
    await settle();
    expect(publishes()).toBe(1);
  }, 30_000);
});
