import type { Kysely } from 'kysely';
import { type CaptureStore, createCaptureStore } from '../store/captures.js';
import type { Schema } from '../store/schema.js';
import type { CaptureDeps } from './deps.js';
import { type MessageRequest, runMessageCapture } from './message.js';
import { botCompleter, finishStep, runStep, type StepRequest, type StepResult } from './step.js';

/**
 * Capture without a click, wired once per app: the store, and the sweep that finishes what a crashed
 * (or stopped) instance left unfinished — at start-up and then every `sweepMs`, taking only rows whose
 * lease ran out, one instance per row (the claim is a conditional update).
 */
export interface Captures {
  store: CaptureStore;
  deps: CaptureDeps;
  start(): void;
  stop(): void;
  /** One sweep now (tests, start-up); resolves when the rows found were handed to the background. */
  sweep(): Promise<number>;
}

export interface CaptureTiming {
  /** How long a started capture is owned by its instance (default 60 s: a capture takes ≤ ~20 s). */
  leaseMs?: number;
  /** How often to look for captures to finish (default 15 s). */
  sweepMs?: number;
}

const SWEEP_BATCH = 20;

export function createCaptures(
  db: Kysely<Schema>,
  deps: Omit<CaptureDeps, 'store' | 'leaseMs'>,
  timing: CaptureTiming = {},
): Captures {
  const store = createCaptureStore(db);
  const full: CaptureDeps = { ...deps, store, leaseMs: timing.leaseMs ?? 60_000 };
  let timer: NodeJS.Timeout | undefined;
  let sweeping = false;

  async function sweep(): Promise<number> {
    if (sweeping) return 0;
    sweeping = true;
    let taken = 0;
    try {
      for (const key of await store.expired(SWEEP_BATCH)) {
        if (!(await store.claim(key, full.leaseMs))) continue;
        const row = await store.get(key);
        if (!row) continue;
        taken++;
        full.logger.info({ capture: key, attempts: row.attempts }, 'finishing a capture left unfinished');
        full.background(() => resume(full, row.kind, row.state, row.request, row.result));
      }
    } catch (error) {
      full.logger.warn({ err: error }, 'capture sweep failed; will try again');
    } finally {
      sweeping = false;
    }
    return taken;
  }

  return {
    store,
    deps: full,
    sweep,
    start() {
      void sweep();
      timer = setInterval(() => void sweep(), timing.sweepMs ?? 15_000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
}

async function resume(
  deps: CaptureDeps,
  kind: 'step' | 'message',
  state: string,
  request: unknown,
  result: unknown,
): Promise<void> {
  if (kind === 'message') {
    await runMessageCapture(deps, request as MessageRequest, { recheck: true });
    return;
  }
  const step = request as StepRequest;
  const completer = botCompleter(step.executionId);
  if (state === 'completing' && result) {
    // The outcome is known: only Slack is left to tell.
    const workspace = await deps.workspaces.resolve(step.ids);
    if (!workspace) return;
    await finishStep(deps, `step:${step.executionId}`, result as StepResult, completer(workspace.slack));
    return;
  }
  await runStep(deps, step, completer, true);
}
