import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const valid = {
  SLACK_BOT_TOKEN: 'xoxb-123-456-abc',
  SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
  TRATA_API_TOKEN: 'trata-key-123456',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults in HTTP mode', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      mode: 'http',
      port: 3000,
      logLevel: 'info',
      defaultPhoneRegion: 'US',
      slack: { apiUrl: 'https://slack.com/api/' },
      trata: { apiUrl: 'https://api.trata.ai' },
    });
  });

  it('runs in Socket Mode when SLACK_APP_TOKEN is set, without a signing secret', () => {
    const config = loadConfig({
      ...valid,
      SLACK_SIGNING_SECRET: undefined,
      SLACK_APP_TOKEN: 'xapp-1-A1-2-abc',
    });
    expect(config.mode).toBe('socket');
  });

  it('treats empty strings as unset', () => {
    const config = loadConfig({ ...valid, PORT: '', LOG_LEVEL: ' ', SLACK_API_URL: '' });
    expect(config.port).toBe(3000);
    expect(config.logLevel).toBe('info');
    expect(config.slack.apiUrl).toBe('https://slack.com/api/');
  });

  it('normalises URLs: a trailing slash on the Slack API, none on Trata', () => {
    const config = loadConfig({
      ...valid,
      SLACK_API_URL: 'https://slack-gov.com/api',
      TRATA_API_URL: 'http://127.0.0.1:9/',
    });
    expect(config.slack.apiUrl).toBe('https://slack-gov.com/api/');
    expect(config.trata.apiUrl).toBe('http://127.0.0.1:9');
  });

  it('lists every problem at once, each saying how to fix it', () => {
    const list = problems({
      SLACK_BOT_TOKEN: 'xoxp-user-token',
      TRATA_API_TOKEN: '',
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DEFAULT_PHONE_REGION: 'XX',
      SLACK_API_URL: 'ftp://slack.com/api',
    });
    expect(list).toEqual([
      'SLACK_BOT_TOKEN must start with xoxb- — copy the Bot User OAuth Token from OAuth & Permissions',
      'SLACK_API_URL must start with https:// (or http:// for a local stand-in), such as https://…',
      'TRATA_API_TOKEN is missing — create an API key in the Trata dashboard',
      'PORT must be a number',
      'LOG_LEVEL must be one of debug, info, warn, error',
      'DEFAULT_PHONE_REGION must be a two-letter country code such as US, GB or DE',
      expect.stringContaining('SLACK_SIGNING_SECRET is missing'),
    ]);
  });

  it('names a missing bot token and a malformed app token', () => {
    const list = problems({ ...valid, SLACK_BOT_TOKEN: undefined, SLACK_APP_TOKEN: 'xoxb-wrong' });
    expect(list).toContain(
      'SLACK_BOT_TOKEN is missing — copy the Bot User OAuth Token from OAuth & Permissions',
    );
    expect(list.some((p) => p.startsWith('SLACK_APP_TOKEN must start with xapp-'))).toBe(true);
  });

  it('rejects a port out of range and a signing secret that is not hex', () => {
    expect(problems({ ...valid, PORT: '70000' })).toEqual(['PORT must be between 0 and 65535']);
    expect(problems({ ...valid, SLACK_SIGNING_SECRET: 'not a secret' })[0]).toMatch(
      /^SLACK_SIGNING_SECRET must be the hex/,
    );
  });

  it('never echoes a secret value in its message', () => {
    try {
      loadConfig({ ...valid, SLACK_BOT_TOKEN: 'xoxp-very-secret-value', TRATA_API_TOKEN: 'q7z9' });
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toMatch(/very-secret-value|q7z9/);
    }
  });
});

