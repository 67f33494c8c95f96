/**
 * Held-out set 4: lead messages written at first sight, without reading the extractor.
 * Phones are E.164 (or exactly as written when the labelled number is invalid); default region US.
 */
import type { CorpusCase } from './corpus.js';

const md = (text: string) => ({ type: 'mrkdwn', text });
const pt = (text: string) => ({ type: 'plain_text', text, emoji: true });
const sec = (text: string) => ({ type: 'section', text: md(text) });
const flds = (...texts: string[]) => ({ type: 'section', fields: texts.map(md) });
const hdr = (text: string) => ({ type: 'header', text: pt(text) });
const ctx = (...texts: string[]) => ({ type: 'context', elements: texts.map(md) });
const div = { type: 'divider' };
const btn = (label: string, url: string) => ({
  type: 'actions',
  elements: [{ type: 'button', text: pt(label), url }],
});
const rt = (text: string, style?: Record<string, boolean>) =>
  style ? { type: 'text', text, style } : { type: 'text', text };
const rlink = (url: string, text?: string) => (text ? { type: 'link', url, text } : { type: 'link', url });
const rich = (...elements: unknown[]) => ({ type: 'rich_text', elements });
const rsec = (...elements: unknown[]) => ({ type: 'rich_text_section', elements });
const mail = (e: string) => `<mailto:${e}|${e}>`;
const field = (title: string, value: string, short = true) => ({ title, value, short });

