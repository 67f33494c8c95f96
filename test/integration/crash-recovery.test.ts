import { afterEach, expect, it } from 'vitest';
import { forEachDatabase } from '../store/databases.js';
import { startWorld, until, useBundle } from '../support/app-instances.js';

/**
 * The app SIGKILLed at each step of a submission, then started again on the same database: each
 * time exactly one prospect, exactly one card, and the person told. The stand-ins' proxies hold the
 * app at the step (the held request is never sent on), so the kill lands exactly there.
 */

const { bundle } = useBundle();
/** A restarted app takes work up once the dead worker's claim runs out (5 s) — and then quickly. */
const RECOVERY_MS = 9000;

forEachDatabase((database) => {
  let world: Awaited<ReturnType<typeof startWorld>> | undefined;
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });

  async function crashAt(step: {
    name: string;
    hold: 'trata' | 'slack';
    match: RegExp;
    /** Trata slower than the ack budget: the form is answered "Creating…" first. */
    slowCreate?: boolean;
    lostAnswer?: boolean;
  }) {
    world = await startWorld(bundle, await database.fresh());
    const first = await world.startInstance();
    const view = await world.openForm(first.url);
    if (step.slowCreate) world.trata.inject('POST /v1/prospects', { delayMs: 2300 });
    if (step.lostAnswer) world.trata.inject('POST /v1/prospects', { delayMs: 400 });
    else (step.hold === 'trata' ? world.trataProxy : world.slackProxy).hold(step.match);
    void world.submit(first.url, view, step.name);
    if (step.lostAnswer) {
      await until(() => world?.trata.requests.some((r) => r.method === 'POST') ?? false, 5000, 'the create');
    } else {
      const proxy = step.hold === 'trata' ? world.trataProxy : world.slackProxy;
      await until(() => proxy.held > 0, 8000, `the app to reach ${step.match}`);
    }
    await first.kill();
    // The held request died with the app: wait until the proxy has seen its connection close, so
    // releasing sends on nothing of the dead instance's (it never reached Slack or Trata).
    const held = world;
    await until(
      () => held.trataProxy.held + held.slackProxy.held === 0,
      3000,
      'the held request to be dropped',
    );
    world.trataProxy.release();
    world.slackProxy.release();

    const started = Date.now();
    await world.startInstance();
    const w = world;
    await until(() => w.toldInModal(view), RECOVERY_MS, 'the person to be told');
    // Give a second create or card the chance to show up.
    await new Promise((r) => setTimeout(r, 300));
    expect(w.prospectsNamed(step.name)).toHaveLength(1);
    expect(w.cardsFor(step.name)).toHaveLength(1);
    return Date.now() - started;
  }

  it('killed before the create reached Trata: created once, carded once, told', async () => {
    await crashAt({ name: 'Before Create', hold: 'trata', match: /^POST \/v1\/prospects / });
  }, 30_000);

  it('killed while Trata was creating (the answer is lost): found by its submission key, not made again', async () => {
    await crashAt({ name: 'Lost Answer', hold: 'trata', match: /$^/, lostAnswer: true });
  }, 30_000);

  it('killed after the create, before the card: the card is posted once', async () => {
    await crashAt({ name: 'Before Card', hold: 'slack', match: /chat\.postMessage/ });
  }, 30_000);

  it('killed after the card, before the modal update: the card is not posted again, the modal is updated', async () => {
    await crashAt({ name: 'Before Told', hold: 'slack', match: /views\.update/, slowCreate: true });
  }, 30_000);

  it('the same submission sent twice at once, and again later: one prospect, one card, both answered', async () => {
    world = await startWorld(bundle, await database.fresh());
    const app = await world.startInstance();
    const view = await world.openForm(app.url);
    // What the person pressed Create on: the form (answers replace the stored view with the outcome).
    const form = { ...view, view: structuredClone(view.view) };
    const [a, b] = await Promise.all([
      world.submit(app.url, view, 'Double Click'),
      world.submit(app.url, form, 'Double Click'),
    ]);
    const again = await world.submit(app.url, form, 'Double Click');
    for (const answer of [a, b, again]) {
      expect(answer?.status).toBe(200);
      expect(answer?.body).toMatch(/is now a Trata prospect|Creating/);
    }
    const w = world;
    await until(() => w.toldInModal(view), 5000, 'the outcome');
    await new Promise((r) => setTimeout(r, 300));
    expect(w.prospectsNamed('Double Click')).toHaveLength(1);
    expect(w.cardsFor('Double Click')).toHaveLength(1);
  }, 30_000);

  it('the same submission sent to two instances at once: one prospect, one card', async () => {
    world = await startWorld(bundle, await database.fresh());
    // One after the other: the first migrates a fresh database (SQLite has no cross-process migration lock).
    const one = await world.startInstance();
    const two = await world.startInstance();
    const views = await Promise.all([1, 2, 3, 4, 5].map(() => world?.openForm(one.url)));
    world.trata.inject('POST /v1/prospects', { delayMs: 100 }, 5);
    const w = world;
    await Promise.all(
      views.flatMap((view, i) =>
        view ? [w.submit(one.url, view, `Twin ${i}`), w.submit(two.url, view, `Twin ${i}`)] : [],
      ),
    );
    for (const [i, view] of views.entries()) {
      if (!view) throw new Error('no form');
      await until(() => w.toldInModal(view), 5000, 'the outcome');
      expect(w.prospectsNamed(`Twin ${i}`)).toHaveLength(1);
    }
    await new Promise((r) => setTimeout(r, 300));
    for (const i of [0, 1, 2, 3, 4]) expect(w.cardsFor(`Twin ${i}`)).toHaveLength(1);
  }, 30_000);
});