describe('loadConfig: install modes', () => {
  const distributed = {
    SLACK_CLIENT_ID: '1234567890.1234567890',
    SLACK_CLIENT_SECRET: '0123456789abcdef0123456789abcdef',
    SLACK_STATE_SECRET: 'a-long-random-state-secret-0123456789',
    SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef',
    ENCRYPTION_KEY: 'q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c=',
  };

  it('serves one workspace from tokens, or many through Add to Slack', () => {
    expect(loadConfig(valid).install).toBe('single');
    const config = loadConfig(distributed);
    expect(config).toMatchObject({
      install: 'distributed',
      mode: 'http',
      slack: { botToken: undefined, distribution: { clientId: '1234567890.1234567890' } },
      trata: { apiToken: undefined },
    });
    expect(config.encryption?.key).toBe(distributed.ENCRYPTION_KEY);
  });

  it('says which settings to remove when both modes are configured', () => {
    expect(problems({ ...distributed, SLACK_BOT_TOKEN: valid.SLACK_BOT_TOKEN })).toEqual([
      expect.stringMatching(
        /^Both install modes are configured — .*remove SLACK_BOT_TOKEN.*remove SLACK_CLIENT_ID/,
      ),
    ]);
  });

  it('names every missing Add to Slack setting, with a command that makes an encryption key', () => {
    const list = problems({ SLACK_CLIENT_ID: '1234567890.1234567890' });
    expect(list).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^SLACK_CLIENT_SECRET is missing/),
        expect.stringMatching(/^SLACK_STATE_SECRET is missing/),
        expect.stringMatching(/^SLACK_SIGNING_SECRET is missing/),
        expect.stringContaining("ENCRYPTION_KEY is missing — Add to Slack stores each workspace's tokens"),
      ]),
    );
    expect(list.join('\n')).toContain("randomBytes(32).toString('base64')");
    expect(list.join('\n')).not.toMatch(/SLACK_BOT_TOKEN|TRATA_API_TOKEN/);
  });

  it('runs Add to Slack over HTTP only', () => {
    expect(problems({ ...distributed, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' })).toEqual([
      expect.stringMatching(/^SLACK_APP_TOKEN must be empty with Add to Slack/),
    ]);
  });

  it('refuses the placeholders of .env.example as they are', () => {
    const example = Object.fromEntries(
      readFileSync(new URL('../../.env.example', import.meta.url), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => line.split(/=(.*)/, 2) as [string, string]),
    );
    const list = problems({ ...example, SLACK_SIGNING_SECRET: valid.SLACK_SIGNING_SECRET });
    expect(list).toEqual([
      expect.stringMatching(/^SLACK_BOT_TOKEN is still the placeholder from \.env\.example/),
      expect.stringMatching(/^TRATA_API_TOKEN is still the placeholder from \.env\.example/),
    ]);
  });

  it('takes sqlite: and postgres:// database URLs, and says what else it could be', () => {
    expect(loadConfig({ ...valid, DATABASE_URL: 'sqlite:/tmp/x.db' }).databaseUrl).toBe('sqlite:/tmp/x.db');
    expect(loadConfig({ ...valid }).databaseUrl).toBeUndefined();
    expect(problems({ ...valid, DATABASE_URL: 'mysql://db/x' })[0]).toMatch(
      /^DATABASE_URL must be sqlite:PATH/,
    );
  });
});

describe('loadConfig: SUBMISSION_RETENTION_DAYS', () => {
  const message = 'SUBMISSION_RETENTION_DAYS must be between 1 and 3650';

  it('keeps finished submissions 30 days unless told otherwise (unset or empty)', () => {
    expect(loadConfig(valid).submissionRetentionDays).toBe(30);
    expect(loadConfig({ ...valid, SUBMISSION_RETENTION_DAYS: '' }).submissionRetentionDays).toBe(30);
    expect(loadConfig({ ...valid, SUBMISSION_RETENTION_DAYS: ' ' }).submissionRetentionDays).toBe(30);
  });

  it.each([
    ['1', 1],
    ['7', 7],
    ['3650', 3650],
  ])('takes %s days', (value, days) => {
    expect(loadConfig({ ...valid, SUBMISSION_RETENTION_DAYS: value }).submissionRetentionDays).toBe(days);
  });

  it.each([
    ['0', message],
    ['-5', message],
    ['3651', message],
    ['2.5', 'SUBMISSION_RETENTION_DAYS must be a whole number of days'],
    ['a month', 'SUBMISSION_RETENTION_DAYS must be a number of days'],
  ])('refuses %s, saying what it takes', (value, expected) => {
    expect(problems({ ...valid, SUBMISSION_RETENTION_DAYS: value })).toEqual([
      expect.stringContaining(expected),
    ]);
  });
});
