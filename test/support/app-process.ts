import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createSlackSender } from './slack-client.js';
import type { SlackStandin } from './slack-standin.js';

/**
 * The app as a process, the way `npm start` runs it: the production build (scripts/bundle.mjs → one
 * ES module), built once per test file into a temporary folder and run from there — so no .env of
 * the developer's can leak in. The folder is inside dist/ because native addons (better-sqlite3) are
 * loaded from the project's node_modules.
 */
export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;

export interface AppProcess {
  child: ReturnType<typeof spawn>;
  exited: Promise<number | null>;
  out(): string;
  err(): string;
}

/** Builds the bundle before the file's tests and removes it after; returns where it is. */
export function useBuiltApp(): { bundle: string; dir: string } {
  mkdirSync(join(PROJECT_ROOT, 'dist'), { recursive: true });
  const dir = mkdtempSync(join(PROJECT_ROOT, 'dist', 'process-test-'));
  const bundle = join(dir, 'app.mjs');
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/bundle.mjs', bundle], { cwd: PROJECT_ROOT });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return { bundle, dir };
}

/** Runs a command with only the environment given (none of the test runner's leaks in). */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): AppProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += String(d);
  });
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

export async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** `/prospect` in #C0PUBLIC sent to an app process on `port`; resolves with the sender and the form it opened. */
export async function openFormByCommand(slack: SlackStandin, port: number, signingSecret: string) {
  const sender = createSlackSender({ appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret });
  const triggerId = slack.issueTrigger();
  await sender.command({
    trigger_id: triggerId,
    response_url: slack.createResponseUrl('C0PUBLIC', 'U0ALICE'),
  });
  const opened = await slack.waitFor(() => [...slack.views.values()].find((v) => v.triggerId === triggerId));
  return { sender, opened };
}

/** The port the app listens on, from its "app ready" log line (started with PORT=0: no clashes). */
export function listeningPort(out: string): number {
  const port = Number(/"port":(\d+)[^\n]*"msg":"app ready"/.exec(out)?.[1]);
  if (!port) throw new Error('the app has not said which port it listens on');
  return port;
}
