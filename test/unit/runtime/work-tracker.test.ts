import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { WorkTracker } from '../../../src/runtime/work-tracker.js';

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A tracker whose log lines are kept, parsed, for the test to read. */
function tracker() {
  const lines: { level: number; msg: string; err?: { message?: string } }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { work: new WorkTracker(pino({ level: 'info' }, stream)), lines };
}

describe('WorkTracker', () => {
  it('is idle at once when nothing is in flight', async () => {
    const { work } = tracker();
    await expect(work.idle(1000)).resolves.toBe(true);
  });

  it('idle() resolves true as soon as the last piece of work ends', async () => {
    const { work } = tracker();
    const request = deferred();
    const afterAnswer = deferred();
    const handled = work.track(() => request.promise);
    work.background(() => afterAnswer.promise);
    expect(work.pending).toBe(2);

    let settled: boolean | undefined;
    const idle = work.idle(10_000).then((v) => {
      settled = v;
    });
    request.resolve();
    await handled;
    await tick();
    expect(settled).toBeUndefined(); // the background work still runs

    afterAnswer.resolve();
    await idle;
    expect(settled).toBe(true);
    expect(work.pending).toBe(0);
  });

  it('idle() resolves false once the grace is over with work still running', async () => {
    const { work } = tracker();
    const stuck = deferred();
    work.background(() => stuck.promise);
    const started = Date.now();
    await expect(work.idle(30)).resolves.toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(work.pending).toBe(1);
    stuck.resolve();
  });

  it('track() passes the task’s result and its failure through, and counts it done either way', async () => {
    const { work } = tracker();
    await expect(work.track(async () => 42)).resolves.toBe(42);
    await expect(work.track(async () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(work.pending).toBe(0);
  });

  it('a background failure is logged, not thrown, and no longer counts as in flight', async () => {
    const { work, lines } = tracker();
    const failing = deferred();
    expect(() => work.background(() => failing.promise)).not.toThrow();
    failing.reject(new Error('views.update failed'));
    await expect(work.idle(1000)).resolves.toBe(true);
    await tick();

    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'work after an answered request failed',
      err: { message: 'views.update failed' },
    });
  });

  it('a background task that throws before its first await is logged too', async () => {
    const { work, lines } = tracker();
    work.background(() => {
      throw new Error('thrown at once');
    });
    await tick();
    expect(lines.map((l) => l.err?.message)).toEqual(['thrown at once']);
    expect(work.pending).toBe(0);
  });
});
