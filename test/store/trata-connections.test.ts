import { beforeAll, expect, it } from 'vitest';
import type { StoreDatabase } from '../../src/store/database.js';
import { createTrataConnections, type TrataConnections } from '../../src/store/trata-connections.js';
import { forEachDatabase } from './databases.js';
import { newBox } from './fixtures.js';

forEachDatabase((database) => {
  let handle: StoreDatabase;
  let clock = 1_700_000_000_000;
  const changes: string[] = [];
  let connections: TrataConnections;

  beforeAll(async () => {
    handle = await database.open();
    connections = createTrataConnections(handle.db, newBox(), {
      now: () => clock,
      onChange: (key) => changes.push(key),
    });
  });

  it('saves a key and gives it back with who connected it and when', async () => {
    await connections.save('TSAVE', '  tr_live_abcdefghijklmnop1234 ', 'U0ADMIN');
    expect(await connections.get('TSAVE')).toEqual({
      apiKey: 'tr_live_abcdefghijklmnop1234',
      last4: '1234',
      connectedBy: 'U0ADMIN',
      connectedAt: clock,
    });
    expect(changes).toEqual(['TSAVE']);
    const row = await handle.db
      .selectFrom('trata_connections')
      .selectAll()
      .where('installation_key', '=', 'TSAVE')
      .executeTakeFirstOrThrow();
    expect(row.secret).not.toContain('abcdefghijklmnop');
    expect(row.key_last4).toBe('1234');
  });

  it('is undefined for a workspace never connected', async () => {
    expect(await connections.get('TNEVER')).toBeUndefined();
  });

  it('marks a refused key broken, and replacing the key mends it', async () => {
    await connections.save('TBROKEN', 'tr_live_first_key_0001', 'U0ADMIN');
    clock += 60_000;
    expect(await connections.markBroken('TBROKEN', 'Trata answered 401')).toBe(true);
    expect((await connections.get('TBROKEN'))?.broken).toEqual({ at: clock, reason: 'Trata answered 401' });

    clock += 60_000;
    await connections.save('TBROKEN', 'tr_live_second_key_0002', 'U0OTHER');
    const mended = await connections.get('TBROKEN');
    expect(mended).toEqual({
      apiKey: 'tr_live_second_key_0002',
      last4: '0002',
      connectedBy: 'U0OTHER',
      connectedAt: clock,
    });
    expect(await connections.markBroken('TNEVER', 'Trata answered 403')).toBe(false);
  });

  it('removes a connection (Disconnect)', async () => {
    await connections.save('TREMOVE', 'tr_live_remove_me_7777', 'U0ADMIN');
    expect(await connections.remove('TREMOVE')).toBe(true);
    expect(await connections.get('TREMOVE')).toBeUndefined();
    expect(await connections.remove('TREMOVE')).toBe(false);
  });

  it('refuses an empty key', async () => {
    await expect(connections.save('TEMPTY', '   ', 'U0ADMIN')).rejects.toThrow(/cannot be empty/);
  });
});
