import { describe, expect, it } from 'vitest';
import { KeyedLock } from '../../../src/runtime/keyed-lock.js';
import { Limiter } from '../../../src/runtime/limiter.js';
import { UnansweredRequests } from '../../../src/runtime/unanswered.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe('Limiter', () => {
  it('runs at most `limit` tasks at once, the rest in arrival order', async () => {
    const limiter = new Limiter(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        limiter.run(async () => {
          running++;
          most = Math.max(most, running);
          await tick();
          order.push(n);
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(limiter.pending).toBe(0);
  });

  it('hands a freed slot to the next waiter, so a caller arriving meanwhile cannot exceed the limit', async () => {
    const limiter = new Limiter(1);
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await tick(1);
      running--;
    };
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = limiter.run(() => gate);
    const waiter = limiter.run(task);
    // Queued right behind the first task's end: it runs after the slot is freed, before the waiter wakes.
    const newcomer = gate.then(() => limiter.run(task));
    release();
    await Promise.all([first, waiter, newcomer]);
    expect(most).toBe(1);
  });

  it('frees the slot when a task fails', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(limiter.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('KeyedLock', () => {
  it('runs tasks for one key one after another, and other keys alongside', async () => {
    const lock = new KeyedLock();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await tick(ms);
      log.push(`${name} end`);
    };
    await Promise.all([
      lock.run('a', task('a1', 20)),
      lock.run('a', task('a2', 1)),
      lock.run('b', task('b1', 1)),
    ]);
    expect(log.indexOf('a2 start')).toBeGreaterThan(log.indexOf('a1 end'));
    expect(log.indexOf('b1 end')).toBeLessThan(log.indexOf('a1 end'));
  });

  it('goes on after a failed task', async () => {
    const lock = new KeyedLock();
    await expect(lock.run('a', async () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(lock.run('a', async () => 1)).resolves.toBe(1);
  });
});

describe('UnansweredRequests', () => {
  it('drains when every arrived request is answered, or gives up after the wait', async () => {
    const unanswered = new UnansweredRequests();
    unanswered.arrived();
    unanswered.arrived();
    setTimeout(() => {
      unanswered.answered();
      unanswered.answered();
    }, 20);
    await unanswered.drained(1000);
    expect(unanswered.pending).toBe(0);

    unanswered.arrived();
    const started = Date.now();
    await unanswered.drained(50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(unanswered.pending).toBe(1);
  });

  it('wakes every waiter the moment the last request is answered', async () => {
    const unanswered = new UnansweredRequests();
    unanswered.arrived();
    const woken: number[] = [];
    const started = Date.now();
    const waits = [1, 2, 3].map((n) => unanswered.drained(5000).then(() => woken.push(n)));
    await tick(20);
    expect(woken).toEqual([]);
    unanswered.answered();
    await Promise.all(waits);
    expect(woken).toEqual([1, 2, 3]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps waiting while a burst is still arriving, even if the count touches zero in between', async () => {
    const unanswered = new UnansweredRequests();
    unanswered.arrived();
    let woken = false;
    const wait = unanswered.drained(5000).then(() => {
      woken = true;
    });
    unanswered.answered(); // zero for a moment…
    await tick(3);
    unanswered.arrived(); // …then the next request of the burst
    await tick(30);
    expect(woken).toBe(false);
    unanswered.answered();
    await wait;
    expect(woken).toBe(true);
  });
});
