import { extractFromText, extractLead } from '../../src/extract/index.js';
const cases: unknown[] = [
  { text: '*New lead*\n*Name:* Ana López\n*Email:* <mailto:ana.lopez@acme.com|ana.lopez@acme.com>\n*Phone:* <tel:+14155550134|+1 415 555 0134>' },
  { text: 'just spoke with Marco Rossi from Acme, marco.rossi@acme.it, cell 415-555-0199. cc me at jane@ourco.com' },
  { text: 'Hi, I\'m Tom Becker — reach me at 212 555 0187' },
  { text: 'follow up with Zoë Saldaña? zoe.saldana@gmail.com' },
  { text: 'first_name=Ana&last_name=Lopez&email=ana%40x.com&phone=%2B14155550134' },
  { text: 'Order #4155550134 shipped on 2024-03-15, total $1,234.50. Tracking 1Z999AA10123456784' },
  { text: '---------- Forwarded message ---------\nFrom: Klaus Müller &lt;<mailto:k.mueller@firma.de|k.mueller@firma.de>&gt;\nDate: Tue\nTo: sales@ourco.com\n\nHallo, bitte rufen Sie mich an: 030 1234567' },
  { blocks: [{ type: 'section', fields: [{ type: 'mrkdwn', text: '*Name*\nJean Dupont' }, { type: 'mrkdwn', text: '*Email*\n<mailto:jean@dupont.fr|jean@dupont.fr>' }, { type: 'mrkdwn', text: '*Téléphone*\n06 12 34 56 78' }] }], text: 'New submission' },
];
for (const c of cases) console.log(JSON.stringify({ ...extractLead(c as never, { defaultRegion: (c as {text?:string}).text?.includes('Hallo') ? 'DE' : (JSON.stringify(c).includes('Dupont') ? 'FR' : 'US') }), notes: undefined }));
console.log(extractFromText('Rep email: bob@ourco.com, lead email: ana@acme.com'));
