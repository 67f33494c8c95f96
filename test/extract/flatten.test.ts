import { describe, expect, it } from 'vitest';
import { flattenMessage, mrkdwnToLines, unwrapSlackTokens } from '../../src/extract/flatten.js';

describe('unwrapSlackTokens', () => {
  it.each([
    ['<mailto:a@b.co|a@b.co>', 'a@b.co'],
    ['<mailto:ana@x.com|Ana López>', 'Ana López <ana@x.com>'],
    ['<mailto:ana@x.com>', 'ana@x.com'],
    ['<tel:+14155550134|+1 415 555 0134>', '+1 415 555 0134'],
    ['<tel:+14155550134|call me>', '+14155550134'],
    ['<https://acme.com/pricing|pricing page>', 'pricing page'],
    ['<https://acme.com/pricing>', 'https://acme.com/pricing'],
    ['hi <@U0123ABC>', 'hi @user'],
    ['hi <@U0123ABC|jane>', 'hi @user'],
    ['<!channel> heads up', '@channel heads up'],
    ['<!here>', '@here'],
    ['see <#C024BE7LR|general>', 'see #general'],
    ['<!subteam^SAZ94GDB8|@sales>', '@group'],
    ['<!date^1392734382^{date_short}|Feb 18, 2014>', 'Feb 18, 2014'],
    ['not a token <3 ', 'not a token <3 '],
  ])('%s → %s', (input, expected) => {
    expect(unwrapSlackTokens(input)).toBe(expected);
  });
});

describe('mrkdwnToLines', () => {
  it.each([
    ['*Name:* Ana', ['Name: Ana']],
    ['_Email_: ana@x.com', ['Email: ana@x.com']],
    ['~old~ new', ['old new']],
    ['`code` here', ['code here']],
    ['john_doe@x.com', ['john_doe@x.com']],
    ['a*b@x.co', ['a*b@x.co']],
    ['Tom &amp; Jerry &lt;tj@x.co&gt;', ['Tom & Jerry <tj@x.co>']],
    ['&gt; quoted line', ['quoted line']],
    [':wave: Hi   there', ['Hi there']],
    ['10:30:45 stays', ['10:30:45 stays']],
    ['one\ntwo\r\nthree', ['one', 'two', 'three']],
  ])('%j', (input, expected) => {
    expect(mrkdwnToLines(input)).toEqual(expected);
  });
});

describe('flattenMessage', () => {
  it('reads section text and fields, headers and context', () => {
    const lines = flattenMessage({
      text: 'fallback',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'New lead' } },
        {
          type: 'section',
          text: { type: 'mrkdwn', text: '*Hot*' },
          fields: [{ type: 'mrkdwn', text: '*Name*\nAna' }],
        },
        {
          type: 'context',
          elements: [
            { type: 'image', image_url: 'x', alt_text: 'logo' },
            { type: 'mrkdwn', text: 'via form' },
          ],
        },
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open' } }] },
      ],
    });
    expect(lines).toEqual(['fallback', '', 'New lead', 'Hot', 'Name', 'Ana', 'via form']);
  });

  it('drops a text fallback that only repeats the blocks', () => {
    const lines = flattenMessage({
      text: 'Name: Ana',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Name:* Ana' } }],
    });
    expect(lines).toEqual(['Name: Ana']);
  });

  it('reads rich text with links, emails, mentions and lists', () => {
    const lines = flattenMessage({
      blocks: [
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'text', text: 'Lead ' },
                { type: 'user', user_id: 'U1' },
                { type: 'link', url: 'mailto:ana@x.com', text: 'ana@x.com' },
                { type: 'emoji', name: 'tada' },
              ],
            },
            {
              type: 'rich_text_list',
              elements: [
                { type: 'rich_text_section', elements: [{ type: 'text', text: 'Phone: 415 555 0134' }] },
              ],
            },
            { type: 'rich_text_quote', elements: [{ type: 'link', url: 'https://x.co' }] },
          ],
        },
      ],
    });
    expect(lines).toEqual(['Lead @user ana@x.com', '• Phone: 415 555 0134', 'https://x.co']);
  });

  it('reads attachments: pretext, title, text, fields; fallback only when nothing else', () => {
    expect(
      flattenMessage({
        attachments: [
          {
            pretext: 'New lead',
            title: 'Ana',
            text: 'hello',
            fields: [
              { title: 'Email', value: 'ana@x.com' },
              { title: 'Note', value: 'a\nb' },
            ],
            fallback: 'ignored',
          },
          { fallback: 'only fallback' },
        ],
      }),
    ).toEqual(['New lead', 'Ana', 'hello', 'Email: ana@x.com', 'Note', 'a', 'b', 'only fallback']);
  });

  it.each([
    null,
    undefined,
    42,
    'str',
    [],
    { blocks: 'x' },
    { blocks: [null, 1, 'a', { type: 'section', text: 5 }] },
  ])('ignores junk %j', (junk) => {
    expect(() => flattenMessage(junk)).not.toThrow();
  });
});
