import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CAPTURE_MESSAGES } from '../../src/slack/ui/messages.js';
import { forEachDatabase } from '../store/databases.js';
import { type CaptureHarness, startCaptureHarness } from './capture-harness.js';

/** The Workflow Builder step "Create a Trata prospect", as a workflow run delivers it. */
forEachDatabase((database) => {
  let h: CaptureHarness;
  beforeAll(async () => {
    h = await startCaptureHarness({ databaseUrl: database.url });
  });
  afterAll(async () => h?.close());
  beforeEach(() => {
    h.slack.reset();
    h.trata.reset();
  });

  describe('the workflow step', () => {
    it('with full inputs: creates the prospect in E.164, posts its card in the thread, completes with the outputs', async () => {
      h.slack.addMessage('C0PUBLIC', { ts: '1700000000.000100', text: 'New lead from the site' });
      const { execution, res } = await h.runStep({
        name: 'Priya Raman',
        email: 'Priya.Raman@northwind.io',
        phone: '(415) 555-0134',
        status: 'GENERAL_ENQUIRY',
        notes: 'Wants a demo',
        channel_id: 'C0PUBLIC',
        message_ts: '1700000000.000100',
      });
      expect(res.status).toBe(200);
      await h.stepEnded(execution);
      const [prospect] = [...h.trata.prospects.values()];
      expect(h.trata.prospects.size).toBe(1);
      expect(prospect).toMatchObject({
        name: 'Priya Raman',
        email: 'priya.raman@northwind.io',
        phoneNumber: '+14155550134',
        status: 'GENERAL_ENQUIRY',
      });
      expect(execution.state).toBe('completed');
      expect(execution.outputs).toEqual({
        prospect_id: prospect?.id,
        prospect_name: 'Priya Raman',
        status: 'GENERAL_ENQUIRY',
        created: true,
      });
      expect(execution.completedWith).toBe('workflow');
      const card = await h.slack.waitFor(() => h.cardsFor('C0PUBLIC', '1700000000.000100')[0]);
      expect(card.text).toContain('Priya Raman');
    });

    it('with only lead_text: name, email and phone are read from it', async () => {
      const { execution } = await h.runStep({
        lead_text:
          'New demo request\nName: Kwame Mensah\nEmail: kwame@akwaaba.com.gh\nPhone: +233 24 412 3456',
        channel_id: 'C0PUBLIC',
      });
      await h.stepEnded(execution);
      expect(execution.state).toBe('completed');
      const [prospect] = [...h.trata.prospects.values()];
      expect(prospect).toMatchObject({
        name: 'Kwame Mensah',
        email: 'kwame@akwaaba.com.gh',
        phoneNumber: '+233244123456',
        status: 'NEW',
      });
      expect(execution.outputs?.created).toBe(true);
      // Posted in the channel (no source message given).
      await h.slack.waitFor(() =>
        h.slack.messages.find((m) => m.channel === 'C0PUBLIC' && /Kwame Mensah/.test(m.text)),
      );
    });

    it('with an existing prospect: uses it, creates nothing, and says created: false', async () => {
      const existing = h.trata.seed({
        name: 'Priya Raman',
        email: 'priya.raman@northwind.io',
        status: 'NEW',
      });
      const { execution } = await h.runStep({
        email: 'priya.raman@northwind.io',
        name: 'P. Raman',
        channel_id: 'C0PUBLIC',
      });
      await h.stepEnded(execution);
      expect(h.trata.prospects.size).toBe(1);
      expect(execution.outputs).toMatchObject({
        prospect_id: existing.id,
        created: false,
        prospect_name: 'Priya Raman',
      });
    });

    it('without an email or a phone: fails with a sentence saying what to fill in', async () => {
      const { execution } = await h.runStep({ name: 'Just A Name', lead_text: 'call me maybe' });
      await h.stepEnded(execution);
      expect(execution.state).toBe('failed');
      expect(execution.error).toBe(CAPTURE_MESSAGES.stepNeedsContact);
      expect(h.trata.prospects.size).toBe(0);
    });

    it('when Trata refuses a value: fails with Trata’s reason', async () => {
      h.trata.inject('POST /v1/prospects', {
        status: 422,
        body: { detail: [{ loc: ['body', 'name'], msg: 'name is on a blocklist', type: 'value_error' }] },
      });
      const { execution } = await h.runStep({ name: 'Blocked Name', email: 'blocked@example.org' });
      await h.stepEnded(execution);
      expect(execution.state).toBe('failed');
      expect(execution.error).toMatch(/^Trata refused the prospect: /);
    });

    it('when Trata stays down: fails saying Trata could not be reached, after the retries', async () => {
      h.trata.setOutage(true);
      const { execution } = await h.runStep({ email: 'down@example.org' });
      await h.stepEnded(execution, 10_000);
      h.trata.setOutage(false);
      expect(execution.state).toBe('failed');
      expect(execution.error).toMatch(/^Trata could not be reached/);
      expect(h.trata.prospects.size).toBe(0);
    });

    it('a retried function_executed (same execution) never creates twice, and completes once', async () => {
      const execution = h.slack.startFunctionExecution({
        callbackId: 'create_prospect',
        inputs: { email: 'once@example.org', name: 'Only Once' },
        outputNames: ['prospect_id', 'prospect_name', 'status', 'created'],
      });
      const eventId = 'EvRETRIED0001';
      const [a, b] = await Promise.all([
        h.runStep({}, { execution, eventId }),
        h.runStep({}, { execution, eventId, retry: { retryNum: 1, retryReason: 'http_timeout' } }),
      ]);
      expect([a.res.status, b.res.status]).toEqual([200, 200]);
      await h.stepEnded(execution);
      await h.runStep({}, { execution, eventId, retry: { retryNum: 2, retryReason: 'http_timeout' } });
      await new Promise((r) => setTimeout(r, 300));
      expect(h.trata.prospects.size).toBe(1);
      expect(execution.completionCalls).toBe(1);
    });
  });
});
