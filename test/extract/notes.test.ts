import { describe, expect, it } from 'vitest';
import { extractLead } from '../../src/extract/index.js';

/** Notes carry the rest of the message: what went into Name, Email and Phone is not repeated. */
describe('notes', () => {
  it('leave out labelled lines that only repeat the contact fields', () => {
    const lead = extractLead(
      {
        text: 'New website enquiry\n*Name:* Marco Rossi\n*Email:* <mailto:marco@rossi.it|marco@rossi.it>\n*Phone:* <tel:+390212345678|+39 02 1234 5678>\n*Message:* Callback about the Pro plan',
      },
      { defaultRegion: 'US' },
    );
    expect(lead.notes).toBe('New website enquiry\nMessage: Callback about the Pro plan');
  });

  it('leave out a Block Kit field’s label together with its value', () => {
    const lead = extractLead(
      {
        blocks: [
          {
            type: 'section',
            fields: [
              { type: 'mrkdwn', text: '*Full name*\nZoë Saldaña' },
              { type: 'mrkdwn', text: '*Work email*\n<mailto:zoe@verdant.io|zoe@verdant.io>' },
              { type: 'mrkdwn', text: '*Company*\nVerdant Ltd' },
            ],
          },
        ],
      },
      { defaultRegion: 'US' },
    );
    expect(lead.notes).toBe('Company\nVerdant Ltd');
  });

  it('keep a line that says more than the contact detail, and free text as written', () => {
    const text = 'just spoke with Marco Rossi from Acme, marco@acme.it, wants pricing';
    expect(extractLead({ text }, { defaultRegion: 'US' }).notes).toBe(text);
    const mixed = extractLead({ text: 'Email: jo@x.io (prefers calls after 5pm)' }, { defaultRegion: 'US' });
    expect(mixed.notes).toContain('prefers calls after 5pm');
  });

  it('keep a rep’s labelled details: only the lead’s are taken out', () => {
    const lead = extractLead(
      { text: 'Name: Ana López\nEmail: ana@lopez.es\nRep email: bob@ourco.com' },
      { defaultRegion: 'US' },
    );
    expect(lead.notes).toBe('Rep email: bob@ourco.com');
  });
});
