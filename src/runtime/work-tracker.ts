import type { Logger } from 'pino';

/**
 * Counts work in progress — requests being handled and work that outlives its request (a submission
 * answered "Creating…") — so a shutdown can let it finish before the process exits.
 */
export class WorkTracker {
  private inflight = 0;
  private readonly idleWaiters = new Set<() => void>();

  constructor(private readonly logger: Logger) {}

  get pending(): number {
    return this.inflight;
  }

  /** Runs `task` counted as in flight. */
  async track<T>(task: () => Promise<T>): Promise<T> {
    this.inflight++;
    try {
      return await task();
    } finally {
      this.done();
    }
  }

  /** Starts work that outlives its request; a failure is logged, never lost silently. */
  background(task: () => Promise<void>): void {
    void this.track(task).catch((error: unknown) =>
      this.logger.error({ err: error }, 'work after an answered request failed'),
    );
  }

  /** Resolves true once nothing is in flight, or false after `graceMs`. */
  idle(graceMs: number): Promise<boolean> {
    if (this.inflight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = (idle: boolean) => {
        clearTimeout(timer);
        this.idleWaiters.delete(onIdle);
        resolve(idle);
      };
      const onIdle = () => wake(true);
      const timer = setTimeout(() => wake(false), graceMs);
      timer.unref();
      this.idleWaiters.add(onIdle);
    });
  }

  private done(): void {
    this.inflight--;
    if (this.inflight === 0) for (const wake of [...this.idleWaiters]) wake();
  }
}
