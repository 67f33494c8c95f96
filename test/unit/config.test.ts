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
      'SLACK_API_URL must start with https:// (or http:// for a local stand-in)',
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
