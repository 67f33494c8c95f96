import type { KnownBlock, ModalView } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../src/domain/draft.js';
import { PROSPECT_STATUSES, STATUS_LABELS } from '../../../../src/domain/status.js';
import { ACTION, BLOCK, CALLBACK } from '../../../../src/slack/ids.js';
import { decodeOrigin, MAX_METADATA_LENGTH, type Origin } from '../../../../src/slack/payloads/origin.js';
import { createPayloadSigner } from '../../../../src/slack/payloads/signer.js';
import { buildProspectCard } from '../../../../src/slack/ui/card.js';
import { buildProspectModal } from '../../../../src/slack/ui/modal.js';
import { buildCreatedView, buildNoticeView, buildWorkingView } from '../../../../src/slack/ui/outcome.js';
import { escapeMrkdwn } from '../../../../src/slack/ui/text.js';
import type { Prospect } from '../../../../src/trata/schemas.js';
import { validateBlocks, validateView } from '../../../support/block-kit.js';

const signer = createPayloadSigner(Buffer.alloc(32, 3));

const commandOrigin: Origin = {
  source: 'command',
  teamId: 'T0TEST',
  channelId: 'C0PUBLIC',
  userId: 'U0ALICE',
  responseUrl: 'https://hooks.slack.com/commands/T0TEST/1/abc',
  submissionKey: 'key-0123456789',
};
const shortcutOrigin: Origin = {
  ...commandOrigin,
  source: 'shortcut',
  messageTs: '1700000000.000200',
  threadTs: '1700000000.000100',
  permalink: 'https://acme.slack.com/archives/C0PUBLIC/p1700000000000200',
};

const prospect: Prospect = {
  id: 'pro.1731301754.OZSMSU1S',
  orgId: 'org.1',
  name: 'Jane Doe',
  email: 'jane@acme.io',
  phoneNumber: '+14155550134',
  externalReference: [
    { providerName: 'Slack', id: 'https://acme.slack.com/archives/C0PUBLIC/p1700000000000200' },
  ],
  status: 'SCHEDULED_CALLBACK_WITH_BOT',
  prospectProps: { notes: 'Wants a demo', slackUserId: 'U0ALICE' },
  createdBy: 'api',
  createdAt: '2024-11-11T05:09:14.979287',
  updatedBy: null,
  updatedAt: null,
};

function inputBlock(view: ModalView, blockId: string) {
  return view.blocks.find((b) => b.block_id === blockId) as Extract<KnownBlock, { type: 'input' }>;
}

