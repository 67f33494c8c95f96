/**
 * At most `limit` tasks run at once; the rest wait their turn in order. Under a burst this keeps CPU
 * for acknowledging new requests (Slack's 3 s) and bounds the memory held by work in progress.
 */
export class Limiter {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Tasks running or waiting. */
  get pending(): number {
    return this.running + this.waiting.length;
  }

  /** With `first`, the task waits ahead of those already waiting (work that has waited elsewhere already). */
  async run<T>(task: () => Promise<T>, { first = false }: { first?: boolean } = {}): Promise<T> {
    if (this.running >= this.limit) {
      // The slot is handed over by the task that frees it (see release): `running` already counts us.
      await new Promise<void>((resolve) =>
        first ? this.waiting.unshift(resolve) : this.waiting.push(resolve),
      );
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** A finished task's slot goes straight to the next waiter, so no caller arriving meanwhile can take it. */
  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}
