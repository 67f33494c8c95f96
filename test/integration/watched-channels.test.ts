import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SUGGESTION } from '../../src/slack/ids.js';
import { CAPTURE_MESSAGES } from '../../src/slack/ui/messages.js';
import { forEachDatabase } from '../store/databases.js';
import { viewSubmissionPayload } from '../support/slack-client.js';
import { type CaptureHarness, startCaptureHarness } from './capture-harness.js';
import { formValues } from './harness.js';

/** Channels the app watches for leads: `/prospect watch`, suggestions, auto mode, once per message. */
const LEAD =
  'New enquiry from the website\nName: Priya Raman\nEmail: priya.raman@northwind.io\nPhone: +1 415 555 0134';

forEachDatabase((database) => {
  let h: CaptureHarness;
  beforeAll(async () => {
    h = await startCaptureHarness({ databaseUrl: database.url });
  });
  afterAll(async () => h?.close());
  beforeEach(async () => {
    h.slack.reset();
    h.trata.reset();
    await h.command('unwatch', 'C0PUBLIC');
    await h.command('unwatch', 'C0NOTMEMBER');
    h.slack.reset();
  });

  const settle = () => new Promise((r) => setTimeout(r, 400));

  describe('watch and unwatch', () => {
    it('/prospect watch joins a public channel, tells its members once, and says the setting when nothing changes', async () => {
      const { told } = await h.command('watch', 'C0NOTMEMBER');
      expect(told).toBe(CAPTURE_MESSAGES.watchOn('suggest'));
      expect(h.slack.isMember('C0NOTMEMBER')).toBe(true);
      const announcements = () =>
        h.slack.messages.filter(
          (m) => m.channel === 'C0NOTMEMBER' && m.text.includes('reads new messages here'),
        );
      expect(announcements()).toHaveLength(1);
      const again = await h.command('watch', 'C0NOTMEMBER');
      expect(again.told).toBe(CAPTURE_MESSAGES.watchUnchanged('suggest'));
      const auto = await h.command('watch auto', 'C0NOTMEMBER');
      expect(auto.told).toBe(CAPTURE_MESSAGES.watchOn('auto'));
      expect(announcements()).toHaveLength(1);
      const off = await h.command('unwatch', 'C0NOTMEMBER');
      expect(off.told).toBe(CAPTURE_MESSAGES.unwatched);
      const offAgain = await h.command('unwatch', 'C0NOTMEMBER');
      expect(offAgain.told).toBe(CAPTURE_MESSAGES.notWatched);
    });

    it('a private channel the app is not in: says to /invite it, and watches nothing', async () => {
      const { told } = await h.command('watch', 'G0PRIVATE');
      expect(told).toBe(CAPTURE_MESSAGES.watchInvite);
      await h.post('G0PRIVATE', { text: LEAD, user: 'U0BOB' });
      await settle();
      expect(h.slack.messages.filter((m) => m.channel === 'G0PRIVATE' && !m.ephemeral)).toHaveLength(0);
    });

    it('an unwatched channel is not read', async () => {
      const { ts } = await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB' });
      await settle();
      expect(h.suggestionsFor('C0PUBLIC', ts)).toHaveLength(0);
    });
  });

  describe('suggest mode', () => {
    it('a lead from a person gets one threaded suggestion; Create prospect opens the prefilled form, and the card replaces the suggestion', async () => {
      await h.command('watch', 'C0PUBLIC');
      const { ts, res } = await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB' });
      expect(res.status).toBe(200);
      const suggestion = await h.slack.waitFor(() => h.suggestionsFor('C0PUBLIC', ts)[0]);
      expect(suggestion.text).toBe(
        'Looks like a lead: *Priya Raman* · priya.raman@northwind.io · +1 415 555 0134',
      );
      expect(h.trata.prospects.size).toBe(0);

      const { view } = await h.press(suggestion, SUGGESTION.create);
      expect(view).toBeDefined();
      if (!view) return;
      const values = formValues(view.view);
      expect(values.prospect_email?.email).toMatchObject({ value: 'priya.raman@northwind.io' });
      const submitted = await h.sender.interaction(
        viewSubmissionPayload({ view: view.view, values, team: { id: 'T0TEST', domain: 'standin' } }),
      );
      expect(submitted.status).toBe(200);
      await h.trata.waitFor(() => h.trata.prospects.size === 1);
      const [prospect] = [...h.trata.prospects.values()];
      expect(prospect?.externalReference[0]?.id).toContain(`/archives/C0PUBLIC/p${ts.replace('.', '')}`);
      // The suggestion message now is the card.
      await h.slack.waitFor(() =>
        /Trata prospect: Priya Raman/.test(h.slack.messages.find((m) => m.ts === suggestion.ts)?.text ?? ''),
      );
      expect(h.suggestionsFor('C0PUBLIC', ts)).toHaveLength(0);
      expect(h.cardsFor('C0PUBLIC', ts)).toHaveLength(1);
    });

    it('Not a lead removes the suggestion; nothing reaches Trata', async () => {
      await h.command('watch', 'C0PUBLIC');
      const { ts } = await h.post('C0PUBLIC', { text: LEAD, bot_id: 'B0FORMBOT', subtype: 'bot_message' });
      const suggestion = await h.slack.waitFor(() => h.suggestionsFor('C0PUBLIC', ts)[0]);
      await h.press(suggestion, SUGGESTION.dismiss);
      await h.slack.waitFor(() => h.suggestionsFor('C0PUBLIC', ts).length === 0);
      expect(h.slack.channelHistory('C0PUBLIC').some((m) => m.ts === suggestion.ts)).toBe(false);
      expect(h.trata.prospects.size).toBe(0);
    });

    it('ignores the app’s own posts, edits, joins, thread replies and messages without an email or a valid phone', async () => {
      await h.command('watch', 'C0PUBLIC');
      const posted = [
        await h.post('C0PUBLIC', { text: LEAD, bot_id: h.slack.botId }),
        await h.post('C0PUBLIC', { text: LEAD, user: h.slack.botUserId }),
        await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB', subtype: 'message_changed' }),
        await h.post('C0PUBLIC', {
          text: '<@U0BOB> has joined the channel',
          user: 'U0BOB',
          subtype: 'channel_join',
        }),
        await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB', thread_ts: '1700000000.000001' }),
        await h.post('C0PUBLIC', { text: 'Lunch at noon? Call 555 tomorrow', user: 'U0BOB' }),
      ];
      await settle();
      for (const { ts } of posted) expect(h.suggestionsFor('C0PUBLIC', ts)).toHaveLength(0);
      expect(h.slack.messages.filter((m) => m.text.startsWith('Looks like a lead'))).toHaveLength(0);
    });

    it('the same event twice (an Events API retry) makes one suggestion', async () => {
      await h.command('watch', 'C0PUBLIC');
      const { ts, eventId } = await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB' });
      await h.post(
        'C0PUBLIC',
        { ts, text: LEAD, user: 'U0BOB' },
        { eventId, retry: { retryNum: 1, retryReason: 'http_timeout' }, store: false },
      );
      await h.slack.waitFor(() => h.suggestionsFor('C0PUBLIC', ts)[0]);
      await settle();
      expect(h.suggestionsFor('C0PUBLIC', ts)).toHaveLength(1);
    });
  });

  describe('auto mode', () => {
    it('creates the prospect straight away and posts its card in the thread; the same event twice creates once', async () => {
      await h.command('watch auto', 'C0PUBLIC');
      const { ts, eventId } = await h.post('C0PUBLIC', { text: LEAD, bot_id: 'B0FORMBOT' });
      await h.post(
        'C0PUBLIC',
        { ts, text: LEAD, bot_id: 'B0FORMBOT' },
        { eventId, retry: { retryNum: 1 }, store: false },
      );
      await h.slack.waitFor(() => h.cardsFor('C0PUBLIC', ts)[0]);
      await settle();
      expect(h.trata.prospects.size).toBe(1);
      expect([...h.trata.prospects.values()][0]).toMatchObject({
        email: 'priya.raman@northwind.io',
        phoneNumber: '+14155550134',
      });
      expect(h.cardsFor('C0PUBLIC', ts)).toHaveLength(1);
      expect(h.suggestionsFor('C0PUBLIC', ts)).toHaveLength(0);
    });

    it('an existing prospect is linked: its card in the thread, nothing created', async () => {
      h.trata.seed({ name: 'Priya Raman', email: 'priya.raman@northwind.io', status: 'NEW' });
      await h.command('watch auto', 'C0PUBLIC');
      const { ts } = await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB' });
      const card = await h.slack.waitFor(() => h.cardsFor('C0PUBLIC', ts)[0]);
      expect(card.text).toMatch(/^Existing Trata prospect/);
      expect(h.trata.prospects.size).toBe(1);
    });

    it('a lead without enough to create (a phone that is not valid) falls back to a suggestion', async () => {
      await h.command('watch auto', 'C0PUBLIC');
      const { ts } = await h.post('C0PUBLIC', {
        text: 'New lead\nName: Ola Nordmann\nEmail: ola@@nordmann\nPhone: +47 415 55',
        user: 'U0BOB',
      });
      await settle();
      // Neither an email nor a valid phone: not a lead at all.
      expect(h.suggestionsFor('C0PUBLIC', ts)).toHaveLength(0);
      const second = await h.post('C0PUBLIC', {
        text: 'New lead\nName: Ola Nordmann\nEmail: ola.nordmann@fjord.no\nPhone: +47 415 55',
        user: 'U0BOB',
      });
      const suggestion = await h.slack.waitFor(() => h.suggestionsFor('C0PUBLIC', second.ts)[0]);
      expect(JSON.stringify(suggestion.blocks)).toContain('Not created automatically');
      expect(h.trata.prospects.size).toBe(0);
    });
  });
});
