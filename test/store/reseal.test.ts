import { beforeAll, expect, it } from 'vitest';
import { createSecretBox } from '../../src/store/crypto.js';
import type { StoreDatabase } from '../../src/store/database.js';
import { createInstallationStore } from '../../src/store/installations.js';
import { resealAll } from '../../src/store/reseal.js';
import { createTrataConnections } from '../../src/store/trata-connections.js';
import { forEachDatabase } from './databases.js';
import { newKeyText, orgInstall, workspaceInstall } from './fixtures.js';

forEachDatabase((database) => {
  let handle: StoreDatabase;
  const oldKey = newKeyText();
  const newKey = newKeyText();
  const before = createSecretBox({ key: oldKey });
  const installation = workspaceInstall('TROTATE');

  beforeAll(async () => {
    handle = await database.open();
    await createInstallationStore(handle.db, before).storeInstallation(installation);
    await createInstallationStore(handle.db, before).storeInstallation(orgInstall('EROTATE'));
    await createTrataConnections(handle.db, before).save('TROTATE', 'tr_live_rotate_me_4321', 'U1');
  });

  it('without the previous key, rows sealed under it do not open and are reported unreadable', async () => {
    const onlyNew = createSecretBox({ key: newKey });
    const error = await createInstallationStore(handle.db, onlyNew)
      .findInstallation({ teamId: 'TROTATE' })
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('SECRETBOX_UNKNOWN_KEY');
    expect(await resealAll(handle.db, onlyNew)).toMatchObject({ resealed: 0, unreadable: 3 });
  });

  it('after a key change (ENCRYPTION_KEY_PREVIOUS), re-seals everything under the new key, once', async () => {
    const rotated = createSecretBox({ key: newKey, previous: oldKey });
    expect(await resealAll(handle.db, rotated)).toEqual({
      resealed: 3,
      unreadable: 0,
      tables: {
        installations: { resealed: 2, unreadable: 0 },
        trata_connections: { resealed: 1, unreadable: 0 },
      },
    });
    expect(await resealAll(handle.db, rotated)).toMatchObject({ resealed: 0, unreadable: 0 });

    // The previous key can now be dropped.
    const onlyNew = createSecretBox({ key: newKey });
    const found = await createInstallationStore(handle.db, onlyNew).findInstallation({ teamId: 'TROTATE' });
    expect(found?.installation.bot?.token).toBe(installation.bot?.token);
    expect((await createTrataConnections(handle.db, onlyNew).get('TROTATE'))?.apiKey).toBe(
      'tr_live_rotate_me_4321',
    );
    const secrets = await handle.db.selectFrom('installations').select('secret').execute();
    for (const { secret } of secrets) expect(onlyNew.sealedWith(secret)).toBe('current');
  });
});
