import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

/** Issue 16: the start-up messages a new user meets. */
const valid = {
  SLACK_BOT_TOKEN: 'xoxb-1234-5678-abc',
  SLACK_SIGNING_SECRET: '0123456789abcdef0123',
  TRATA_API_TOKEN: 'trata-live-key-0123456789',
};

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...valid, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('config messages', () => {
  it('DEFAULT_PHONE_REGION=UK says to use GB', () => {
    expect(problems({ DEFAULT_PHONE_REGION: 'uk' })).toEqual([
      'DEFAULT_PHONE_REGION=UK is not a country code — use GB (the ISO code for the United Kingdom)',
    ]);
  });

  it('a bad SLACK_API_URL is reported once', () => {
    for (const bad of ['not a url', 'ftp://slack.com/api', 'slack.com/api']) {
      expect(problems({ SLACK_API_URL: bad })).toEqual([
        'SLACK_API_URL must start with https:// (or http:// for a local stand-in), such as https://…',
      ]);
    }
  });

  it('TRATA_APP_URL must be a URL with {id}; unset means no View in Trata', () => {
    expect(loadConfig(valid).trata.appUrl).toBeUndefined();
    expect(loadConfig({ ...valid, TRATA_APP_URL: 'https://app.trata.ai/p/{id}' }).trata.appUrl).toBe(
      'https://app.trata.ai/p/{id}',
    );
    expect(problems({ TRATA_APP_URL: 'https://app.trata.ai/prospects' })).toEqual([
      'TRATA_APP_URL must contain {id} where the prospect id goes, such as https://app.trata.ai/prospects/{id}',
    ]);
  });
});
