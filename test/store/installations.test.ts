import { beforeAll, expect, it } from 'vitest';
import type { StoreDatabase } from '../../src/store/database.js';
import { InstallationNotFoundError } from '../../src/store/errors.js';
import {
  createInstallationStore,
  installationKey,
  keyOfInstallation,
} from '../../src/store/installations.js';
import { KEPT_PER_INSTALLATION } from '../../src/store/schema.js';
import { createTrataConnections } from '../../src/store/trata-connections.js';
import { forEachDatabase } from './databases.js';
import { newBox, orgInstall, rotatingInstall, workspaceInstall } from './fixtures.js';

it('keys org-wide installs by enterprise id and workspace installs by team id', () => {
  expect(installationKey({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false })).toBe('T1');
  expect(installationKey({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true })).toBe('E1');
  expect(installationKey({ teamId: 'T1' })).toBe('T1');
  expect(keyOfInstallation(orgInstall('E9'))).toBe('E9');
  expect(keyOfInstallation(workspaceInstall('T9', { enterpriseId: 'E9' }))).toBe('T9');
  expect(() => installationKey({ enterpriseId: 'E1' })).toThrow(/no team id/);
  expect(() => installationKey({ teamId: 'T1', isEnterpriseInstall: true })).toThrow(/no enterprise id/);
});

