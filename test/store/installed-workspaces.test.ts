import { beforeAll, expect, it } from 'vitest';
import { createSlackWeb } from '../../src/slack/web/client.js';
import type { SecretBox } from '../../src/store/crypto.js';
import type { StoreDatabase } from '../../src/store/database.js';
import { createWorkspaceDirectory } from '../../src/store/directory.js';
import type { TrataClient } from '../../src/trata/client.js';
import { installedWorkspaces } from '../../src/workspaces/installed.js';
import { forEachDatabase } from './databases.js';
import { newBox, workspaceInstall } from './fixtures.js';

/**
 * Two instances share one database, each with its own cache. A key refused by Trata marks the
 * workspace's connection broken — but only if it is still the key stored: an admin may have
 * replaced it on the other instance meanwhile.
 */
forEachDatabase((database) => {
  let handle: StoreDatabase;
  let box: SecretBox;
  beforeAll(async () => {
    handle = await database.open();
    box = newBox();
  });

  /** One instance's view: its own directory (cache) and the refusal callbacks its Trata clients got. */
  function instance() {
    const directory = createWorkspaceDirectory(handle.db, box);
    const refusals = new Map<string, (status: number) => Promise<void>>();
    const workspaces = installedWorkspaces({
      directory,
      web: createSlackWeb({ apiUrl: 'http://127.0.0.1:9/api/', fetch: globalThis.fetch }),
      trataFor(apiKey, onRefused) {
        refusals.set(apiKey, onRefused);
        return { close() {} } as unknown as TrataClient;
      },
    });
    return { directory, refusals, workspaces };
  }

  it('a refusal of the old key on one instance does not break the key just connected on another', async () => {
    const a = instance();
    const b = instance();
    await a.directory.installationStore.storeInstallation(workspaceInstall('T0SHARED'));
    await a.directory.trataConnections.save('T0SHARED', 'trata-old-key-1111', 'U0ADMIN');
    // Instance B serves the workspace with the old key (now in its cache).
    expect((await b.workspaces.resolve({ teamId: 'T0SHARED' }))?.trata).toBeDefined();
    // Instance A replaces it; B's next call with the old key is refused by Trata.
    await a.directory.trataConnections.save('T0SHARED', 'trata-new-key-2222', 'U0ADMIN');
    await b.refusals.get('trata-old-key-1111')?.(401);
    const stored = await createWorkspaceDirectory(handle.db, box).trataConnections.get('T0SHARED');
    expect(stored).toMatchObject({ last4: '2222' });
    expect(stored?.broken).toBeUndefined();
  });

  it('a refusal of the key still stored marks the connection broken', async () => {
    const a = instance();
    await a.directory.installationStore.storeInstallation(workspaceInstall('T0ALONE'));
    await a.directory.trataConnections.save('T0ALONE', 'trata-only-key-3333', 'U0ADMIN');
    await a.workspaces.resolve({ teamId: 'T0ALONE' });
    await a.refusals.get('trata-only-key-3333')?.(403);
    const stored = await createWorkspaceDirectory(handle.db, box).trataConnections.get('T0ALONE');
    expect(stored?.broken?.reason).toContain('403');
  });
});
