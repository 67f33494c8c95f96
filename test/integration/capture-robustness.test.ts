import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stepKey, submissionKeyOf } from '../../src/capture/step.js';
import { FUNCTION } from '../../src/slack/ids.js';
import { CAPTURE_MESSAGES } from '../../src/slack/ui/messages.js';
import { createCaptureStore } from '../../src/store/captures.js';
import { SUBMISSION_KEY_PROP } from '../../src/trata/client.js';
import { forEachDatabase } from '../store/databases.js';
import { functionExecutedEvent } from '../support/slack-client.js';
import { type CaptureHarness, OUTPUT_NAMES, startCaptureHarness } from './capture-harness.js';
import { startDistributed } from './distributed.js';

/**
 * Captures survive what goes wrong around them: a crash mid-step, a restart, two instances on one
 * database receiving the same event, and a workspace without Trata.
 */
const LEAD = 'Website form\nName: Ingrid Solberg\nEmail: ingrid@fjordline.no\nPhone: +47 22 33 44 55';

forEachDatabase((database) => {
  describe('one capture, whatever happens', () => {
    let h: CaptureHarness;
    beforeAll(async () => {
      h = await startCaptureHarness({ databaseUrl: await database.fresh() });
    });
    afterAll(async () => h?.close());
    beforeEach(() => {
      h.slack.reset();
      h.trata.reset();
    });

    it('a step whose instance died after Trata saved the prospect is finished by the sweep: found by its key, not created again', async () => {
      const execution = h.slack.startFunctionExecution({
        callbackId: FUNCTION.createProspect,
        inputs: { email: 'crash@example.org', name: 'Cut Short' },
        outputNames: OUTPUT_NAMES,
      });
      const key = stepKey(execution.functionExecutionId);
      // What a dead instance leaves: Trata has the prospect (made with the capture's key), the row is
      // still pending and its lease has run out; Slack was never told.
      const saved = h.trata.seed({
        name: 'Cut Short',
        email: 'crash@example.org',
        prospectProps: { [SUBMISSION_KEY_PROP]: submissionKeyOf(key) },
      });
      const store = createCaptureStore(h.database.db);
      await store.begin(
        {
          key,
          installationKey: h.slack.teamId,
          kind: 'step',
          request: {
            executionId: execution.functionExecutionId,
            ids: { teamId: h.slack.teamId },
            draft: { name: 'Cut Short', email: 'crash@example.org', phone: '', status: 'NEW', notes: '' },
          },
        },
        -1,
      );
      await h.stepEnded(execution, 5000);
      expect(execution.state).toBe('completed');
      expect(execution.outputs).toMatchObject({ prospect_id: saved.id, created: true });
      // Resumed without the workflow token: completed with the bot token.
      expect(execution.completedWith).toBe('bot');
      expect(h.trata.prospects.size).toBe(1);
      // A late retry of the event changes nothing.
      await h.runStep({}, { execution, retry: { retryNum: 3, retryReason: 'http_timeout' } });
      await new Promise((r) => setTimeout(r, 300));
      expect(execution.completionCalls).toBe(1);
    });

    it('after a restart, an event already handled is not handled again', async () => {
      await h.command('watch auto', 'C0PUBLIC');
      const { ts, eventId } = await h.post('C0PUBLIC', { text: LEAD, user: 'U0BOB' });
      await h.slack.waitFor(() => h.cardsFor('C0PUBLIC', ts)[0]);
      await h.restart();
      await h.post(
        'C0PUBLIC',
        { ts, text: LEAD, user: 'U0BOB' },
        { eventId, retry: { retryNum: 2 }, store: false },
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(h.trata.prospects.size).toBe(1);
      expect(h.cardsFor('C0PUBLIC', ts)).toHaveLength(1);
      await h.command('unwatch', 'C0PUBLIC');
    });

    it('two instances on one database receiving the same message and the same step: one prospect each, one card, one completion', async () => {
      const second = await h.addInstance();
      await h.command('watch auto', 'C0PUBLIC');
      const ts = `${Math.floor(Date.now() / 1000)}.424242`;
      h.slack.addMessage('C0PUBLIC', { ts, text: LEAD, user: 'U0BOB' });
      await Promise.all([
        h.post('C0PUBLIC', { ts, text: LEAD, user: 'U0BOB' }, { store: false }),
        h.post('C0PUBLIC', { ts, text: LEAD, user: 'U0BOB' }, { store: false, via: second.sender }),
      ]);
      const execution = h.slack.startFunctionExecution({
        callbackId: FUNCTION.createProspect,
        inputs: { email: 'twice@example.org' },
        outputNames: OUTPUT_NAMES,
      });
      await Promise.all([h.runStep({}, { execution }), h.runStep({}, { execution, via: second.sender })]);
      await h.stepEnded(execution);
      await h.slack.waitFor(() => h.cardsFor('C0PUBLIC', ts)[0]);
      await new Promise((r) => setTimeout(r, 500));
      expect(h.trata.prospects.size).toBe(2);
      expect(h.cardsFor('C0PUBLIC', ts)).toHaveLength(1);
      expect(execution.completionCalls).toBe(1);
      await h.command('unwatch', 'C0PUBLIC');
    });
  });

  describe('a workspace without Trata', () => {
    it('the step fails saying Trata is not connected for this workspace', async () => {
      const d = await startDistributed({ databaseUrl: await database.fresh() });
      try {
        const team = { teamId: 'T0NOTRATA', teamName: 'No Trata', domain: 'notrata', channel: 'C0NTLEADS' };
        d.addTeam(team);
        await d.install({ teamId: team.teamId, teamName: team.teamName, userId: 'U0NTADMIN' });
        const execution = d.slack.startFunctionExecution({
          callbackId: FUNCTION.createProspect,
          inputs: { email: 'someone@example.org' },
          teamId: team.teamId,
          outputNames: OUTPUT_NAMES,
        });
        const res = await d.sender.event(
          functionExecutedEvent({ ...d.slack.eventAuthorization(team.teamId), execution }),
        );
        expect(res.status).toBe(200);
        await d.slack.waitFor(() => execution.state !== 'running');
        expect(execution.state).toBe('failed');
        expect(execution.error).toBe(CAPTURE_MESSAGES.stepNotConnected);
      } finally {
        await d.close();
      }
    });
  });
});
