import { beforeAll, expect, it } from 'vitest';
import type { StoreDatabase } from '../../src/store/database.js';
import { createInstallationStore } from '../../src/store/installations.js';
import { ClaimLostError, createJournal, type Journal, type NewEntry } from '../../src/store/submissions.js';
import { forEachDatabase } from './databases.js';
import { newBox, workspaceInstall } from './fixtures.js';

/** The submissions journal on each database: exactly-once rows, fenced claims, retention, uninstall. */

const CLAIM_MS = 5000;

interface Request {
  name: string;
}
interface Steps {
  created?: string;
  told?: boolean;
}

let sequence = 0;
function newEntry(installationKey = 'TJOURNAL', key = `key-${++sequence}`): NewEntry<Request, Steps> {
  return {
    kind: 'prospect_form',
    key,
    ids: { installationKey, teamId: installationKey, enterpriseId: undefined, isEnterpriseInstall: false },
    userId: 'U0ALICE',
    request: { name: 'Ada Lovelace' },
    steps: {},
  };
}

forEachDatabase((database) => {
  let handle: StoreDatabase;
  let clock = 1_700_000_000_000;
  const journal = (workerId: string): Journal =>
    createJournal(handle.db, { dialect: handle.kind, workerId, claimMs: CLAIM_MS, now: () => clock });
  const rows = (key: string) =>
    handle.db.selectFrom('submissions').selectAll().where('key', '=', key).execute();

  beforeAll(async () => {
    handle = await database.open();
  });

  it('begins a submission once: the second arrival gets the first one’s row, never a second row', async () => {
    const a = journal('worker-a');
    const b = journal('worker-b');
    const entry = newEntry();
    const [first, second] = await Promise.all([
      a.begin(entry),
      b.begin({ ...entry, request: { name: 'x' } }),
    ]);
    expect([first.mine, second.mine].sort()).toEqual([false, true]);
    const again = await a.begin(entry);
    expect(again.mine).toBe(false);
    expect(again.entry.request).toEqual((first.mine ? first : second).entry.request);
    expect(await rows(entry.key)).toHaveLength(1);
  });

  it('records each step as it happens, and finishing ends the claim', async () => {
    const a = journal('worker-a');
    const { entry } = await a.begin(newEntry());
    await a.record(entry, { created: 'p-1' });
    expect((await a.get<Request, Steps>(entry.kind, entry.key))?.steps).toEqual({ created: 'p-1' });
    await a.record(entry, { created: 'p-1', told: true }, { finish: true });
    const stored = await a.get<Request, Steps>(entry.kind, entry.key);
    expect(stored).toMatchObject({
      state: 'finished',
      steps: { created: 'p-1', told: true },
      worker: null,
      finishedAt: clock,
    });
    // Nothing more may be written to a finished submission.
    await expect(a.record(entry, {})).rejects.toBeInstanceOf(ClaimLostError);
  });

  it('lets another instance claim a submission only once its claim has run out', async () => {
    const a = journal('worker-a');
    const b = journal('worker-b');
    const { entry } = await a.begin(newEntry());
    clock += CLAIM_MS - 1;
    expect((await b.claimStale(100)).map((e) => e.key)).not.toContain(entry.key);
    clock += 2;
    const taken = await b.claimStale<Request, Steps>(100);
    expect(taken.map((e) => e.key)).toContain(entry.key);
    expect(taken.find((e) => e.key === entry.key)?.worker).toBe('worker-b');
    // The dead worker's late write is refused: only the new holder records.
    await expect(a.record(entry, { created: 'late' })).rejects.toBeInstanceOf(ClaimLostError);
    const mine = taken.find((e) => e.key === entry.key);
    if (!mine) throw new Error('not taken');
    await b.record(mine, { created: 'p-2' });
    expect((await b.get<Request, Steps>(entry.kind, entry.key))?.steps).toEqual({ created: 'p-2' });
    // And once claimed, no one else can take it while the claim lasts.
    expect((await a.claimStale(100)).map((e) => e.key)).not.toContain(entry.key);
  });

  it('never takes a live claim: renewing keeps it the worker’s for as long as it works', async () => {
    const a = journal('worker-a');
    const b = journal('worker-b');
    const { entry } = await a.begin(newEntry());
    for (let i = 0; i < 5; i++) {
      clock += CLAIM_MS / 2;
      expect(await a.renew()).toBeGreaterThanOrEqual(1);
      expect((await b.claimStale(100)).map((e) => e.key)).not.toContain(entry.key);
    }
    // Renewed throughout: still this worker's, and its writes still go through.
    await a.record(entry, { created: 'p-3' });
    expect((await a.get(entry.kind, entry.key))?.worker).toBe('worker-a');
  });

  it('several instances sweeping at once each take different submissions', async () => {
    // Its own database: no other test's stale rows.
    const own = await database.open(await database.fresh());
    const on = (workerId: string) =>
      createJournal(own.db, { dialect: own.kind, workerId, claimMs: CLAIM_MS, now: () => clock });
    const keys: string[] = [];
    for (let i = 0; i < 12; i++) keys.push((await on('worker-a').begin(newEntry())).entry.key);
    clock += CLAIM_MS + 1;
    const sweeps = await Promise.all(['s1', 's2', 's3'].map((w) => on(w).claimStale(4)));
    const taken = sweeps.flat().map((e) => e.key);
    expect(new Set(taken).size).toBe(taken.length);
    for (const key of keys) expect(taken).toContain(key);
  });

  it('prunes finished submissions once past the retention, never unfinished ones', async () => {
    const a = journal('worker-a');
    const { entry: old } = await a.begin(newEntry());
    await a.record(old, { told: true }, { finish: true });
    const finishedAt = clock;
    const { entry: working } = await a.begin(newEntry());
    clock += 30 * 24 * 60 * 60 * 1000;
    await a.prune(finishedAt);
    expect(await rows(old.key)).toHaveLength(1);
    expect(await a.prune(finishedAt + 1)).toBeGreaterThanOrEqual(1);
    expect(await rows(old.key)).toHaveLength(0);
    expect(await rows(working.key)).toHaveLength(1);
  });

  it('forgets a workspace’s submissions when it uninstalls, and only its own', async () => {
    const installations = createInstallationStore(handle.db, newBox());
    await installations.storeInstallation(workspaceInstall('TGONE'));
    await installations.storeInstallation(workspaceInstall('TSTAYS'));
    const a = journal('worker-a');
    const { entry: gone } = await a.begin(newEntry('TGONE'));
    const { entry: stays } = await a.begin(newEntry('TSTAYS'));
    await installations.deleteInstallation({
      teamId: 'TGONE',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    expect(await rows(gone.key)).toHaveLength(0);
    expect(await rows(stays.key)).toHaveLength(1);
  });
});
