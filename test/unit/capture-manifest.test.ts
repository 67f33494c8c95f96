import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES, FUNCTION } from '../../src/slack/ids.js';

interface Param {
  type: string;
  title?: string;
  description?: string;
}
interface Manifest {
  functions?: Record<
    string,
    {
      title: string;
      description: string;
      input_parameters: { properties: Record<string, Param>; required?: string[] };
      output_parameters: { properties: Record<string, Param>; required?: string[] };
    }
  >;
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    org_deploy_enabled?: boolean;
    function_runtime?: string;
    event_subscriptions?: { bot_events?: string[] };
  };
}

/** What the step completes with (src/capture/step.ts StepOutputs). */
const OUTPUT_NAMES = ['prospect_id', 'prospect_name', 'status', 'created'];

const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')) as Manifest;

describe('manifest.yml: capture without a click', () => {
  it('declares the workflow step with the inputs and outputs the app reads and writes', () => {
    const step = manifest.functions?.[FUNCTION.createProspect];
    expect(step?.title.length).toBeLessThanOrEqual(255);
    const inputs = step?.input_parameters.properties ?? {};
    expect(Object.keys(inputs).sort()).toEqual(
      ['channel_id', 'email', 'lead_text', 'message_ts', 'name', 'notes', 'phone', 'status'].sort(),
    );
    expect(inputs.channel_id?.type).toBe('slack#/types/channel_id');
    expect(inputs.message_ts?.type).toBe('slack#/types/message_ts');
    expect(step?.input_parameters.required ?? []).toEqual([]);
    const outputs = step?.output_parameters.properties ?? {};
    expect(Object.keys(outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    expect(outputs.created?.type).toBe('boolean');
  });

  it('has the settings custom steps need, and subscribes to function_executed and the message events', () => {
    expect(manifest.settings.org_deploy_enabled).toBe(true);
    expect(manifest.settings.function_runtime).toBe('remote');
    expect(manifest.settings.event_subscriptions?.bot_events).toEqual(
      expect.arrayContaining(['function_executed', 'message.channels', 'message.groups']),
    );
  });

  it('asks for the history scopes watched channels need, in the manifest and in Add to Slack', () => {
    for (const scope of ['channels:history', 'groups:history']) {
      expect(manifest.oauth_config.scopes.bot).toContain(scope);
      expect(BOT_SCOPES).toContain(scope);
    }
  });
});
