/**
 * How many Slack requests have arrived and not yet been answered. Under a burst, work that can wait
 * (creating prospects already acknowledged with "Creating…") lets the answers go first, so no request
 * misses Slack's 3 s while the app is busy with earlier ones.
 */
export class UnansweredRequests {
  private count = 0;

  arrived(): void {
    this.count++;
  }

  answered(): void {
    this.count = Math.max(0, this.count - 1);
  }

  get pending(): number {
    return this.count;
  }

  /** Resolves once every arrived request is answered, or after `maxWaitMs` at the latest. */
  async drained(maxWaitMs: number): Promise<void> {
    const until = Date.now() + maxWaitMs;
    while (this.count > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}
