import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES, CALLBACK, COMMAND, ROUTES } from '../../src/slack/ids.js';

interface Manifest {
  display_information: { name: string };
  features: {
    app_home?: { home_tab_enabled?: boolean; messages_tab_enabled?: boolean };
    bot_user?: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint?: string }[];
    shortcuts: { name: string; type: string; callback_id: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] }; redirect_urls?: string[] };
  settings: { interactivity: { is_enabled: boolean }; event_subscriptions?: { bot_events?: string[] } };
}

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('declares the slash command the app listens to, with a description and usage hint', () => {
    const command = manifest.features.slash_commands.find((c) => c.command === COMMAND);
    expect(command?.description).toBeTruthy();
    expect(command?.usage_hint).toBeTruthy();
  });

  it('declares the message shortcut with the callback_id the app listens to', () => {
    const shortcut = manifest.features.shortcuts.find((s) => s.callback_id === CALLBACK.messageShortcut);
    expect(shortcut).toMatchObject({ type: 'message', name: 'Create prospect' });
    expect(shortcut?.name.length).toBeLessThanOrEqual(24);
    expect(shortcut?.description.length).toBeLessThanOrEqual(150);
  });

  it('has a bot user, interactivity, and the scopes posting needs', () => {
    expect(manifest.features.bot_user?.display_name).toBeTruthy();
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'chat:write.public']),
    );
  });

  it('enables the Home tab, its event, and the messages tab for cards sent by DM', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.event_subscriptions?.bot_events).toContain('app_home_opened');
  });

  it('asks Add to Slack for exactly the scopes the manifest declares, and sends installers back to the app', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.redirect_urls?.every((u) => u.endsWith(ROUTES.oauthRedirect))).toBe(true);
  });

  it('subscribes to the uninstall events, so an uninstalled workspace is forgotten', () => {
    expect(manifest.settings.event_subscriptions?.bot_events).toEqual(
      expect.arrayContaining(['app_uninstalled', 'tokens_revoked']),
    );
  });
});