forEachDatabase((database) => {
  let handle: StoreDatabase;
  const box = newBox();
  const changes: string[] = [];
  const store = () => createInstallationStore(handle.db, box, { onChange: (key) => changes.push(key) });

  beforeAll(async () => {
    handle = await database.open();
  });

  it('stores a workspace install and gives back the same installation', async () => {
    const installation = workspaceInstall('TROUND');
    await store().storeInstallation(installation);
    expect(changes).toContain('TROUND');
    const fetched = await store().fetchInstallation({
      teamId: 'TROUND',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetched).toEqual(JSON.parse(JSON.stringify(installation)));

    const row = await handle.db
      .selectFrom('installations')
      .selectAll()
      .where('key', '=', 'TROUND')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      team_id: 'TROUND',
      enterprise_id: null,
      is_enterprise_install: 0,
      bot_user_id: 'U0BOT',
      bot_id: 'B0BOT',
      installer_user_id: 'U0INSTALLER',
      team_name: 'Team TROUND',
      bot_token_expires_at: null,
    });
    expect(row.installed_at).toBeTypeOf('number');
    expect(row.secret).not.toContain(installation.bot?.token);
  });

  it('serves an org-wide install to every workspace of the org', async () => {
    const installation = orgInstall('EORG');
    await store().storeInstallation(installation);
    const s = store();
    const direct = await s.fetchInstallation({
      teamId: undefined,
      enterpriseId: 'EORG',
      isEnterpriseInstall: true,
    });
    expect(direct.bot?.token).toBe(installation.bot?.token);
    // A request from a workspace of the org, flagged as org-wide or not: the org's install serves it.
    for (const isEnterpriseInstall of [true, false]) {
      const found = await s.findInstallation({ teamId: 'TINORG', enterpriseId: 'EORG', isEnterpriseInstall });
      expect(found?.key).toBe('EORG');
      expect(found?.installation.bot?.token).toBe(installation.bot?.token);
    }
    const row = await handle.db
      .selectFrom('installations')
      .selectAll()
      .where('key', '=', 'EORG')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      team_id: null,
      enterprise_id: 'EORG',
      is_enterprise_install: 1,
      team_name: 'Org EORG',
    });
  });

  it("prefers a workspace's own install over its org's", async () => {
    await store().storeInstallation(orgInstall('EBOTH'));
    const own = workspaceInstall('TBOTH', { enterpriseId: 'EBOTH' });
    await store().storeInstallation(own);
    const found = await store().findInstallation({
      teamId: 'TBOTH',
      enterpriseId: 'EBOTH',
      isEnterpriseInstall: false,
    });
    expect(found?.key).toBe('TBOTH');
    expect(found?.installation.bot?.token).toBe(own.bot?.token);
  });

  it('does not serve a workspace install to another workspace of the same org', async () => {
    await store().storeInstallation(workspaceInstall('TSOLO', { enterpriseId: 'ESOLO' }));
    const found = await store().findInstallation({
      teamId: 'TOTHER',
      enterpriseId: 'ESOLO',
      isEnterpriseInstall: false,
    });
    expect(found).toBeUndefined();
  });

  it('replaces an installation on reinstall, keeping when it was first installed', async () => {
    let clock = 1_000_000;
    const timed = createInstallationStore(handle.db, box, { now: () => clock });
    await timed.storeInstallation(workspaceInstall('TAGAIN'));
    clock = 2_000_000;
    const again = rotatingInstall('TAGAIN', 1_900_000_000);
    await timed.storeInstallation(again);
    const fetched = await timed.fetchInstallation({
      teamId: 'TAGAIN',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(fetched.bot?.token).toBe(again.bot?.token);
    expect(fetched.bot?.refreshToken).toBe(again.bot?.refreshToken);
    const rows = await handle.db
      .selectFrom('installations')
      .selectAll()
      .where('key', '=', 'TAGAIN')
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      installed_at: 1_000_000,
      updated_at: 2_000_000,
      bot_token_expires_at: 1_900_000_000_000,
    });
  });

  it('throws InstallationNotFoundError (ids only in the message) for an unknown workspace', async () => {
    const error = await store()
      .fetchInstallation({ teamId: 'TNOBODY', enterpriseId: undefined, isEnterpriseInstall: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InstallationNotFoundError);
    expect((error as Error).message).toContain('TNOBODY');
  });

  it('deleteInstallation removes the installation and its Trata connection', async () => {
    await store().storeInstallation(workspaceInstall('TGONE'));
    const connections = createTrataConnections(handle.db, box);
    await connections.save('TGONE', 'trata-key-gone-0001', 'U1');
    await store().deleteInstallation({
      teamId: 'TGONE',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(await store().findInstallation({ teamId: 'TGONE' })).toBeUndefined();
    expect(await connections.get('TGONE')).toBeUndefined();
    expect(changes).toContain('TGONE');
  });

  it('forgetInstallation wipes every table kept per installation, and nothing of other installations', async () => {
    const connections = createTrataConnections(handle.db, box);
    for (const key of ['TWIPE', 'TKEEP']) {
      await store().storeInstallation(workspaceInstall(key));
      await connections.save(key, `trata-key-${key}-9999`, 'U1');
    }
    expect(await store().forgetInstallation('TWIPE')).toBe(true);
    expect(await store().forgetInstallation('TWIPE')).toBe(false);

    for (const table of KEPT_PER_INSTALLATION) {
      const left = await handle.db
        .selectFrom(table)
        .select('installation_key')
        .where('installation_key', '=', 'TWIPE')
        .execute();
      expect(left, table).toEqual([]);
    }
    expect(await store().findInstallation({ teamId: 'TWIPE' })).toBeUndefined();
    expect(await store().findInstallation({ teamId: 'TKEEP' })).toBeDefined();
    expect((await connections.get('TKEEP'))?.apiKey).toBe('trata-key-TKEEP-9999');
  });

  it('every table with an installation_key column is on the list that forgetInstallation wipes', async () => {
    const tables = await handle.db.introspection.getTables();
    const keyed = tables
      .filter((t) => t.columns.some((c) => c.name === 'installation_key'))
      .map((t) => t.name);
    expect(keyed.length).toBeGreaterThan(0);
    expect([...KEPT_PER_INSTALLATION].sort()).toEqual(keyed.sort());
  });

  it('an uninstalled org forgets the org install, and a reinstall starts clean', async () => {
    const connections = createTrataConnections(handle.db, box);
    await store().storeInstallation(orgInstall('ECLEAN'));
    await connections.save('ECLEAN', 'trata-key-org-0042', 'U1');
    await store().deleteInstallation({ teamId: 'TANY', enterpriseId: 'ECLEAN', isEnterpriseInstall: true });
    await store().storeInstallation(orgInstall('ECLEAN'));
    expect(await connections.get('ECLEAN')).toBeUndefined();
  });

  it('refuses a secret copied from another installation row', async () => {
    await store().storeInstallation(workspaceInstall('TVICTIM'));
    await store().storeInstallation(workspaceInstall('TTHIEF'));
    const victim = await handle.db
      .selectFrom('installations')
      .select('secret')
      .where('key', '=', 'TVICTIM')
      .executeTakeFirstOrThrow();
    await handle.db
      .updateTable('installations')
      .set({ secret: victim.secret })
      .where('key', '=', 'TTHIEF')
      .execute();
    const error = await store()
      .findInstallation({ teamId: 'TTHIEF' })
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toBe('SECRETBOX_TAMPERED');
  });
});