export const heldout4: CorpusCase[] = [
  {
    id: 'h4-typeform-us-fields',
    blocks: [
      hdr('New Typeform submission: Demo request'),
      flds(
        "*Full name*\nMegan O'Neill",
        `*Email*\n${mail('megan.oneill@brightpath.io')}`,
        '*Phone*\n(415) 867-2391',
        '*Company size*\n51-200',
      ),
      ctx('Submitted 2024-05-14 09:12 PDT · Form ID 88123'),
    ],
    expected: { name: "Megan O'Neill", email: 'megan.oneill@brightpath.io', phone: '+14158672391' },
  },
  {
    id: 'h4-hubspot-uk-plus44-zero',
    region: 'GB',
    text: `New contact created in *HubSpot*: *Oliver Bennett* — ${mail('oliver.bennett@harrowgate.co.uk')} — +44 (0)20 7183 8750`,
    expected: { name: 'Oliver Bennett', email: 'oliver.bennett@harrowgate.co.uk', phone: '+442071838750' },
  },
  {
    id: 'h4-de-lead-in-us-workspace',
    text: `Inbound from website:\nName: Jürgen Hoffmann\nE-Mail: ${mail('j.hoffmann@hoffmann-bau.de')}\nTelefon: 089 21093456\nFirma: Hoffmann Bau GmbH\nPLZ: 80331`,
    expected: { name: 'Jürgen Hoffmann', email: 'j.hoffmann@hoffmann-bau.de', phone: '+498921093456' },
  },
  {
    id: 'h4-fr-0033-mobile',
    text: `Prospect : Camille Durand, ${mail('camille.durand@atelier-lumiere.fr')}, tél. 0033 6 12 34 56 78`,
    expected: { name: 'Camille Durand', email: 'camille.durand@atelier-lumiere.fr', phone: '+33612345678' },
  },
  {
    id: 'h4-fr-plus33-zero-gb-workspace',
    region: 'GB',
    text: `Lead from the Paris trade show — Élodie Martin, +33 (0)6 45 78 12 90, ${mail('elodie.martin@orange.fr')}`,
    expected: { name: 'Élodie Martin', email: 'elodie.martin@orange.fr', phone: '+33645781290' },
  },
  {
    id: 'h4-nl-national-mobile',
    text: `Form fill: Sanne de Vries | ${mail('sanne@devries-logistiek.nl')} | Telefoon: 06 12345678`,
    expected: { name: 'Sanne de Vries', email: 'sanne@devries-logistiek.nl', phone: '+31612345678' },
  },
  {
    id: 'h4-forwarded-email-rep-signature',
    text: `---------- Forwarded message ---------\nFrom: Priya Raman &lt;${mail('priya.raman@kestrelhealth.com')}&gt;\nDate: Tue, Mar 12, 2024 at 4:05 PM\nSubject: Pricing for 40 seats\n\nHi, could someone call me at 312-448-9021? We want to start in Q3.\n\nPriya\n\n--\nTom Walsh | Account Executive | Acme Analytics\n${mail('tom.walsh@acmeanalytics.com')} | +1 646 219 3307`,
    expected: { name: 'Priya Raman', email: 'priya.raman@kestrelhealth.com', phone: '+13124489021' },
  },
  {
    id: 'h4-empty-dialin-reminder',
    text: 'Reminder: Q3 pipeline review tomorrow 10:00. Dial-in: +1 646 219 3307, PIN 482 913 07#',
    expected: {},
  },
  {
    id: 'h4-empty-closed-won',
    text: ':tada: Closed-won: Globex renewal, $48,500 ARR, order #100234567, signed 2024-03-15',
    expected: {},
  },
  {
    id: 'h4-call-notes-india-trunk',
    text: 'Call notes — spoke with Dr. Anil Mehta (CTO, Sunrise Diagnostics, Pune). Mobile 098201 34567. Wants a follow-up after 12/04, budget ~₹40,00,000.',
    expected: { name: 'Anil Mehta', phone: '+919820134567' },
  },
  {
    id: 'h4-salesforce-attachment-au',
    attachments: [
      {
        fallback: 'New lead: Chloe Nguyen',
        pretext: 'Salesforce · New lead assigned to you',
        title: 'Chloe Nguyen — Harbour Fitness',
        fields: [
          field('Name', 'Chloe Nguyen'),
          field('Email', mail('chloe@harbourfit.com.au')),
          field('Phone', '0412 345 678'),
          field('Country', 'Australia'),
          field('Lead source', 'Webinar'),
        ],
      },
    ],
    expected: { name: 'Chloe Nguyen', email: 'chloe@harbourfit.com.au', phone: '+61412345678' },
  },
  {
    id: 'h4-jp-japanese-labels',
    text: `新規お問い合わせ\nお名前: 佐藤 健\nメール: ${mail('ken.sato@mirai-soft.co.jp')}\n電話番号: 03-5321-4455\n会社名: ミライソフト株式会社`,
    expected: { name: '佐藤 健', email: 'ken.sato@mirai-soft.co.jp', phone: '+81353214455' },
  },
  {
    id: 'h4-br-celular',
    text: `Novo lead: João Pereira — ${mail('joao.pereira@vendasfacil.com.br')} — Celular: (11) 91234-5678`,
    expected: { name: 'João Pereira', email: 'joao.pereira@vendasfacil.com.br', phone: '+5511912345678' },
  },
  {
    id: 'h4-es-mobile-madrid',
    text: `Nuevo contacto: Lucía Fernández, ${mail('lucia.fernandez@grupoalba.es')}, Tel: 612 34 56 78 (Madrid)`,
    expected: { name: 'Lucía Fernández', email: 'lucia.fernandez@grupoalba.es', phone: '+34612345678' },
  },
  {
    id: 'h4-it-cell',
    text: `Contatto: Marco Rossi — ${mail('m.rossi@rossimeccanica.it')} — cell. 347 123 4567`,
    expected: { name: 'Marco Rossi', email: 'm.rossi@rossimeccanica.it', phone: '+393471234567' },
  },
  {
    id: 'h4-empty-who-covers-demo',
    text: "Who's covering the Initech demo on Friday? I'm out 14.06–21.06.",
    expected: {},
  },
  {
    id: 'h4-de-0049-zero-gb-workspace',
    region: 'GB',
    text: `Lead: Katrin Schulz, 0049 (0)30 2345 6789, ${mail('k.schulz@schulz-medien.de')}`,
    expected: { name: 'Katrin Schulz', email: 'k.schulz@schulz-medien.de', phone: '+493023456789' },
  },
  {
    id: 'h4-ch-herr-zurich',
    text: `Anfrage von Herr Stefan Meier, Zürich, Tel. 044 668 18 00, ${mail('stefan.meier@meier-treuhand.ch')}`,
    expected: { name: 'Stefan Meier', email: 'stefan.meier@meier-treuhand.ch', phone: '+41446681800' },
  },
  {
    id: 'h4-invalid-us-short',
    text: `Web form — Name: Derek Collins / Email: ${mail('dcollins@fieldstone.com')} / Phone: (415) 867-239`,
    expected: { name: 'Derek Collins', email: 'dcollins@fieldstone.com', phone: '(415) 867-239' },
  },
  {
    id: 'h4-empty-zapier-digest',
    text: 'Zapier: Daily digest — 14 new leads synced to Salesforce. 2 failed (see log 2024-05-14).',
    expected: {},
  },
  {
    id: 'h4-mx-lead',
    text: `Lead de LATAM: Alejandro Torres, ${mail('alejandro.torres@grupotorres.com.mx')}, Tel. 55 1234 5678`,
    expected: {
      name: 'Alejandro Torres',
      email: 'alejandro.torres@grupotorres.com.mx',
      phone: '+525512345678',
    },
  },
  {
    id: 'h4-za-cape-town',
    text: `Sipho Dlamini from Cape Town wants a demo. 082 123 4567 / ${mail('sipho@khanyatech.co.za')}`,
    expected: { name: 'Sipho Dlamini', email: 'sipho@khanyatech.co.za', phone: '+27821234567' },
  },
  {
    id: 'h4-sg-plus65',
    text: `SG inbound: Tan Wei Ming, ${mail('weiming.tan@lionsgate.com.sg')}, +65 9123 4567`,
    expected: { name: 'Tan Wei Ming', email: 'weiming.tan@lionsgate.com.sg', phone: '+6591234567' },
  },
  {
    id: 'h4-colleague-add-to-hubspot',
    text: `hey can you add Rachel Kim to HubSpot? she's at ${mail('rachel@northwind-design.com')}, cell 646 734 2210. thx!`,
    expected: { name: 'Rachel Kim', email: 'rachel@northwind-design.com', phone: '+16467342210' },
  },
  {
    id: 'h4-empty-colleague-own-number',
    text: 'Can someone send me the new pricing deck? Heads up, my number changed: 917-402-8816',
    expected: {},
  },
  {
    id: 'h4-crm-note-rep-phone-trap',
    text: `Note added by Sarah Lopez: lead Ahmed Al-Farsi (${mail('ahmed.alfarsi@gulfbridge.ae')}) asked for a call next week.\n—\nSarah Lopez, Sales Manager, Acme Analytics, +1 312 448 7700`,
    expected: { name: 'Ahmed Al-Farsi', email: 'ahmed.alfarsi@gulfbridge.ae' },
  },
  {
    id: 'h4-ae-dubai-expo',
    text: `Dubai expo lead: Fatima Hassan, 050 123 4567, ${mail('fatima.hassan@desertbloom.ae')}`,
    expected: { name: 'Fatima Hassan', email: 'fatima.hassan@desertbloom.ae', phone: '+971501234567' },
  },
  {
    id: 'h4-ie-lead-gb-workspace',
    region: 'GB',
    text: `Lead: Niamh Byrne — ${mail('niamh.byrne@byrnepharma.ie')} — 087 123 4567`,
    expected: { name: 'Niamh Byrne', email: 'niamh.byrne@byrnepharma.ie', phone: '+353871234567' },
  },
  {
    id: 'h4-uk-leeds-us-workspace',
    text: `Name: James Whitaker\nCompany: Whitaker & Sons Ltd, Leeds, UK\nEmail: ${mail('james@whitakerandsons.co.uk')}\nPhone: 0113 245 7788`,
    expected: { name: 'James Whitaker', email: 'james@whitakerandsons.co.uk', phone: '+441132457788' },
  },
  {
    id: 'h4-empty-order-shipped',
    text: 'Order #4471-2209 shipped to 221B Baker Street, London NW1 6XE. Tracking 1Z999AA10123456784.',
    expected: {},
  },
  {
    id: 'h4-pl-lead',
    text: `Nowy lead: Katarzyna Nowak, ${mail('k.nowak@budmax.pl')}, tel. 512 345 678`,
    expected: { name: 'Katarzyna Nowak', email: 'k.nowak@budmax.pl', phone: '+48512345678' },
  },
  {
    id: 'h4-se-mobil',
    text: `Ny förfrågan: Erik Lindqvist, ${mail('erik.lindqvist@nordvind.se')}, mobil 070-123 45 67`,
    expected: { name: 'Erik Lindqvist', email: 'erik.lindqvist@nordvind.se', phone: '+46701234567' },
  },
  {
    id: 'h4-no-tlf',
    text: `Lead: Ingrid Hansen, ${mail('ingrid@fjordfisk.no')}, tlf 412 34 567`,
    expected: { name: 'Ingrid Hansen', email: 'ingrid@fjordfisk.no', phone: '+4741234567' },
  },
  {
    id: 'h4-dk-tlf',
    text: `Mads Jensen (${mail('mads.jensen@jensenbyg.dk')}), tlf. 20 12 34 56 — interesseret i et tilbud`,
    expected: { name: 'Mads Jensen', email: 'mads.jensen@jensenbyg.dk', phone: '+4520123456' },
  },
  {
    id: 'h4-at-frau-mag',
    text: `Anfrage: Frau Mag. Anna Gruber, ${mail('anna.gruber@gruber-consulting.at')}, Tel. 0664 123 4567`,
    expected: { name: 'Anna Gruber', email: 'anna.gruber@gruber-consulting.at', phone: '+436641234567' },
  },
  {
    id: 'h4-be-gsm',
    text: `Contact: Lotte Peeters, ${mail('lotte.peeters@peeters-bouw.be')}, GSM 0470 12 34 56`,
    expected: { name: 'Lotte Peeters', email: 'lotte.peeters@peeters-bouw.be', phone: '+32470123456' },
  },
  {
    id: 'h4-pt-telemovel',
    text: `Lead: Inês Carvalho, ${mail('ines.carvalho@lusovinhos.pt')}, telemóvel 912 345 678`,
    expected: { name: 'Inês Carvalho', email: 'ines.carvalho@lusovinhos.pt', phone: '+351912345678' },
  },
  {
    id: 'h4-nz-mobile',
    text: `Kiwi lead — Aroha Ngata, ${mail('aroha@tekaitiaki.co.nz')}, 021 123 4567`,
    expected: { name: 'Aroha Ngata', email: 'aroha@tekaitiaki.co.nz', phone: '+64211234567' },
  },
  {
    id: 'h4-kr-mobile',
    text: `Lead: Kim Ji-woo, ${mail('jiwoo.kim@hanbitsoft.co.kr')}, 010-1234-5678`,
    expected: { name: 'Kim Ji-woo', email: 'jiwoo.kim@hanbitsoft.co.kr', phone: '+821012345678' },
  },
  {
    id: 'h4-il-mobile-hebrew-label',
    text: `Yael Cohen, ${mail('yael@shalomtech.co.il')}, נייד: 052-876-5432`,
    expected: { name: 'Yael Cohen', email: 'yael@shalomtech.co.il', phone: '+972528765432' },
  },
  {
    id: 'h4-tr-lead',
    text: `Yeni müşteri adayı: Mehmet Yılmaz, ${mail('mehmet.yilmaz@anadolutekstil.com.tr')}, Tel: 0532 123 45 67`,
    expected: { name: 'Mehmet Yılmaz', email: 'mehmet.yilmaz@anadolutekstil.com.tr', phone: '+905321234567' },
  },
  {
    id: 'h4-ca-vancouver',
    text: `Lead: Olivia Tremblay, ${mail('olivia.tremblay@northernlights.ca')}, 604-681-2345`,
    expected: { name: 'Olivia Tremblay', email: 'olivia.tremblay@northernlights.ca', phone: '+16046812345' },
  },
  {
    id: 'h4-empty-webinar-stats',
    text: 'Webinar registrations are up 23% vs last month :chart_with_upwards_trend: Total: 1,284',
    expected: {},
  },
  {
    id: 'h4-empty-calendar-zoom',
    blocks: [
      sec('*Event reminder:* Demo with Globex\n15:30–16:00 CET'),
      ctx('Zoom: https://zoom.us/j/84512345678 · Meeting ID 845 1234 5678 · Passcode 129876'),
    ],
    expected: {},
  },
  {
    id: 'h4-invalid-uk-short',
    region: 'GB',
    text: 'Callback request\nName: Harriet Shaw\nTel: 07911 12345\nBest time: after 2pm',
    expected: { name: 'Harriet Shaw', phone: '07911 12345' },
  },
  {
    id: 'h4-fi-puh',
    text: `Liidi: Mikko Virtanen, ${mail('mikko.virtanen@virtasoft.fi')}, puh. 040 123 4567`,
    expected: { name: 'Mikko Virtanen', email: 'mikko.virtanen@virtasoft.fi', phone: '+358401234567' },
  },
  {
    id: 'h4-cz-poptavka',
    text: `Poptávka: Petr Novák, ${mail('petr.novak@novak-stavby.cz')}, tel. 601 123 456`,
    expected: { name: 'Petr Novák', email: 'petr.novak@novak-stavby.cz', phone: '+420601123456' },
  },
  {
    id: 'h4-in-plus91-dashes',
    text: `Lead: Rohit Sharma, ${mail('rohit@sharmaexports.in')}, +91-98765-43210`,
    expected: { name: 'Rohit Sharma', email: 'rohit@sharmaexports.in', phone: '+919876543210' },
  },
  {
    id: 'h4-hk-lead',
    text: `HK lead: Chan Tai Man, ${mail('tm.chan@harbourcap.com.hk')}, +852 9123 4567`,
    expected: { name: 'Chan Tai Man', email: 'tm.chan@harbourcap.com.hk', phone: '+85291234567' },
  },
  {
    id: 'h4-ng-lead',
    text: `Lead: Chinedu Okafor, ${mail('chinedu@okaforagro.com.ng')}, 0803 123 4567`,
    expected: { name: 'Chinedu Okafor', email: 'chinedu@okaforagro.com.ng', phone: '+2348031234567' },
  },
  {
    id: 'h4-ke-lead',
    text: `Wanjiru Kamau, ${mail('wanjiru@savannahsolar.co.ke')}, 0712 345678 — Nairobi`,
    expected: { name: 'Wanjiru Kamau', email: 'wanjiru@savannahsolar.co.ke', phone: '+254712345678' },
  },
  {
    id: 'h4-de-country-field-gmail',
    blocks: [
      hdr('New lead'),
      flds(
        '*Name:*\nLukas Becker',
        `*Email:*\n${mail('lukas.becker87@gmail.com')}`,
        '*Phone:*\n0151 23456789',
        '*Country:*\nGermany',
      ),
      btn('View in Pipedrive', 'https://acme.pipedrive.com/person/5521'),
    ],
    expected: { name: 'Lukas Becker', email: 'lukas.becker87@gmail.com', phone: '+4915123456789' },
  },
  {
    id: 'h4-fr-lyon-fixed',
    text: `Lead salon Lyon — Antoine Girard, 04 78 12 34 56, ${mail('antoine.girard@girard-vins.com')} (Lyon, France)`,
    expected: { name: 'Antoine Girard', email: 'antoine.girard@girard-vins.com', phone: '+33478123456' },
  },
  {
    id: 'h4-empty-unsubscribe',
    text: "Reply from prospect: 'Please remove me from your list.' — marked as unsubscribed.",
    expected: {},
  },
  {
    id: 'h4-empty-maintenance',
    text: '<!channel> the CRM will be down for maintenance Saturday 02:00–04:00 UTC.',
    expected: {},
  },
  {
    id: 'h4-rich-text-de-hamburg',
    blocks: [
      rich(
        rsec(
          rt('New lead from chat widget\n'),
          rt('Name: ', { bold: true }),
          rt('Hannah Fischer\n'),
          rt('Email: ', { bold: true }),
          rlink('mailto:hannah.fischer@fischer-optik.de', 'hannah.fischer@fischer-optik.de'),
          rt('\nPhone: ', { bold: true }),
          rt('+49 (0) 40 3250 7788'),
        ),
      ),
    ],
    expected: { name: 'Hannah Fischer', email: 'hannah.fischer@fischer-optik.de', phone: '+494032507788' },
  },
  {
    id: 'h4-empty-anonymous-visitor',
    text: 'Intercom: *Visitor 4821* (Lisbon) asked about pricing for 10 seats. No email provided.',
    expected: {},
  },
  {
    id: 'h4-drift-name-email',
    text: `Drift conversation — *Ben Carter* (${mail('ben.carter@quarrystone.com')}): "Can we get a quote for 25 users?"`,
    expected: { name: 'Ben Carter', email: 'ben.carter@quarrystone.com' },
  },
  {
    id: 'h4-price-date-traps',
    text: `Lead: Sofia Alvarez, ${mail('sofia@alvarezdesign.com')} — budget $12,500–$15,000, wants to start 03/01/2025. Phone (305) 412-7789`,
    expected: { name: 'Sofia Alvarez', email: 'sofia@alvarezdesign.com', phone: '+13054127789' },
  },
  {
    id: 'h4-uk-postcode-trap',
    region: 'GB',
    text: 'Walk-in enquiry: Aisha Patel\nAddress: 14 Market St, Manchester M1 1AE\nPhone: 0161 832 4455',
    expected: { name: 'Aisha Patel', phone: '+441618324455' },
  },
  {
    id: 'h4-order-number-trap',
    text: `Order #100482913 from Daniel Wright (${mail('daniel.wright@wrightfamily.net')}). Wants a B2B account. Tel 720-468-3310`,
    expected: { name: 'Daniel Wright', email: 'daniel.wright@wrightfamily.net', phone: '+17204683310' },
  },
  {
    id: 'h4-empty-rep-signature-only',
    text: `Sending this from my phone, call me if stuck.\n\nJessica Moore | SDR | Acme Analytics | +1 (646) 219-3307 | ${mail('jessica.moore@acmeanalytics.com')}`,
    expected: {},
  },
  {
    id: 'h4-empty-gong',
    text: "Gong recorded call 'Discovery – Umbrella Corp' (32 min). Transcript ready.",
    expected: {},
  },
  {
    id: 'h4-empty-lunch-order',
    text: 'Lunch order for the team: 12 × sandwiches, €86.40, ref 2024-0612-88',
    expected: {},
  },
  {
    id: 'h4-jp-plus81-zero-mobile',
    text: `Lead: Yuki Tanaka, +81 (0)90-1234-5678, ${mail('yuki.tanaka@sakura-trading.jp')}`,
    expected: { name: 'Yuki Tanaka', email: 'yuki.tanaka@sakura-trading.jp', phone: '+819012345678' },
  },
  {
    id: 'h4-email-uppercase',
    text: 'New signup!\nName: Grace Liu\nEmail: <mailto:Grace.Liu@PeakView.COM|Grace.Liu@PeakView.COM>\nPlan: Team (trial)',
    expected: { name: 'Grace Liu', email: 'grace.liu@peakview.com' },
  },
  {
    id: 'h4-legacy-attachment-bot-pretext',
    attachments: [
      {
        fallback: 'New Lead: Marcus Johnson',
        pretext: 'Salesforce',
        title: 'New Lead: Marcus Johnson',
        text: 'Lone Star Freight · Dallas, TX',
        fields: [
          field('Email', mail('marcus.johnson@lonestarfreight.com')),
          field('Phone', '214-379-8821'),
          field('Annual revenue', '$4,200,000'),
        ],
      },
    ],
    expected: { name: 'Marcus Johnson', email: 'marcus.johnson@lonestarfreight.com', phone: '+12143798821' },
  },
  {
    id: 'h4-invalid-fr-short',
    region: 'FR',
    text: `Demande de rappel : Julien Moreau, ${mail('julien.moreau@moreau-immo.fr')}, Tél : 06 12 34 56 7`,
    expected: { name: 'Julien Moreau', email: 'julien.moreau@moreau-immo.fr', phone: '06 12 34 56 7' },
  },
  {
    id: 'h4-invalid-au-short',
    region: 'AU',
    text: `Callback: Liam O'Brien, Mobile: 0412 345 67, ${mail('liam@obrienplumbing.com.au')}`,
    expected: { name: "Liam O'Brien", email: 'liam@obrienplumbing.com.au', phone: '0412 345 67' },
  },
  {
    id: 'h4-empty-contact-left',
    text: "FYI Globex's procurement contact left the company, will update when we hear more.",
    expected: {},
  },
  {
    id: 'h4-empty-team-shoutout',
    text: 'Great call today team :clap: 3 demos booked, 1 at $24k.',
    expected: {},
  },
  {
    id: 'h4-uk-plus44-mobile-gb',
    region: 'GB',
    text: `Website enquiry from Tom Hargreaves (${mail('tom@hargreavesjoinery.co.uk')}) — mobile +44 7911 123 456`,
    expected: { name: 'Tom Hargreaves', email: 'tom@hargreavesjoinery.co.uk', phone: '+447911123456' },
  },
  {
    id: 'h4-es-0034-fixed',
    text: `Pablo Ruiz (Ruiz Abogados) — ${mail('pablo.ruiz@ruizabogados.es')} — 0034 91 123 45 67`,
    expected: { name: 'Pablo Ruiz', email: 'pablo.ruiz@ruizabogados.es', phone: '+34911234567' },
  },
  {
    id: 'h4-it-plus39-milano',
    text: `Lead Milano: Giulia Bianchi, ${mail('giulia.bianchi@bianchidesign.it')}, +39 02 1234 5678`,
    expected: { name: 'Giulia Bianchi', email: 'giulia.bianchi@bianchidesign.it', phone: '+390212345678' },
  },
  {
    id: 'h4-nl-plus31-zero',
    text: `Daan Visser, ${mail('daan@vissertech.nl')}, +31 (0)20 123 4567`,
    expected: { name: 'Daan Visser', email: 'daan@vissertech.nl', phone: '+31201234567' },
  },
  {
    id: 'h4-forwarded-lead-signature-de',
    text: `Fwd from Mike — please follow up:\n\n&gt; Dear team, we are evaluating tools for 120 users.\n&gt; Kind regards,\n&gt; Laura Schmidt\n&gt; Head of Procurement, Vennwerk GmbH\n&gt; T +49 221 9876 5432\n&gt; ${mail('laura.schmidt@vennwerk.de')}\n\nMike Daniels | Acme Analytics | +44 20 7183 8700`,
    expected: { name: 'Laura Schmidt', email: 'laura.schmidt@vennwerk.de', phone: '+4922198765432' },
  },
  {
    id: 'h4-empty-partner-dialin',
    text: 'Join the partner call: UK +44 20 3481 5240, US +1 646 558 8656, PIN 839 204 117#',
    expected: {},
  },
  {
    id: 'h4-name-only-booth',
    text: "Met Gabriel Costa at the booth, he'll email us next week about the pilot.",
    expected: { name: 'Gabriel Costa' },
  },
  {
    id: 'h4-email-only-procurement',
    text: `Inbound: someone at ${mail('procurement@helixbio.com')} asked for our security questionnaire.`,
    expected: { email: 'procurement@helixbio.com' },
  },
  {
    id: 'h4-empty-expenses',
    text: `Reminder: expense reports due 30/06. Questions → ${mail('finance@acmeanalytics.com')}`,
    expected: {},
  },
  {
    id: 'h4-cl-mobile',
    text: `Lead Chile: Valentina Rojas, ${mail('valentina.rojas@andesminerals.cl')}, +56 9 6123 4567`,
    expected: { name: 'Valentina Rojas', email: 'valentina.rojas@andesminerals.cl', phone: '+56961234567' },
  },
  {
    id: 'h4-co-cel',
    text: `Lead: Andrés Gómez, ${mail('andres.gomez@cafetal.com.co')}, cel. 310 123 4567`,
    expected: { name: 'Andrés Gómez', email: 'andres.gomez@cafetal.com.co', phone: '+573101234567' },
  },
  {
    id: 'h4-empty-bot-added',
    text: 'Acme Lead Bot has been added to #sales-leads by Tom Walsh.',
    expected: {},
  },
  {
    id: 'h4-empty-stripe',
    text: 'Stripe: Payment of $1,250.00 received for invoice INV-20240315-0042',
    expected: {},
  },
  {
    id: 'h4-empty-routing-rule',
    text: 'Lead routing rule updated: EMEA leads → Hannah, APAC → Kenji.',
    expected: {},
  },
  {
    id: 'h4-gr-mobile',
    text: `Lead: Nikos Papadopoulos, ${mail('nikos@aegeanlogistics.gr')}, κινητό 691 234 5678`,
    expected: { name: 'Nikos Papadopoulos', email: 'nikos@aegeanlogistics.gr', phone: '+306912345678' },
  },
  {
    id: 'h4-ph-mobile',
    text: `Lead: Maria Santos, ${mail('maria.santos@islandbpo.com.ph')}, 0917 123 4567 (Makati)`,
    expected: { name: 'Maria Santos', email: 'maria.santos@islandbpo.com.ph', phone: '+639171234567' },
  },
  {
    id: 'h4-empty-ooo',
    text: 'OOO until Monday. For urgent matters call the office +1 (646) 219-3300.',
    expected: {},
  },
  {
    id: 'h4-empty-shopify-order',
    text: 'Shopify: New order #1043 — 2 × Pro Plan — $398.00 — ships to 94107',
    expected: {},
  },
  {
    id: 'h4-empty-deal-stage',
    blocks: [
      sec('*Deal stage changed:* Initech → Negotiation'),
      flds('*Amount*\n$36,000', '*Close date*\n2024-09-30', '*Owner*\nTom Walsh'),
    ],
    expected: {},
  },
  {
    id: 'h4-empty-standup-dialin',
    text: 'can someone jump on the 3pm? dial 212-736-4120 code 7741#',
    expected: {},
  },
  {
    id: 'h4-empty-deal-signed',
    text: 'Thanks all, the Hoffmann deal is signed! :champagne:',
    expected: {},
  },
  {
    id: 'h4-empty-job-application',
    text: 'New job application received for the SDR role (see Greenhouse).',
    expected: {},
  },
  {
    id: 'h4-empty-leaderboard',
    text: 'Weekly leaderboard :trophy:\n1. Jessica Moore — 12 meetings\n2. Tom Walsh — 9 meetings\n3. Sarah Lopez — 7 meetings',
    expected: {},
  },
  {
    id: 'h4-empty-calendly-availability',
    text: "Calendly: Tom Walsh's availability updated for next week.",
    expected: {},
  },
  {
    id: 'h4-calendly-invitee-uk',
    blocks: [
      hdr('New Event: 30 Minute Discovery Call'),
      sec(
        `*Invitee:* Emma Thompson\n*Invitee Email:* ${mail('emma.thompson@clearwater.org.uk')}\n*Phone:* +44 121 643 2210\n*Event Date/Time:* 10:00am - Thursday, 20 June 2024 (London)`,
      ),
      ctx('Host: Jessica Moore'),
    ],
    expected: { name: 'Emma Thompson', email: 'emma.thompson@clearwater.org.uk', phone: '+441216432210' },
  },
  {
    id: 'h4-de-workspace-berlin',
    region: 'DE',
    text: `Neuer Lead über das Kontaktformular\nVorname: Tobias\nNachname: Wagner\nE-Mail: ${mail('t.wagner@wagner-it.de')}\nTelefon: 030 12345678\nNachricht: Bitte Rückruf ab 15.07.`,
    expected: { name: 'Tobias Wagner', email: 't.wagner@wagner-it.de', phone: '+493012345678' },
  },
  {
    id: 'h4-tel-markup',
    text: `*New inbound call request*\nLead: Karen Brooks\nEmail: ${mail('kbrooks@summitdental.com')}\nPhone: <tel:+13124489021|(312) 448-9021>`,
    expected: { name: 'Karen Brooks', email: 'kbrooks@summitdental.com', phone: '+13124489021' },
  },
  {
    id: 'h4-empty-internal-question',
    text: 'Does anyone have a contact at Hooli? Trying to get an intro before the conference on 09/18.',
    expected: {},
  },
  {
    id: 'h4-empty-quote-sent',
    text: 'Quote Q-2024-0071 sent to Umbrella Corp: 250 seats × $42 = $10,500/mo',
    expected: {},
  },
  {
    id: 'h4-fr-workspace-belgian-lead',
    region: 'FR',
    text: `Nouveau lead : Mr. Thomas Dubois, ${mail('thomas.dubois@dubois-conseil.be')}, Bruxelles, tél. 02 512 34 56`,
    expected: { name: 'Thomas Dubois', email: 'thomas.dubois@dubois-conseil.be', phone: '+3225123456' },
  },
  {
    id: 'h4-au-fixed-sydney-us-workspace',
    text: `Lead (Sydney, Australia): Jack Mitchell, ${mail('jack@mitchellarchitects.com.au')}, (02) 9876 5432`,
    expected: { name: 'Jack Mitchell', email: 'jack@mitchellarchitects.com.au', phone: '+61298765432' },
  },
  {
    id: 'h4-ch-plus41-zero-mobile',
    text: `Lead: Laura Keller, ${mail('laura.keller@kellerag.ch')}, +41 (0)79 123 45 67`,
    expected: { name: 'Laura Keller', email: 'laura.keller@kellerag.ch', phone: '+41791234567' },
  },
  {
    id: 'h4-us-lead-with-rep-signature-block',
    blocks: [
      sec(
        `Hi team, new lead from the webinar:\n*Name:* David Chen\n*Email:* ${mail('david.chen@orbitlabs.io')}\n*Phone:* 628-204-7719`,
      ),
      div,
      ctx('Posted by Jessica Moore · SDR · +1 (646) 219-3307'),
    ],
    expected: { name: 'David Chen', email: 'david.chen@orbitlabs.io', phone: '+16282047719' },
  },
  {
    id: 'h4-mx-plus52-odd-grouping',
    text: `Lead: Ximena Hernández, ${mail('ximena@hernandezfoods.mx')}, +52 (33) 1234-5678, Guadalajara`,
    expected: { name: 'Ximena Hernández', email: 'ximena@hernandezfoods.mx', phone: '+523312345678' },
  },
];