describe('buildProspectModal', () => {
  it('is a valid modal with the five labelled inputs and every status', () => {
    const view = buildProspectModal(emptyDraft(), commandOrigin, { signer });
    expect(validateView(view)).toEqual([]);
    expect(view.callback_id).toBe(CALLBACK.prospectModal);
    const labels = view.blocks
      .filter((b) => b.type === 'input')
      .map((b) => (b as { label: { text: string } }).label.text);
    expect(labels).toEqual(['Name', 'Email', 'Phone number', 'Status', 'Notes', 'Where should the card go?']);
    expect(inputBlock(view, BLOCK.email).element.type).toBe('email_text_input');
    const status = inputBlock(view, BLOCK.status).element as {
      options: { value: string; text: { text: string } }[];
      initial_option: { value: string };
    };
    expect(status.options.map((o) => o.value)).toEqual([...PROSPECT_STATUSES]);
    expect(status.options.map((o) => o.text.text)).toEqual(PROSPECT_STATUSES.map((s) => STATUS_LABELS[s]));
    expect(status.initial_option.value).toBe('NEW');
    expect((inputBlock(view, BLOCK.notes).element as { multiline?: boolean }).multiline).toBe(true);
    expect(inputBlock(view, BLOCK.notes).optional).toBe(true);
  });

  it('shows where the card will go and carries the origin, signed, in private_metadata', () => {
    const command = buildProspectModal(emptyDraft(), commandOrigin, { signer });
    expect(JSON.stringify(command.blocks)).toContain('The prospect card will be posted in <#C0PUBLIC>.');
    expect(decodeOrigin(command.private_metadata, signer)).toEqual(commandOrigin);

    const shortcut = buildProspectModal(emptyDraft(), shortcutOrigin, { signer });
    expect(JSON.stringify(shortcut.blocks)).toContain('posted in the lead’s thread in <#C0PUBLIC>');
    expect(decodeOrigin(shortcut.private_metadata, signer)).toEqual(shortcutOrigin);
  });

  it('keeps the largest signed origin within private_metadata’s 3000 characters', () => {
    const longest: Origin = {
      ...shortcutOrigin,
      teamId: 'T'.repeat(32),
      enterpriseId: 'E'.repeat(32),
      channelId: 'C'.repeat(32),
      userId: 'U'.repeat(32),
      messageTs: '1'.repeat(32),
      threadTs: '2'.repeat(32),
      permalink: `https://x.slack.com/${'p'.repeat(580)}`,
      responseUrl: `https://hooks.slack.com/${'r'.repeat(576)}`,
      submissionKey: 'k'.repeat(64),
      recheck: true,
    };
    const view = buildProspectModal(emptyDraft(), longest, { signer });
    expect(view.private_metadata!.length).toBeLessThanOrEqual(MAX_METADATA_LENGTH);
    expect(decodeOrigin(view.private_metadata, signer)).toEqual(longest);
  });

  it('prefills from the draft', () => {
    const view = buildProspectModal(
      emptyDraft({
        name: 'Jane Doe',
        email: 'jane@acme.io',
        phone: '+14155550134',
        notes: 'hi',
        status: 'NOT_INTERESTED',
      }),
      commandOrigin,
      { signer },
    );
    expect(validateView(view)).toEqual([]);
    expect((inputBlock(view, BLOCK.name).element as { initial_value?: string }).initial_value).toBe(
      'Jane Doe',
    );
    expect((inputBlock(view, BLOCK.email).element as { initial_value?: string }).initial_value).toBe(
      'jane@acme.io',
    );
    expect((inputBlock(view, BLOCK.phone).element as { initial_value?: string }).initial_value).toBe(
      '+14155550134',
    );
    expect(
      (inputBlock(view, BLOCK.status).element as { initial_option: { value: string } }).initial_option.value,
    ).toBe('NOT_INTERESTED');
  });

  it('stays within Slack limits with huge prefilled values, and shows a banner and field errors', () => {
    const huge = 'x'.repeat(10_000);
    const view = buildProspectModal(
      emptyDraft({ name: huge, email: huge, phone: huge, notes: huge }),
      commandOrigin,
      {
        banner: 'Trata isn’t answering',
        fieldErrors: { email: 'Trata says: bad email' },
        signer,
      },
    );
    expect(validateView(view)).toEqual([]);
    expect(view.blocks[0]?.block_id).toBe(BLOCK.formError);
    const emailIndex = view.blocks.findIndex((b) => b.block_id === BLOCK.email);
    expect(JSON.stringify(view.blocks[emailIndex + 1])).toContain('Trata says: bad email');
  });

  it('uses the ids the parser reads', () => {
    const view = buildProspectModal(emptyDraft(), commandOrigin, { signer });
    const pairs = view.blocks
      .filter((b) => b.type === 'input')
      .map((b) => [b.block_id, (b as { element: { action_id: string } }).element.action_id]);
    expect(pairs).toEqual([
      [BLOCK.name, ACTION.name],
      [BLOCK.email, ACTION.email],
      [BLOCK.phone, ACTION.phone],
      [BLOCK.status, ACTION.status],
      [BLOCK.notes, ACTION.notes],
      [BLOCK.cardDestination, ACTION.cardDestination],
    ]);
  });
});

