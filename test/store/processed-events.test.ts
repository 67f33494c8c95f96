import { beforeAll, expect, it } from 'vitest';
import type { StoreDatabase } from '../../src/store/database.js';
import { createProcessedEvents } from '../../src/store/processed-events.js';
import { forEachDatabase } from './databases.js';

/** Events API ids handled once across instances: the first insert wins, ids are forgotten later. */

forEachDatabase((database) => {
  let handle: StoreDatabase;
  let clock = 1_700_000_000_000;

  beforeAll(async () => {
    handle = await database.open();
  });

  it('accepts an event id once: a redelivery, from this instance or another, is refused', async () => {
    const one = createProcessedEvents(handle.db, () => clock);
    const two = createProcessedEvents(handle.db, () => clock);
    expect(await one.first('Ev0ONCE')).toBe(true);
    expect(await one.first('Ev0ONCE')).toBe(false);
    expect(await two.first('Ev0ONCE')).toBe(false);
    expect(await two.first('Ev0OTHER')).toBe(true);
  });

  it('refuses all but one of the same id arriving at once', async () => {
    const instances = [1, 2, 3, 4].map(() => createProcessedEvents(handle.db, () => clock));
    const firsts = await Promise.all(instances.map((events) => events.first('Ev0RACE')));
    expect(firsts.filter(Boolean)).toHaveLength(1);
  });

  it('forgets ids received before the cut-off, and only those', async () => {
    const events = createProcessedEvents(handle.db, () => clock);
    await events.first('Ev0OLD');
    const cutOff = clock + 1;
    clock += 60_000;
    await events.first('Ev0NEW');
    expect(await events.prune(cutOff)).toBeGreaterThanOrEqual(1);
    // Forgotten: it would be handled again (Slack's retries are long over by then).
    expect(await events.first('Ev0OLD')).toBe(true);
    expect(await events.first('Ev0NEW')).toBe(false);
  });
});
