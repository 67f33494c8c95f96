import { describe, expect, it } from 'vitest';
import { changeStatus, type StatusChange } from '../../../src/prospects/change-status.js';
import { KeyedLock } from '../../../src/runtime/keyed-lock.js';
import { TrataNotFoundError, TrataUnavailableError } from '../../../src/trata/errors.js';
import type { Prospect } from '../../../src/trata/schemas.js';
import { FakeTrata } from './fakes.js';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

const jane: Prospect = {
  id: 'pro.jane',
  orgId: 'org.1',
  name: 'Jane Doe',
  email: 'jane@acme.io',
  phoneNumber: '+14155550134',
  status: 'NEW',
  externalReference: [
    {
      providerName: 'Slack',
      id: 'https://acme.slack.com/archives/C0SALES/p1700000000000200',
      providerProps: { slackTeamId: 'T0TEST', via: 'message_shortcut' },
    },
  ],
  prospectProps: {
    notes: 'Wants a demo',
    source: 'slack',
    slackUserId: 'U0ALICE',
    slackSubmissionId: 'sub-1',
  },
  createdAt: '2024-11-11T05:09:14.123456',
};
const bob: Prospect = { ...jane, id: 'pro.bob', name: 'Bob', email: 'bob@acme.io', phoneNumber: null };

function setup(records: Prospect[] = [jane, bob]) {
  const trata = new FakeTrata(records);
  const deps = { trata, lock: new KeyedLock() };
  const changes: StatusChange[] = [];
  const redraw = async (change: StatusChange) => {
    changes.push(change);
  };
  return { trata, deps, changes, redraw };
}

describe('changeStatus', () => {
  it('PUTs the whole record back with only the status changed', async () => {
    const { trata, deps, changes, redraw } = setup();
    await changeStatus(deps, 'pro.jane', 'SCHEDULED_APPOINTMENT_WITH_PERSON', redraw);

    expect(trata.log).toEqual(['get pro.jane', 'put pro.jane SCHEDULED_APPOINTMENT_WITH_PERSON']);
    expect(trata.bodies).toEqual([
      {
        id: 'pro.jane',
        input: {
          status: 'SCHEDULED_APPOINTMENT_WITH_PERSON',
          name: 'Jane Doe',
          email: 'jane@acme.io',
          phoneNumber: '+14155550134',
          externalReference: jane.externalReference,
          prospectProps: jane.prospectProps,
        },
      },
    ]);
    // Nothing the record had is lost: notes, where it came from, the submission key.
    expect(trata.records.get('pro.jane')).toEqual({ ...jane, status: 'SCHEDULED_APPOINTMENT_WITH_PERSON' });
    expect(changes).toEqual([
      { ok: true, changed: true, updated: { ...jane, status: 'SCHEDULED_APPOINTMENT_WITH_PERSON' } },
    ]);
  });

  it('does not write when Trata already has that status, and redraws from what it has', async () => {
    const { trata, deps, changes, redraw } = setup();
    await changeStatus(deps, 'pro.jane', 'NEW', redraw);

    expect(trata.log).toEqual(['get pro.jane']);
    expect(changes).toEqual([{ ok: true, changed: false, updated: jane }]);
  });

  it('when the record cannot be read, reports the error with nothing to redraw from', async () => {
    const { trata, deps, changes, redraw } = setup();
    const gone = new TrataNotFoundError('v1/prospects/pro.jane');
    trata.fail.get = gone;
    await changeStatus(deps, 'pro.jane', 'NOT_INTERESTED', redraw);

    expect(changes).toEqual([{ ok: false, error: gone, current: undefined }]);
    expect(trata.log).toEqual(['get pro.jane']);
  });

  it('when the write fails, reports the error with the record as read, so the card shows what Trata has', async () => {
    const { trata, deps, changes, redraw } = setup();
    const down = new TrataUnavailableError('HTTP 503');
    trata.fail.update = down;
    await changeStatus(deps, 'pro.jane', 'NOT_INTERESTED', redraw);

    expect(changes).toEqual([{ ok: false, error: down, current: jane }]);
    expect(trata.records.get('pro.jane')?.status).toBe('NEW');
  });

  it('two changes to the same prospect run one after the other: the second reads after the first card is drawn', async () => {
    const { trata, deps } = setup();
    trata.latencyMs = 5;
    const drawn: string[] = [];
    const redrawAs = (who: string) => async (change: StatusChange) => {
      trata.log.push(`redraw ${who} start`);
      await tick(15);
      drawn.push(change.ok ? change.updated.status : 'error');
      trata.log.push(`redraw ${who} end`);
    };

    await Promise.all([
      changeStatus(deps, 'pro.jane', 'GENERAL_ENQUIRY', redrawAs('alice')),
      changeStatus(deps, 'pro.jane', 'NOT_INTERESTED', redrawAs('bob')),
    ]);

    expect(trata.log).toEqual([
      'get pro.jane',
      'put pro.jane GENERAL_ENQUIRY',
      'redraw alice start',
      'redraw alice end',
      'get pro.jane',
      'put pro.jane NOT_INTERESTED',
      'redraw bob start',
      'redraw bob end',
    ]);
    // The last card drawn matches the last write to Trata.
    expect(drawn).toEqual(['GENERAL_ENQUIRY', 'NOT_INTERESTED']);
    expect(trata.records.get('pro.jane')?.status).toBe('NOT_INTERESTED');
  });

  it('changes to different prospects run alongside each other', async () => {
    const { trata, deps } = setup();
    trata.latencyMs = 5;
    const redrawAs = (who: string) => async () => {
      await tick(15);
      trata.log.push(`redraw ${who} end`);
    };

    await Promise.all([
      changeStatus(deps, 'pro.jane', 'GENERAL_ENQUIRY', redrawAs('jane')),
      changeStatus(deps, 'pro.bob', 'NOT_INTERESTED', redrawAs('bob')),
    ]);

    const at = (entry: string) => trata.log.indexOf(entry);
    expect(at('get pro.bob')).toBeGreaterThanOrEqual(0);
    expect(at('get pro.bob')).toBeLessThan(at('redraw jane end'));
    expect(at('get pro.jane')).toBeLessThan(at('redraw bob end'));
    expect(trata.records.get('pro.jane')?.status).toBe('GENERAL_ENQUIRY');
    expect(trata.records.get('pro.bob')?.status).toBe('NOT_INTERESTED');
  });

  it('a redraw that fails does not hold up the next change to that prospect', async () => {
    const { trata, deps, changes, redraw } = setup();
    const first = changeStatus(deps, 'pro.jane', 'GENERAL_ENQUIRY', async () => {
      throw new Error('chat.update failed');
    });
    const second = changeStatus(deps, 'pro.jane', 'NOT_INTERESTED', redraw);

    await expect(first).rejects.toThrow('chat.update failed');
    await second;
    expect(changes).toEqual([{ ok: true, changed: true, updated: { ...jane, status: 'NOT_INTERESTED' } }]);
    expect(trata.records.get('pro.jane')?.status).toBe('NOT_INTERESTED');
  });
});
