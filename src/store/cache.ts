/**
 * A small bounded LRU: a Map keeps insertion order, so re-inserting on read makes the first key
 * the least recently used. The TTL bounds how stale an entry can get when another instance
 * changed the row (in-process writes invalidate explicitly).
 */

export interface LruCacheOptions {
  maxEntries: number;
  /** Entries older than this are misses; unset keeps them until evicted or invalidated. */
  ttlMs?: number | undefined;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  storedAt: number;
}

export class LruCache<K, V> {
  readonly #entries = new Map<K, Entry<V>>();
  readonly #maxEntries: number;
  readonly #ttlMs: number | undefined;
  readonly #now: () => number;

  constructor({ maxEntries, ttlMs, now = Date.now }: LruCacheOptions) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new RangeError('maxEntries must be a positive integer');
    this.#maxEntries = maxEntries;
    this.#ttlMs = ttlMs;
    this.#now = now;
  }

  get size(): number {
    return this.#entries.size;
  }

  has(key: K): boolean {
    return this.#fresh(key) !== undefined;
  }

  get(key: K): V | undefined {
    const entry = this.#fresh(key);
    if (entry === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, storedAt: this.#now() });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  /** Removes every entry the predicate picks; for invalidating entries reached by several keys. */
  deleteWhere(predicate: (value: V, key: K) => boolean): void {
    for (const [key, entry] of this.#entries) {
      if (predicate(entry.value, key)) this.#entries.delete(key);
    }
  }

  clear(): void {
    this.#entries.clear();
  }

  #fresh(key: K): Entry<V> | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#ttlMs !== undefined && this.#now() - entry.storedAt >= this.#ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry;
  }
}
