import { describe, expect, it } from 'vitest';
import { findEmails } from '../../src/extract/email.js';
import { extractFromText, extractLead } from '../../src/extract/index.js';

describe('findEmails', () => {
  it.each([
    ['write to Ana.Ruiz+crm@Example.co.uk.', ['ana.ruiz+crm@example.co.uk']],
    ['<ana@x.com>, bob@y.org;', ['ana@x.com', 'bob@y.org']],
    ['mailto:ana@x.com', ['ana@x.com']],
    ['not@an-email', []],
    ['a@b.c', []],
    ['..a@b.co', ['a@b.co']],
    ['a@@b.co', []],
    ['user@sub.domain.travel', ['user@sub.domain.travel']],
  ])('%s', (text, expected) => {
    expect(findEmails(text).map((h) => h.email)).toEqual(expected);
  });
});

describe('choosing the lead email', () => {
  it.each([
    ['Rep email: bob@ourco.com\nLead email: ana@acme.com', 'ana@acme.com'],
    ['Assigned to: bob@ourco.com\nEmail: ana@acme.com', 'ana@acme.com'],
    ['Owner: Bob (bob@ourco.com)\nContact: Ana Ruiz, ana@acme.com', 'ana@acme.com'],
    ['Sales rep: bob@ourco.com | Contact: ana@acme.com', 'ana@acme.com'],
    ['New lead ana@acme.com — cc me at bob@ourco.com', 'ana@acme.com'],
    ['cc me at bob@ourco.com, the lead is ana@acme.com', 'ana@acme.com'],
    ['Please reply to me (bob@ourco.com) — lead: ana@acme.com', 'ana@acme.com'],
    ['Submitted by: bob@ourco.com\nName: Ana\nEmail: ana@acme.com', 'ana@acme.com'],
    ['From: Website <noreply@forms.io>\nEmail: ana@acme.com', 'ana@acme.com'],
    ['From: notifications@crm.io\nana@acme.com wants a demo', 'ana@acme.com'],
    [
      'From: Bob <bob@ourco.com>\n---------- Forwarded message ---------\nFrom: Ana <ana@acme.com>\nTo: sales@ourco.com',
      'ana@acme.com',
    ],
    ['To: sales@ourco.com\nFrom: Ana Ruiz <ana@acme.com>', 'ana@acme.com'],
    ['Email: ANA.Ruiz+Trial@Acme.COM', 'ana.ruiz+trial@acme.com'],
  ])('%j', (text, email) => {
    expect(extractFromText(text).email).toBe(email);
  });

  it.each([
    ['mailer-daemon@googlemail.com bounced your message'],
    ['Rep email: bob@ourco.com'],
    ['Owner: jane@ourco.com'],
    ['no-reply@calendly.com sent an invite'],
  ])('no lead email in %j', (text) => {
    expect(extractFromText(text).email).toBeUndefined();
  });

  it('prefers the address that spells the lead name when two are equally good', () => {
    expect(extractFromText('Met Carla Diaz. Emails: info@diazco.com and carla.diaz@diazco.com').email).toBe(
      'carla.diaz@diazco.com',
    );
  });

  it("never takes an address at the seller's own domains", () => {
    const text = 'From: Jane Doe <jane@ourco.com>\nSubject: weekly update\nMet Ana Ruiz, ana@acme.com';
    expect(extractFromText(text, { ownDomains: ['ourco.com'] })).toMatchObject({
      name: 'Ana Ruiz',
      email: 'ana@acme.com',
    });
    expect(extractFromText('From: Jane Doe <jane@eu.ourco.com>', { ownDomains: ['@OurCo.com'] })).toEqual({
      notes: 'From: Jane Doe <jane@eu.ourco.com>',
    });
  });

  it('only returns addresses that are in the message', () => {
    const lead = extractLead({
      text: 'Email: a*@b.co',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'x' } }],
    });
    expect(lead.email).toBeUndefined();
  });
  it('keeps a shared mailbox alone when it is given as the account’s own address', () => {
    expect(extractFromText('New signup: Acme Robotics GmbH — admin email info@acme-robotics.de').email).toBe(
      'info@acme-robotics.de',
    );
    expect(extractFromText('Email: info@acme-robotics.de').email).toBe('info@acme-robotics.de');
    expect(extractFromText('Questions? Please email support@acme.com').email).toBeUndefined();
    expect(extractFromText('Need help? support@acme.com').email).toBeUndefined();
  });
});