describe('buildProspectCard', () => {
  it('is a valid message with the name as header and every detail', () => {
    const card = buildProspectCard(prospect);
    expect(validateBlocks(card.blocks, 'message')).toEqual([]);
    expect(card.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Jane Doe' } });
    const all = JSON.stringify(card.blocks);
    for (const expected of [
      'jane@acme.io',
      '+1 415 555 0134',
      'Callback scheduled (AI agent)',
      '<@U0ALICE>',
      'pro.1731301754.OZSMSU1S',
      '<!date^1731301754^',
      '2024-11-11 05:09 UTC',
      `<${shortcutOrigin.permalink}|Source message>`,
      'Wants a demo',
    ]) {
      expect(all).toContain(expected);
    }
    const control = card.blocks.find((b) => b.type === 'actions') as {
      block_id: string;
      elements: { initial_option: { value: string }; options: unknown[] }[];
    };
    expect(control.block_id).toBe('card_status:pro.1731301754.OZSMSU1S');
    expect(control.elements[0]?.initial_option.value).toBe('SCHEDULED_CALLBACK_WITH_BOT');
    expect(control.elements[0]?.options).toHaveLength(8);
    expect(card.text).toContain('Jane Doe');
    expect(card.text).toContain('pro.1731301754.OZSMSU1S');
  });

  it('never turns typed text into live markup', () => {
    const hostile = {
      ...prospect,
      name: '<!channel> <@U123>',
      email: '<https://evil.example|click>',
      prospectProps: { notes: '<!here> & co' },
    };
    const card = buildProspectCard(hostile);
    // Notes are rich-text literals (never parsed); everything else after the header is escaped mrkdwn.
    const notes = card.blocks.find((b) => b.type === 'rich_text');
    const mrkdwnTexts = JSON.stringify(card.blocks.slice(1).filter((b) => b !== notes));
    expect(mrkdwnTexts).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U123>|<https:\/\/evil|javascript:/);
    expect(JSON.stringify(notes)).toContain('"text":"\\n<!here> & co"');
    expect(card.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect(card.text).not.toMatch(/<!channel>|<@U123>/);
  });

  it('falls back to email or phone for a prospect without a name and cuts a long header', () => {
    expect(buildProspectCard({ ...prospect, name: null }).blocks[0]).toMatchObject({
      text: { text: 'jane@acme.io' },
    });
    const long = buildProspectCard({ ...prospect, name: 'n'.repeat(600) });
    expect(validateBlocks(long.blocks, 'message')).toEqual([]);
  });
});

describe('a card after a status change', () => {
  it('shows the new status and who changed it when', () => {
    const card = buildProspectCard(
      { ...prospect, status: 'NOT_INTERESTED' },
      { statusChange: { userId: 'U0BOB', at: new Date('2026-01-02T03:04:05Z') } },
    );
    expect(validateBlocks(card.blocks, 'message')).toEqual([]);
    const all = JSON.stringify(card.blocks);
    expect(all).toContain('Not interested');
    expect(all).toContain('Status changed by <@U0BOB> <!date^1767323045^');
  });
});

describe('outcome views', () => {
  it('are valid modals', () => {
    expect(validateView(buildWorkingView('Jane <!channel>'))).toEqual([]);
    expect(validateView(buildCreatedView(prospect, 'Its card is posted in <#C0PUBLIC>.'))).toEqual([]);
    expect(validateView(buildNoticeView('x'))).toEqual([]);
    expect(JSON.stringify(buildWorkingView('Jane <!channel>'))).not.toContain('<!channel>');
  });
});

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['a & b', 'a &amp; b'],
    ['<https://x|y>', '&lt;https://x|y&gt;'],
    ['plain', 'plain'],
  ])('%s → %s', (input, output) => expect(escapeMrkdwn(input)).toBe(output));
});

describe('buildProspectCard: hostile text', () => {
  const mrkdwnOf = (blocks: unknown): string[] => {
    const out: string[] = [];
    JSON.stringify(blocks, (_k, v: unknown) => {
      if (v && typeof v === 'object' && (v as { type?: unknown }).type === 'mrkdwn') {
        out.push(String((v as { text: unknown }).text));
      }
      return v;
    });
    return out;
  };

  it('never renders Notes as live markup: a line like *Status* Won fakes no field', () => {
    const notes = '*Status* Won\n_urgent_ ~old~ `code` <!here> & co';
    const card = buildProspectCard({ ...prospect, prospectProps: { notes } });
    for (const text of mrkdwnOf(card.blocks)) {
      expect(text).not.toContain('*Status* Won');
      expect(text).not.toContain('_urgent_');
      expect(text).not.toContain('<!here>');
    }
    // The notes are shown as typed, as literal text.
    expect(JSON.stringify(card.blocks)).toContain(JSON.stringify(notes).slice(1, -1));
    expect(validateBlocks(card.blocks, 'message')).toEqual([]);
  });

  it('falls back to the email, then the phone, when the name is only invisible characters', () => {
    const invisibleName = { ...prospect, name: '\u200b\u200b\u2060\ufeff' };
    expect(buildProspectCard(invisibleName).blocks[0]).toMatchObject({
      type: 'header',
      text: { text: prospect.email },
    });
    const noEmail = { ...invisibleName, email: null };
    expect((buildProspectCard(noEmail).blocks[0] as { text: { text: string } }).text.text).toBe(
      prospect.phoneNumber,
    );
  });

  it('shows no control characters from Trata’s record', () => {
    const card = buildProspectCard({
      ...prospect,
      name: 'Jane\u0000\u001b[31m\r\nDoe',
      prospectProps: { notes: 'a\u0000\u001bb' },
    });
    const all = JSON.stringify(card);
    expect(all).not.toMatch(/\\u0000|\\u001b|\\r/);
    expect((card.blocks[0] as { text: { text: string } }).text.text).toBe('Jane[31m Doe');
  });
});
