import { describe, expect, it } from 'vitest';
import type { ValidProspect } from '../../../src/domain/draft.js';
import { type Outcome, type SubmitDeps, submitProspect } from '../../../src/prospects/submit.js';
import { toProspectInput } from '../../../src/prospects/to-trata.js';
import { parseCardBlockId } from '../../../src/slack/payloads/card-ref.js';
import type { Origin } from '../../../src/slack/payloads/origin.js';
import type { DuplicateChoice } from '../../../src/slack/payloads/view-state.js';
import { SUBMISSION_KEY_PROP } from '../../../src/trata/client.js';
import {
  TrataAuthError,
  TrataNotFoundError,
  TrataResponseError,
  TrataUnavailableError,
  TrataValidationError,
} from '../../../src/trata/errors.js';
import type { Prospect } from '../../../src/trata/schemas.js';
import { FakeTrata, fakeSlack, type SlackCall, type SlackRules, silentLogger } from './fakes.js';

const commandOrigin: Origin = {
  source: 'command',
  teamId: 'T0TEST',
  channelId: 'C0SALES',
  userId: 'U0ALICE',
  responseUrl: 'https://hooks.slack.com/commands/T0TEST/1/abc',
  submissionKey: 'sub-0123456789',
};
const shortcutOrigin: Origin = {
  ...commandOrigin,
  source: 'shortcut',
  messageTs: '1700000000.000200',
  threadTs: '1700000000.000100',
  permalink: 'https://acme.slack.com/archives/C0SALES/p1700000000000200',
  responseUrl: 'https://hooks.slack.com/app/T0TEST/2/def',
};
const homeOrigin: Origin = {
  source: 'home',
  teamId: 'T0TEST',
  userId: 'U0ALICE',
  submissionKey: 'sub-home-0123456789',
};

const jane: ValidProspect = {
  name: 'Jane Doe',
  email: 'jane@acme.io',
  phone: '+14155550134',
  status: 'NEW',
  notes: 'Met at the webinar',
};

function record(id: string, fields: Partial<Prospect> = {}): Prospect {
  return {
    id,
    name: null,
    email: null,
    phoneNumber: null,
    status: 'GENERAL_ENQUIRY',
    externalReference: [],
    prospectProps: {},
    createdAt: '2024-10-01T10:00:00',
    ...fields,
  };
}

function setup(options: { records?: Prospect[]; slack?: SlackRules } = {}) {
  const trata = new FakeTrata(options.records);
  const slack = fakeSlack(options.slack);
  const deps: SubmitDeps = {
    trata,
    slack: slack.api,
    respond: slack.respond,
    defaultRegion: 'US',
    logger: silentLogger,
  };
  const submit = (origin: Origin = commandOrigin, choice?: DuplicateChoice, prospect: ValidProspect = jane) =>
    submitProspect(deps, { input: toProspectInput(prospect, origin), origin, choice });
  return { trata, slack, submit };
}

/** What Slack was asked, in order, in a line each. */
function trail(calls: SlackCall[]): string[] {
  return calls.map((c) => {
    if (c.method === 'chat.postMessage') {
      return `post ${c.args.channel}${c.args.thread_ts ? ` thread ${c.args.thread_ts}` : ''}`;
    }
    if (c.method === 'conversations.join') return `join ${c.args.channel}`;
    if (c.method === 'respond') return `respond ${c.url}`;
    return c.name;
  });
}

function created(outcome: Outcome): Extract<Outcome, { kind: 'created' }> {
  if (outcome.kind !== 'created')
    throw new Error(`expected a created outcome, got ${JSON.stringify(outcome)}`);
  return outcome;
}

