import { beforeAll, expect, it } from 'vitest';
import type { StoreDatabase } from '../../src/store/database.js';
import { createWorkspaceDirectory, type WorkspaceDirectory } from '../../src/store/directory.js';
import { InstallationNotFoundError } from '../../src/store/errors.js';
import { forEachDatabase } from './databases.js';
import { newBox, orgInstall, workspaceInstall } from './fixtures.js';

/** The cache is observed by counting the queries that reach the database. */
forEachDatabase((database) => {
  let handle: StoreDatabase;
  let queries = 0;
  let clock = 0;
  let directory: WorkspaceDirectory;
  const box = newBox();
  const query = (teamId: string, enterpriseId?: string) => ({
    teamId,
    enterpriseId,
    isEnterpriseInstall: false,
  });

  beforeAll(async () => {
    handle = await database.open();
    const counted = handle.db.withPlugin({
      transformQuery: (args) => {
        queries += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    directory = createWorkspaceDirectory(counted, box, { ttlMs: 60_000, now: () => clock });
  });

  const counting = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
    const before = queries;
    const result = await fn();
    return [result, queries - before];
  };

  it('serves a repeated installation look-up from memory', async () => {
    await directory.installationStore.storeInstallation(workspaceInstall('THOT'));
    const [first, firstQueries] = await counting(() =>
      directory.installationStore.fetchInstallation(query('THOT')),
    );
    const [second, secondQueries] = await counting(() =>
      directory.installationStore.fetchInstallation(query('THOT')),
    );
    expect(firstQueries).toBe(1);
    expect(secondQueries).toBe(0);
    expect(second).toEqual(first);
  });

  it('hands out copies: mutating one (as Bolt does on token refresh) does not change the cache', async () => {
    const fetched = await directory.installationStore.fetchInstallation(query('THOT'));
    const original = fetched.bot?.token;
    if (fetched.bot) fetched.bot.token = 'xoxb-mutated';
    expect((await directory.installationStore.fetchInstallation(query('THOT'))).bot?.token).toBe(original);
  });

  it('a token refresh (storeInstallation) is seen at once', async () => {
    const refreshed = workspaceInstall('THOT');
    await directory.installationStore.storeInstallation(refreshed);
    const [fetched, n] = await counting(() => directory.installationStore.fetchInstallation(query('THOT')));
    expect(fetched.bot?.token).toBe(refreshed.bot?.token);
    expect(n).toBe(1);
  });

  it('uninstall is seen at once', async () => {
    await directory.installationStore.storeInstallation(workspaceInstall('TBYE'));
    await directory.trataConnections.save('TBYE', 'tr_live_bye_bye_1111', 'U1');
    await directory.installationStore.fetchInstallation(query('TBYE'));
    await directory.trataConnections.get('TBYE');
    await directory.installationStore.deleteInstallation(query('TBYE'));
    await expect(directory.installationStore.fetchInstallation(query('TBYE'))).rejects.toBeInstanceOf(
      InstallationNotFoundError,
    );
    expect(await directory.trataConnections.get('TBYE')).toBeUndefined();
  });

  it('a workspace of an org takes its own install over the org install it was served by', async () => {
    await directory.installationStore.storeInstallation(orgInstall('EDIR'));
    const viaOrg = await directory.installationStore.findInstallation(query('TDIR', 'EDIR'));
    expect(viaOrg?.key).toBe('EDIR');
    await directory.installationStore.storeInstallation(workspaceInstall('TDIR', { enterpriseId: 'EDIR' }));
    expect((await directory.installationStore.findInstallation(query('TDIR', 'EDIR')))?.key).toBe('TDIR');
  });

  it('serves the Trata key from memory, and sees reconnect, broken key and disconnect at once', async () => {
    const trata = directory.trataConnections;
    const [missing, missQueries] = await counting(() => trata.get('TKEYS'));
    expect(missing).toBeUndefined();
    expect(missQueries).toBe(1);
    expect((await counting(() => trata.get('TKEYS')))[1]).toBe(0);

    await trata.save('TKEYS', 'tr_live_first_0001', 'U1');
    expect((await trata.get('TKEYS'))?.apiKey).toBe('tr_live_first_0001');
    expect((await counting(() => trata.get('TKEYS')))[1]).toBe(0);

    await trata.markBroken('TKEYS', 'Trata answered 401');
    expect((await trata.get('TKEYS'))?.broken?.reason).toBe('Trata answered 401');

    await trata.save('TKEYS', 'tr_live_second_0002', 'U1');
    expect(await trata.get('TKEYS')).toMatchObject({ apiKey: 'tr_live_second_0002', last4: '0002' });
    expect((await trata.get('TKEYS'))?.broken).toBeUndefined();

    await trata.remove('TKEYS');
    expect(await trata.get('TKEYS')).toBeUndefined();
  });

  it('re-reads after the TTL, so another instance’s writes are seen', async () => {
    await directory.trataConnections.save('TTTL', 'tr_live_ttl_0001', 'U1');
    await directory.trataConnections.get('TTTL');
    // Another instance (a directory of its own) replaces the key.
    await createWorkspaceDirectory(handle.db, box).trataConnections.save('TTTL', 'tr_live_ttl_0002', 'U2');
    expect((await directory.trataConnections.get('TTTL'))?.apiKey).toBe('tr_live_ttl_0001');
    clock += 60_000;
    expect((await directory.trataConnections.get('TTTL'))?.apiKey).toBe('tr_live_ttl_0002');
  });

  it('does not cache a read that raced an invalidation', async () => {
    await directory.trataConnections.save('TRACE', 'tr_live_race_0001', 'U1');
    const reading = directory.trataConnections.get('TRACE');
    directory.invalidate('TRACE');
    await reading;
    expect((await counting(() => directory.trataConnections.get('TRACE')))[1]).toBe(1);
  });
});
