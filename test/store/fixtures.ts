import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { createSecretBox, type SecretBox } from '../../src/store/crypto.js';

/** Test keys and installations shaped like what @slack/oauth hands the store after oauth.v2.access. */

export function newKeyText(): string {
  return randomBytes(32).toString('base64');
}

export function newBox(previous?: string): SecretBox {
  return createSecretBox({ key: newKeyText(), previous });
}

const random = () => randomBytes(9).toString('hex');

export function botToken(): string {
  return `xoxb-${random()}`;
}

export function refreshToken(): string {
  return `xoxe-1-${random()}`;
}

export function workspaceInstall(
  teamId: string,
  { enterpriseId, token = botToken() }: { enterpriseId?: string; token?: string } = {},
): Installation<'v2', false> {
  return {
    team: { id: teamId, name: `Team ${teamId}` },
    enterprise: enterpriseId ? { id: enterpriseId, name: `Org ${enterpriseId}` } : undefined,
    user: { token: undefined, scopes: undefined, id: 'U0INSTALLER' },
    bot: { token, scopes: ['commands', 'chat:write'], id: 'B0BOT', userId: 'U0BOT' },
    appId: 'A0APP',
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
  };
}

export function orgInstall(enterpriseId: string, { token = botToken() } = {}): Installation<'v2', true> {
  return {
    team: undefined,
    enterprise: { id: enterpriseId, name: `Org ${enterpriseId}` },
    user: { token: undefined, scopes: undefined, id: 'U0ORGADMIN' },
    bot: { token, scopes: ['commands', 'chat:write'], id: 'B0ORGBOT', userId: 'U0ORGBOT' },
    appId: 'A0APP',
    tokenType: 'bot',
    isEnterpriseInstall: true,
    enterpriseUrl: `https://${enterpriseId.toLowerCase()}.enterprise.slack.com/`,
    authVersion: 'v2',
  };
}

/** With token rotation: a refresh token and an expiry (seconds, as Bolt counts). */
export function rotatingInstall(teamId: string, expiresAtSeconds: number): Installation<'v2', false> {
  const installation = workspaceInstall(teamId);
  installation.bot = { ...installation.bot!, refreshToken: refreshToken(), expiresAt: expiresAtSeconds };
  return installation;
}