describe('submitProspect: find or create', () => {
  it('creates the prospect when Trata has no one with this email or phone, and posts its card', async () => {
    const { trata, slack, submit } = setup({
      records: [record('pro.other', { name: 'Bob', email: 'bob@other.io', phoneNumber: '+14155550199' })],
    });
    const outcome = created(await submit());

    expect(outcome).toMatchObject({ existing: false, checkSkipped: false });
    expect(trata.created).toHaveLength(1);
    const [made] = trata.created;
    expect(made).toMatchObject({
      name: 'Jane Doe',
      email: 'jane@acme.io',
      phoneNumber: '+14155550134',
      status: 'NEW',
      prospectProps: { notes: 'Met at the webinar', [SUBMISSION_KEY_PROP]: commandOrigin.submissionKey },
    });
    expect(outcome.prospect.id).toBe(made?.id);
    const [card] = slack.posts();
    expect(card?.channel).toBe('C0SALES');
    expect(card?.text).toContain('New Trata prospect: Jane Doe');
  });

  it('asks instead of creating when Trata already has someone with the same email', async () => {
    const existing = record('pro.jane', { name: 'Jane D.', email: 'jane@acme.io' });
    const { trata, slack, submit } = setup({ records: [existing] });
    const outcome = await submit();

    expect(outcome).toEqual({ kind: 'duplicates', matches: [existing], origin: commandOrigin });
    expect(trata.created).toEqual([]);
    expect(slack.calls).toEqual([]);
  });

  it('counts an email that differs only by case or surrounding spaces as the same person', async () => {
    const existing = record('pro.jane', { email: '  Jane@ACME.io ' });
    const { trata, submit } = setup({ records: [existing] });
    const outcome = await submit();

    expect(outcome.kind).toBe('duplicates');
    expect(outcome.kind === 'duplicates' && outcome.matches.map((m) => m.id)).toEqual(['pro.jane']);
    expect(trata.created).toEqual([]);
  });

  it('counts the same phone number written another way as the same person', async () => {
    const existing = record('pro.jane-phone', { phoneNumber: '+1 (415) 555-0134' });
    const { trata, submit } = setup({ records: [existing] });
    const outcome = await submit();

    expect(outcome.kind === 'duplicates' && outcome.matches.map((m) => m.id)).toEqual(['pro.jane-phone']);
    expect(trata.created).toEqual([]);
  });

  it('creates when the search only turns up someone whose email is different', async () => {
    // A loose search for jane@acme.io also returns mary.jane@acme.io: not the same person.
    const other = record('pro.mary', { name: 'Mary Jane', email: 'mary.jane@acme.io' });
    const { trata, submit } = setup({ records: [other] });
    const outcome = created(await submit());

    expect(trata.log).toContain('list email=jane@acme.io');
    expect(outcome.existing).toBe(false);
    expect(trata.created.map((p) => p.email)).toEqual(['jane@acme.io']);
  });

  it('reuses the record this very submission already made (a lost answer) instead of making a second', async () => {
    const ours = record('pro.ours', {
      name: 'Jane Doe',
      email: 'jane@acme.io',
      status: 'NEW',
      prospectProps: { [SUBMISSION_KEY_PROP]: commandOrigin.submissionKey },
    });
    const someoneElses = record('pro.theirs', { email: 'jane@acme.io' });
    const { trata, slack, submit } = setup({ records: [ours, someoneElses] });
    const outcome = created(await submit());

    expect(outcome.prospect.id).toBe('pro.ours');
    expect(outcome.existing).toBe(false);
    expect(trata.records.size).toBe(2);
    expect(trata.log).not.toContain('create');
    expect(slack.posts()[0]?.text).toContain('id pro.ours');
  });

  it('creates anyway when the person chose "create a new one" despite a match', async () => {
    const existing = record('pro.jane', { email: 'jane@acme.io' });
    const { trata, submit } = setup({ records: [existing] });
    const outcome = created(await submit(commandOrigin, { kind: 'create' }));

    expect(outcome.existing).toBe(false);
    expect(trata.created).toHaveLength(1);
    expect([...trata.records.values()].filter((p) => p.email === 'jane@acme.io')).toHaveLength(2);
  });

  it('on a recheck, finds the record an earlier attempt made by its submission key and creates nothing', async () => {
    const earlier = record('pro.earlier', {
      name: 'Jane Doe',
      email: 'jane@acme.io',
      status: 'NEW',
      prospectProps: { [SUBMISSION_KEY_PROP]: commandOrigin.submissionKey },
    });
    const { trata, slack, submit } = setup({ records: [earlier] });
    const outcome = created(await submit({ ...commandOrigin, recheck: true }));

    expect(outcome.prospect.id).toBe('pro.earlier');
    expect(trata.log).toEqual([`findBySubmissionKey ${commandOrigin.submissionKey}`]);
    expect(trata.records.size).toBe(1);
    expect(slack.posts()).toHaveLength(1);
  });

  it('on a recheck that finds nothing (or cannot look), goes on to check and create', async () => {
    const { trata, submit } = setup();
    trata.fail.findBySubmissionKey = new TrataUnavailableError('ETIMEDOUT');
    const outcome = created(await submit({ ...commandOrigin, recheck: true }));

    expect(trata.created).toHaveLength(1);
    expect(outcome.prospect.id).toBe(trata.created[0]?.id);
  });

  it('uses the existing record the person chose: fetched from Trata, its card marked existing', async () => {
    const chosen = record('pro.jane', { name: 'Jane D.', email: 'jane@acme.io', status: 'NOT_INTERESTED' });
    const { trata, slack, submit } = setup({ records: [chosen] });
    const outcome = created(await submit(commandOrigin, { kind: 'use', prospectId: 'pro.jane' }));

    expect(outcome).toMatchObject({ existing: true, checkSkipped: false, prospect: chosen });
    expect(trata.log).toEqual(['get pro.jane']);
    expect(trata.created).toEqual([]);
    const [card] = slack.posts();
    expect(card?.text).toContain('Existing Trata prospect: Jane D.');
    const statusBlock = card?.blocks?.find((b) => (b as { type?: string }).type === 'actions') as
      | { block_id?: string }
      | undefined;
    expect(parseCardBlockId(statusBlock?.block_id ?? '')).toEqual({ prospectId: 'pro.jane', existing: true });
  });

  it('still creates when the duplicate look-up fails, and says the check was skipped', async () => {
    const { trata, submit } = setup({ records: [record('pro.jane', { email: 'jane@acme.io' })] });
    trata.fail.list = new TrataUnavailableError('ETIMEDOUT');
    const outcome = created(await submit());

    expect(outcome.checkSkipped).toBe(true);
    expect(trata.created).toHaveLength(1);
  });
});

