import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/store/cache.js';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond its bound', () => {
    const cache = new LruCache<string, number>({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('forgets entries older than the TTL', () => {
    let now = 0;
    const cache = new LruCache<string, string>({ maxEntries: 10, ttlMs: 100, now: () => now });
    cache.set('k', 'v');
    now = 99;
    expect(cache.get('k')).toBe('v');
    now = 100;
    expect(cache.has('k')).toBe(false);
    expect(cache.size).toBe(0);
  });

  it('deletes, deletes by predicate, and clears', () => {
    const cache = new LruCache<string, number>({ maxEntries: 10 });
    for (const [k, v] of Object.entries({ a: 1, b: 2, c: 3, d: 4 })) cache.set(k, v);
    expect(cache.delete('a')).toBe(true);
    expect(cache.delete('a')).toBe(false);
    cache.deleteWhere((v) => v % 2 === 0);
    expect([cache.get('b'), cache.get('c'), cache.get('d')]).toEqual([undefined, 3, undefined]);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('keeps a null value (a cached "not there") distinct from a miss', () => {
    const cache = new LruCache<string, null>({ maxEntries: 1 });
    cache.set('k', null);
    expect(cache.get('k')).toBeNull();
    expect(cache.get('other')).toBeUndefined();
  });

  it('refuses a bound that is not a positive integer', () => {
    expect(() => new LruCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});
