import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/app.js';
import { startSlackStandin } from '../support/slack-standin.js';
import { startTrataStandin } from '../support/trata-standin.js';
import { BOT_TOKEN, buildTestApp, SIGNING_SECRET, useHarness } from './harness.js';

/** Health and readiness, and the Trata key checked at start-up (single-workspace mode). */

describe('health and readiness', () => {
  const harness = useHarness();

  it('/healthz says the process is alive; /readyz says whether Trata accepts the key', async () => {
    const { appUrl, trata } = harness();
    expect((await fetch(`${appUrl}/healthz`)).status).toBe(200);
    const ready = await fetch(`${appUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, checks: { trata: 'ok' } });

    trata.setOutage(true);
    const down = await fetch(`${appUrl}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ok: false, checks: { trata: 'unreachable' } });
    trata.setOutage(false);
  });
});

describe('start-up', () => {
  it('names TRATA_API_TOKEN when Trata refuses the key, before serving anyone', async () => {
    const slack = await startSlackStandin({ botToken: BOT_TOKEN });
    const trata = await startTrataStandin({ apiKey: 'the-real-trata-key-000' });
    const { start } = buildTestApp({
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      TRATA_API_URL: trata.url,
      TRATA_API_TOKEN: 'a-revoked-trata-key-123',
    });
    const failure = await start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as StartupError).setting).toBe('TRATA_API_TOKEN');
    expect(String((failure as Error).message)).not.toContain('a-revoked-trata-key-123');
    await slack.close();
    await trata.close();
  });
});