describe('submitProspect: Trata failures become outcomes', () => {
  it('a 422 is a rejection, each error under the field the person typed it in', async () => {
    const { trata, slack, submit } = setup();
    trata.fail.create = new TrataValidationError([
      { path: ['email'], message: 'value is not a valid email address' },
      { path: ['phoneNumber'], message: 'invalid phone number' },
      { path: ['externalReference', 0, 'id'], message: 'String should have at most 500 characters' },
      { path: [], message: 'body is malformed' },
    ]);
    const outcome = await submit();

    expect(outcome).toEqual({
      kind: 'rejected',
      fields: {
        email: 'Trata says: value is not a valid email address',
        phone: 'Trata says: invalid phone number',
      },
      other: [
        'externalReference.0.id: String should have at most 500 characters',
        'request: body is malformed',
      ],
      origin: commandOrigin,
    });
    expect(slack.calls).toEqual([]);
  });

  it('a chosen record that is gone is an existingGone failure, and nothing is created', async () => {
    const { trata, submit } = setup();
    trata.fail.get = new TrataNotFoundError('v1/prospects/pro.gone');
    const outcome = await submit(commandOrigin, { kind: 'use', prospectId: 'pro.gone' });

    expect(outcome).toEqual({ kind: 'failed', reason: 'existingGone', origin: commandOrigin });
    expect(trata.created).toEqual([]);
  });

  it.each([
    ['a refused API key', new TrataAuthError(401), 'trataAuth'],
    ['Trata down, nothing created', new TrataUnavailableError('HTTP 503', 'not-created'), 'trataDown'],
    [
      'Trata down, create may have happened',
      new TrataUnavailableError('ECONNRESET', 'unknown'),
      'trataUnknown',
    ],
    ['an answer outside the contract', new TrataResponseError(200, 'id: Required'), 'trataBadAnswer'],
    ['an unexpected error', new TypeError('boom'), 'trataBadAnswer'],
  ] as const)(
    '%s fails as %s, and the form comes back set to look Trata up first',
    async (_what, error, reason) => {
      const { trata, slack, submit } = setup();
      trata.fail.create = error;
      const outcome = await submit();

      expect(outcome).toEqual({ kind: 'failed', reason, origin: { ...commandOrigin, recheck: true } });
      expect(slack.calls).toEqual([]);
    },
  );
});

