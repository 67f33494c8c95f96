/**
 * How many Slack requests have arrived and not yet been answered. Under a burst, work that can wait
 * (creating prospects already acknowledged with "Creating…") lets the answers go first, so no request
 * misses Slack's 3 s while the app is busy with earlier ones.
 */
export class UnansweredRequests {
  private count = 0;
  private readonly waiters = new Set<() => void>();

  arrived(): void {
    this.count++;
  }

  answered(): void {
    this.count = Math.max(0, this.count - 1);
    if (this.count === 0) for (const wake of [...this.waiters]) wake();
  }

  get pending(): number {
    return this.count;
  }

  /** Resolves once every arrived request is answered, or after `maxWaitMs` at the latest. */
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
