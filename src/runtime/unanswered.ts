/**
 * How many Slack requests have arrived and not yet been answered. Under a burst, work that can wait
 * (creating prospects already acknowledged with "Creating…") lets the answers go first, so no request
 * misses Slack's 3 s while the app is busy with earlier ones.
 */

/**
 * "Drained" means no request has been waiting for this long. A burst reaches the app a few requests
 * at a time, so the count touches zero between them: waking on the first zero would start the
 * deferred work while more of the burst is still arriving, and its acks would miss Slack's 3 s.
 */
const QUIET_MS = 10;

export class UnansweredRequests {
  private count = 0;
  private readonly waiters = new Set<() => void>();
  private quietTimer: NodeJS.Timeout | undefined;

  arrived(): void {
    this.count++;
    // The quiet moment is over: the next zero starts it again.
    clearTimeout(this.quietTimer);
    this.quietTimer = undefined;
  }

  answered(): void {
    this.count = Math.max(0, this.count - 1);
    if (this.count === 0 && this.waiters.size > 0 && !this.quietTimer) {
      this.quietTimer = setTimeout(() => {
        this.quietTimer = undefined;
        if (this.count === 0) for (const wake of [...this.waiters]) wake();
      }, QUIET_MS);
    }
  }

  get pending(): number {
    return this.count;
  }

  /** Resolves once every arrived request is answered (and none arrives for a moment), or after `maxWaitMs`. */
  drained(maxWaitMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, maxWaitMs);
      this.waiters.add(wake);
    });
  }
}