describe('submitProspect: where the card goes', () => {
  it('a /prospect card is posted in the channel', async () => {
    const { slack, submit } = setup();
    const outcome = created(await submit(commandOrigin));

    expect(trail(slack.calls)).toEqual(['post C0SALES']);
    expect(slack.posts()[0]).toMatchObject({ unfurl_links: false });
    expect(outcome.delivery).toEqual({ where: 'channel', channelId: 'C0SALES', ts: '1700000100.000001' });
  });

  it('a message shortcut card is posted in the lead’s thread', async () => {
    const { slack, submit } = setup();
    const outcome = created(await submit(shortcutOrigin));

    expect(trail(slack.calls)).toEqual(['post C0SALES thread 1700000000.000100']);
    expect(outcome.delivery).toEqual({ where: 'thread', channelId: 'C0SALES', ts: '1700000100.000001' });
  });

  it('joins a public channel it is not in, then posts there', async () => {
    const { slack, submit } = setup({
      slack: { refuse: { C0SALES: 'not_in_channel' }, join: { C0SALES: 'ok' } },
    });
    const outcome = created(await submit(shortcutOrigin));

    expect(trail(slack.calls)).toEqual([
      'post C0SALES thread 1700000000.000100',
      'join C0SALES',
      'post C0SALES thread 1700000000.000100',
    ]);
    expect(outcome.delivery).toMatchObject({ where: 'thread', channelId: 'C0SALES' });
  });

  it('without the scope to join, posts through the response_url', async () => {
    const { slack, submit } = setup({
      slack: { refuse: { C0SALES: 'not_in_channel' }, join: { C0SALES: 'missing_scope' } },
    });
    const outcome = created(await submit(commandOrigin));

    expect(trail(slack.calls)).toEqual([
      'post C0SALES',
      'join C0SALES',
      `respond ${commandOrigin.responseUrl}`,
    ]);
    const respond = slack.calls[2];
    expect(respond?.method === 'respond' && respond.message).toMatchObject({
      response_type: 'in_channel',
      replace_original: false,
      text: expect.stringContaining('New Trata prospect: Jane Doe'),
    });
    expect(outcome.delivery).toEqual({ where: 'response_url', channelId: 'C0SALES' });
  });

  it('in a private channel it cannot see, does not try to join and uses the response_url', async () => {
    const { slack, submit } = setup({ slack: { refuse: { C0SALES: 'channel_not_found' } } });
    const outcome = created(await submit(commandOrigin));

    expect(trail(slack.calls)).toEqual(['post C0SALES', `respond ${commandOrigin.responseUrl}`]);
    expect(outcome.delivery).toEqual({ where: 'response_url', channelId: 'C0SALES' });
  });

  it('when the response_url fails too, sends the card by DM and says why', async () => {
    const { slack, submit } = setup({
      slack: { refuse: { C0SALES: 'not_in_channel' }, join: { C0SALES: 'missing_scope' }, respondOk: false },
    });
    const outcome = created(await submit(commandOrigin));

    expect(trail(slack.calls)).toEqual([
      'post C0SALES',
      'join C0SALES',
      `respond ${commandOrigin.responseUrl}`,
      'post U0ALICE',
    ]);
    expect(outcome.delivery).toEqual({
      where: 'dm',
      channelId: 'C0SALES',
      reason: 'the app isn’t a member of that channel',
    });
  });

  it('when the join is refused for another reason, that reason is what the person is told', async () => {
    const { slack, submit } = setup({
      slack: { refuse: { C0SALES: 'not_in_channel' }, join: { C0SALES: 'is_archived' }, respondOk: false },
    });
    const outcome = created(await submit(commandOrigin));

    // An archived channel cannot take the card through the response_url either: straight to a DM.
    expect(trail(slack.calls)).toEqual(['post C0SALES', 'join C0SALES', 'post U0ALICE']);
    expect(outcome.delivery).toEqual({
      where: 'dm',
      channelId: 'C0SALES',
      reason: 'that channel is archived',
    });
  });

  it('an archived channel skips the response_url and goes to a DM', async () => {
    const { slack, submit } = setup({ slack: { refuse: { C0SALES: 'is_archived' } } });
    const outcome = created(await submit(commandOrigin));

    expect(trail(slack.calls)).toEqual(['post C0SALES', 'post U0ALICE']);
    expect(outcome.delivery).toEqual({
      where: 'dm',
      channelId: 'C0SALES',
      reason: 'that channel is archived',
    });
  });

  it('with no response_url to fall back on, goes to a DM', async () => {
    const { slack, submit } = setup({ slack: { refuse: { C0SALES: 'restricted_action' } } });
    const { responseUrl: _none, ...noResponseUrl } = shortcutOrigin;
    const outcome = created(await submit(noResponseUrl));

    expect(trail(slack.calls)).toEqual(['post C0SALES thread 1700000000.000100', 'post U0ALICE']);
    expect(outcome.delivery).toEqual({
      where: 'dm',
      channelId: 'C0SALES',
      reason: 'posting there is restricted by your workspace',
    });
  });

  it('a form opened from the Home tab sends the card by DM straight away', async () => {
    const { slack, submit } = setup();
    const outcome = created(await submit(homeOrigin));

    expect(trail(slack.calls)).toEqual(['post U0ALICE']);
    expect(outcome.delivery).toEqual({
      where: 'dm',
      channelId: undefined,
      reason: 'the form was opened outside a conversation',
    });
  });

  it('when even the DM fails, the prospect is still saved and the delivery says nowhere, and why', async () => {
    const { trata, slack, submit } = setup({
      slack: { refuse: { C0SALES: 'channel_not_found', U0ALICE: 'cannot_dm_bot' }, respondOk: false },
    });
    const outcome = created(await submit(commandOrigin));

    expect(trail(slack.calls)).toEqual([
      'post C0SALES',
      `respond ${commandOrigin.responseUrl}`,
      'post U0ALICE',
    ]);
    expect(outcome.delivery).toEqual({
      where: 'nowhere',
      channelId: 'C0SALES',
      reason: 'the app isn’t a member of that conversation; a direct message failed too (cannot_dm_bot)',
    });
    expect(trata.created).toHaveLength(1);
  });
});
