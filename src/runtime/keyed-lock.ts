/** Runs tasks one at a time per key: in this process (KeyedLock) or across instances (store/locks.ts). */
export interface KeyedRunner {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * Runs tasks one at a time per key (e.g. per prospect id), so two people changing the same card at
 * once are applied in order and the last card shown matches the last write to Trata.
 * In-process only: several app instances share store/locks.ts, which queues here first.
 */
export class KeyedLock implements KeyedRunner {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
