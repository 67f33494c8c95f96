import { beforeAll, expect, it } from 'vitest';
import type { StoreDatabase } from '../../src/store/database.js';
import { createStoreLock } from '../../src/store/locks.js';
import { forEachDatabase } from './databases.js';

/** Named locks in the store: holders in different instances take turns; a dead holder's lock expires. */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

forEachDatabase((database) => {
  let handle: StoreDatabase;

  beforeAll(async () => {
    handle = await database.open();
  });

  it('serialises two holders in different instances: the second starts only once the first is done', async () => {
    const one = createStoreLock(handle.db, { holder: 'instance-one', scope: 'test', pollMs: 10 });
    const two = createStoreLock(handle.db, { holder: 'instance-two', scope: 'test', pollMs: 10 });
    const timeline: string[] = [];
    const task = (who: string) => async () => {
      timeline.push(`${who} start`);
      await sleep(80);
      timeline.push(`${who} end`);
      return who;
    };
    const results = await Promise.all([one.run('P1', task('one')), two.run('P1', task('two'))]);
    expect(results).toEqual(['one', 'two']);
    expect(timeline).toHaveLength(4);
    // Never both inside at once.
    expect(timeline[0]?.endsWith('start') && timeline[1]?.endsWith('end')).toBe(true);
    expect(timeline[0]?.split(' ')[0]).toBe(timeline[1]?.split(' ')[0]);
    // Released afterwards: no row left behind.
    expect(
      await handle.db.selectFrom('store_locks').selectAll().where('name', '=', 'test:P1').execute(),
    ).toEqual([]);
  });

  it('holds different names independently', async () => {
    const one = createStoreLock(handle.db, { holder: 'instance-one', scope: 'test', pollMs: 10 });
    const two = createStoreLock(handle.db, { holder: 'instance-two', scope: 'test', pollMs: 10 });
    const inside: string[] = [];
    let both = false;
    const task = (key: string) => async () => {
      inside.push(key);
      await sleep(60);
      both ||= inside.length === 2;
      inside.splice(inside.indexOf(key), 1);
    };
    await Promise.all([one.run('PA', task('PA')), two.run('PB', task('PB'))]);
    expect(both).toBe(true);
  });

  it('takes over a lock whose holder died (its expiry passed), and not before', async () => {
    let clock = 1_700_000_000_000;
    // A holder that died mid-task: its row stays, never renewed nor released.
    await handle.db
      .insertInto('store_locks')
      .values({ name: 'test:PDEAD', holder: 'dead-instance#1', expires_at: clock + 10_000 })
      .execute();
    const alive = createStoreLock(handle.db, {
      holder: 'instance-alive',
      scope: 'test',
      pollMs: 5,
      maxWaitMs: 60_000,
      now: () => clock,
    });
    let ran = false;
    const running = alive.run('PDEAD', async () => {
      ran = true;
    });
    await sleep(100);
    expect(ran).toBe(false);
    clock += 10_001;
    await running;
    expect(ran).toBe(true);
  });

  it('gives up waiting on a live holder after maxWaitMs', async () => {
    const holder = createStoreLock(handle.db, { holder: 'instance-one', scope: 'test', pollMs: 10 });
    const waiter = createStoreLock(handle.db, {
      holder: 'instance-two',
      scope: 'test',
      pollMs: 10,
      maxWaitMs: 150,
    });
    let release!: () => void;
    const held = holder.run('PLONG', () => new Promise<void>((resolve) => (release = resolve)));
    await sleep(30);
    await expect(waiter.run('PLONG', async () => 'ran')).rejects.toMatchObject({ code: 'LOCK_TIMEOUT' });
    release();
    await held;
  });
});
