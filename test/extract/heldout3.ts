/**
 * Held-out set 3 (issue 14: prefill across countries).
 *
 * Written WITHOUT reading the extractor (nothing under src/ and nothing in test/extract/ beyond the
 * CorpusCase interface and the block helpers at the top of corpus.ts), and never run against it or tuned
 * to it: a first-sight test of how leads really arrive in sales workspaces around the world.
 *
 * Conventions, as for the other corpora:
 * - `region` is the workspace's home region (omitted = US), not the lead's country.
 * - expected.phone is E.164 in the lead's real country. A national number (trunk 0, no country code) is
 *   read in the country the message hints at (email ccTLD, a Country field, a +CC number elsewhere, a
 *   city, labels in the local language); with no hint at all it is read in the workspace region.
 * - A number clearly given as the lead's phone but invalid is expected exactly as written (trimmed), so
 *   the person sees it and fixes it.
 * - expected.email is lower-case; expected.name is as written, without honorifics.
 * - `{}` means nothing in the message belongs in the form.
 */
import type { CorpusCase } from './corpus.js';

const lines = (...l: string[]) => l.join('\n');
const mail = (email: string) => `<mailto:${email}|${email}>`;
const tel = (e164: string, shown: string) => `<tel:${e164}|${shown}>`;
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const fields = (...texts: string[]) => ({ type: 'section', fields: texts.map(mrkdwn) });
const header = (text: string) => ({ type: 'header', text: plain(text) });
const context = (...texts: string[]) => ({ type: 'context', elements: texts.map(mrkdwn) });
const divider = { type: 'divider' };
const button = (label: string, url: string) => ({
  type: 'actions',
  elements: [{ type: 'button', text: plain(label), url }],
});
const t = (text: string, style?: Record<string, boolean>) =>
  style ? { type: 'text', text, style } : { type: 'text', text };
const link = (url: string, text?: string) => (text ? { type: 'link', url, text } : { type: 'link', url });
const rich = (...elements: unknown[]) => ({ type: 'rich_text', elements });
const rsection = (...elements: unknown[]) => ({ type: 'rich_text_section', elements });
const rlist = (...items: unknown[][]) => ({
  type: 'rich_text_list',
  style: 'bullet',
  elements: items.map((els) => rsection(...els)),
});
const f = (title: string, value: string, short = true) => ({ title, value, short });

export const heldout3: CorpusCase[] = [
  // ---------------------------------------------------------------------------------------------------
  // Form bots (Typeform / HubSpot / Webflow / Jotform style): fields, sections, legacy attachments
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'typeform-fields-berlin-landline-national-de-email',
    text: 'New Typeform response: Demo request',
    blocks: [
      header('New Typeform response :inbox_tray:'),
      fields(
        '*Name*\nLena Vogt',
        '*Email*\nlena.vogt@kanzlei-vogt.de',
        '*Phone*\n030 1234567',
        '*Company*\nKanzlei Vogt',
      ),
      context('Submitted 14 Mar 2025 at 09:12 · Form: Demo request (EN)'),
    ],
    expected: { name: 'Lena Vogt', email: 'lena.vogt@kanzlei-vogt.de', phone: '+49301234567' },
  },
  {
    id: 'hubspot-attachment-first-last-uk-mobile-couk',
    attachments: [
      {
        fallback: 'New form submission on Contact us',
        pretext: 'New form submission on *Contact us*',
        title: 'Oliver Bennett',
        fields: [
          f('First name', 'Oliver'),
          f('Last name', 'Bennett'),
          f('Email', 'oliver.bennett@bennettjoinery.co.uk'),
          f('Phone number', '07400 123456'),
          f('Message', 'Looking for pricing for 12 seats, ideally before our April board meeting.', false),
        ],
        footer: 'HubSpot Forms',
      },
    ],
    expected: {
      name: 'Oliver Bennett',
      email: 'oliver.bennett@bennettjoinery.co.uk',
      phone: '+447400123456',
    },
  },
  {
    id: 'webflow-french-labels-com-email-national-mobile',
    text: 'New form submission from *Formulaire contact (FR)*',
    blocks: [
      section(
        lines(
          '*Nom :* Camille Rousseau',
          '*E-mail :* camille.rousseau@studio-brume.com',
          '*Téléphone :* 06 12 34 56 78',
          '*Message :* Bonjour, nous voudrions une démo la semaine prochaine. Merci !',
        ),
      ),
      context('Webflow · studio-brume.com → trata.io/fr/contact'),
    ],
    expected: { name: 'Camille Rousseau', email: 'camille.rousseau@studio-brume.com', phone: '+33612345678' },
  },
  {
    id: 'typeform-country-field-spain-no-trunk',
    blocks: [
      header('New response: Get a quote'),
      fields(
        '*Full name*\nNerea Etxeberria',
        '*Work email*\nnerea@etxeberria-abogados.com',
        '*Phone*\n612 345 678',
        '*Country*\nSpain',
        '*Team size*\n11-50',
      ),
    ],
    expected: { name: 'Nerea Etxeberria', email: 'nerea@etxeberria-abogados.com', phone: '+34612345678' },
  },
  {
    id: 'hubspot-fields-india-mobile-trunk-zero-in-email',
    blocks: [
      section(':large_green_circle: *New contact* from _Pricing page — Talk to sales_'),
      fields(
        '*Name:*\nPriyanka Deshmukh',
        '*Email:*\npriyanka.d@shreeinfra.in',
        '*Phone:*\n098765 43210',
        '*Company:*\nShree Infra Pvt Ltd',
      ),
      button('Open in CRM', 'https://crm.example.com/contacts/55102'),
    ],
    expected: { name: 'Priyanka Deshmukh', email: 'priyanka.d@shreeinfra.in', phone: '+919876543210' },
  },
  {
    id: 'au-workspace-enquiry-local-mobile-postcode-trap',
    region: 'AU',
    blocks: [
      section(
        lines(
          '*New enquiry* :tada:',
          "*Name:* Jack O'Connor",
          '*Email:* jack@oconnorbuilds.com.au',
          '*Mobile:* 0421 987 654',
          '*Postcode:* 2010',
          '*Service:* Kitchen renovation',
        ),
      ),
    ],
    expected: { name: "Jack O'Connor", email: 'jack@oconnorbuilds.com.au', phone: '+61421987654' },
  },
  {
    id: 'gb-workspace-attachment-london-landline',
    region: 'GB',
    attachments: [
      {
        fallback: 'Website enquiry — Amelia Hughes',
        title: 'Website enquiry',
        fields: [
          f('Name', 'Amelia Hughes'),
          f('Email', 'amelia.hughes@hughesandco.co.uk'),
          f('Telephone', '020 7946 0958'),
          f('Enquiry', '2 offices, ~40 staff, currently on spreadsheets', false),
        ],
        footer: 'Gravity Forms · hughesandco',
      },
    ],
    expected: { name: 'Amelia Hughes', email: 'amelia.hughes@hughesandco.co.uk', phone: '+442079460958' },
  },
  {
    id: 'de-workspace-austrian-lead-at-email-land-field',
    region: 'DE',
    blocks: [
      header('Neue Anfrage über das Kontaktformular'),
      fields(
        '*Vorname*\nStefan',
        '*Nachname*\nHuber',
        '*E-Mail*\ns.huber@huber-metallbau.at',
        '*Telefon*\n0664 1234567',
        '*Land*\nÖsterreich',
        '*Mitarbeiter*\n25',
      ),
    ],
    expected: { name: 'Stefan Huber', email: 's.huber@huber-metallbau.at', phone: '+436641234567' },
  },
  {
    id: 'typeform-singapore-eight-digit-com-sg',
    text: 'Typeform: New response to *Book a demo (APAC)*',
    blocks: [
      fields(
        '*What is your name?*\nTan Wei Ling',
        '*Your email*\nweiling.tan@lionharbour.com.sg',
        '*Best number to reach you*\n8123 4567',
      ),
    ],
    expected: { name: 'Tan Wei Ling', email: 'weiling.tan@lionharbour.com.sg', phone: '+6581234567' },
  },
  {
    id: 'webflow-dutch-labels-nl-mobile',
    blocks: [
      section(
        lines(
          '📝 *Nieuwe aanvraag*',
          '*Naam:* Daan de Vries',
          '*E-mailadres:* daan@devries-installatie.nl',
          '*Telefoonnummer:* 06 12345678',
          '*Bericht:* Graag een offerte voor 8 monteurs.',
        ),
      ),
    ],
    expected: { name: 'Daan de Vries', email: 'daan@devries-installatie.nl', phone: '+31612345678' },
  },
  {
    id: 'jotform-attachment-south-africa-country-field',
    attachments: [
      {
        fallback: 'New submission: Partner application',
        pretext: 'Jotform — *Partner application*',
        fields: [
          f('Name', 'Thabo Nkosi'),
          f('Email', 'thabo@nkosigroup.com'),
          f('Phone', '082 123 4567'),
          f('Country', 'South Africa'),
          f('Company', 'Nkosi Group (Pty) Ltd'),
        ],
      },
    ],
    expected: { name: 'Thabo Nkosi', email: 'thabo@nkosigroup.com', phone: '+27821234567' },
  },
  {
    id: 'form-portuguese-labels-brazil-whatsapp',
    blocks: [
      section(
        lines(
          '*Novo lead — Landing page BR* 🇧🇷',
          '*Nome:* Mariana Costa',
          '*E-mail:* mariana.costa@costaagro.com.br',
          '*Telefone/WhatsApp:* (11) 98765-4321',
          '*Empresa:* Costa Agro',
        ),
      ),
    ],
    expected: { name: 'Mariana Costa', email: 'mariana.costa@costaagro.com.br', phone: '+5511987654321' },
  },
  {
    id: 'form-spanish-labels-mexico-ten-digit-looks-like-us',
    blocks: [
      header('Nuevo contacto — Formulario MX'),
      fields(
        '*Nombre*\nAlejandro Ruiz Ortega',
        '*Correo*\naruiz@grupo-ortega.mx',
        '*Teléfono*\n55 1234 5678',
        '*Ciudad*\nCDMX',
      ),
    ],
    expected: { name: 'Alejandro Ruiz Ortega', email: 'aruiz@grupo-ortega.mx', phone: '+525512345678' },
  },
  {
    id: 'form-kenya-mobile-co-ke',
    attachments: [
      {
        fallback: 'New lead: Wanjiru Kamau',
        title: 'New lead: Wanjiru Kamau',
        text: 'Email: wanjiru@kamau-farms.co.ke\nPhone: 0712 345678\nInterested in: Field sales app',
      },
    ],
    expected: { name: 'Wanjiru Kamau', email: 'wanjiru@kamau-farms.co.ke', phone: '+254712345678' },
  },
  {
    id: 'gb-workspace-nigeria-lead-com-ng',
    region: 'GB',
    blocks: [
      fields(
        '*Name*\nChinedu Okafor',
        '*Email*\nchinedu.okafor@okaforenergy.com.ng',
        '*Phone*\n0803 123 4567',
        '*Source*\nLinkedIn ad — Lagos',
      ),
    ],
    expected: {
      name: 'Chinedu Okafor',
      email: 'chinedu.okafor@okaforenergy.com.ng',
      phone: '+2348031234567',
    },
  },
  {
    id: 'form-japan-bilingual-labels-mobile',
    blocks: [
      section(
        lines(
          '*お問い合わせ / New inquiry*',
          '*お名前 / Name:* Yuki Tanaka',
          '*メール / Email:* y.tanaka@sakura-denki.co.jp',
          '*電話番号 / Phone:* 090-1234-5678',
        ),
      ),
    ],
    expected: { name: 'Yuki Tanaka', email: 'y.tanaka@sakura-denki.co.jp', phone: '+819012345678' },
  },
  {
    id: 'form-korea-mobile-co-kr',
    blocks: [
      fields(
        '*Name*\nKim Min-jun',
        '*Email*\nminjun.kim@hanbit-soft.co.kr',
        '*Phone*\n010-1234-5678',
        '*Company*\nHanbit Soft',
      ),
    ],
    expected: { name: 'Kim Min-jun', email: 'minjun.kim@hanbit-soft.co.kr', phone: '+821012345678' },
  },
  {
    id: 'form-uae-mobile-ae-email',
    attachments: [
      {
        fallback: 'Contact form: Omar Al Hashimi',
        fields: [
          f('Name', 'Omar Al Hashimi'),
          f('Email', 'omar@alhashimi-trading.ae'),
          f('Mobile', '050 123 4567'),
          f('Emirate', 'Dubai'),
        ],
        footer: 'Elementor Forms',
      },
    ],
    expected: { name: 'Omar Al Hashimi', email: 'omar@alhashimi-trading.ae', phone: '+971501234567' },
  },
  {
    id: 'form-italian-labels-milan-landline-keeps-zero',
    blocks: [
      section(
        lines(
          '*Nuova richiesta di contatto*',
          '*Nome:* Giulia Romano',
          '*Email:* giulia.romano@romanodesign.it',
          '*Telefono:* 02 1234 5678',
        ),
      ),
    ],
    expected: { name: 'Giulia Romano', email: 'giulia.romano@romanodesign.it', phone: '+390212345678' },
  },
  {
    id: 'form-polish-labels-no-trunk',
    blocks: [
      fields(
        '*Imię i nazwisko*\nKatarzyna Wiśniewska',
        '*E-mail*\nk.wisniewska@wisniewska-biuro.pl',
        '*Telefon*\n512 345 678',
      ),
    ],
    expected: {
      name: 'Katarzyna Wiśniewska',
      email: 'k.wisniewska@wisniewska-biuro.pl',
      phone: '+48512345678',
    },
  },
  {
    id: 'form-portugal-telemovel',
    blocks: [
      section(
        lines(
          '*Pedido de demonstração*',
          '*Nome:* Inês Carvalho',
          '*Email:* ines.carvalho@carvalho-vinhos.pt',
          '*Telemóvel:* 912 345 678',
        ),
      ),
    ],
    expected: { name: 'Inês Carvalho', email: 'ines.carvalho@carvalho-vinhos.pt', phone: '+351912345678' },
  },
  {
    id: 'form-swiss-mobile-ch-email',
    attachments: [
      {
        fallback: 'Neue Anfrage: Luca Meier',
        fields: [
          f('Name', 'Luca Meier'),
          f('E-Mail', 'luca.meier@meier-treuhand.ch'),
          f('Telefon', '079 123 45 67'),
        ],
      },
    ],
    expected: { name: 'Luca Meier', email: 'luca.meier@meier-treuhand.ch', phone: '+41791234567' },
  },
  {
    id: 'hubspot-us-lead-budget-and-date-traps',
    blocks: [
      header('New form submission: Enterprise inquiry'),
      fields(
        '*Name*\nRachel Kim',
        '*Email*\nrachel.kim@lakeshorepartners.com',
        '*Phone*\n(312) 555-0182',
        '*Budget*\n$12,500',
        '*Preferred start*\n04/15/2025',
        '*Seats*\n120',
      ),
    ],
    expected: { name: 'Rachel Kim', email: 'rachel.kim@lakeshorepartners.com', phone: '+13125550182' },
  },
  {
    id: 'form-phone-left-blank-dash',
    blocks: [
      fields('*Name*\nNoah Patel', '*Email*\nnoah@patelcpa.com', '*Phone*\n—', '*Company*\nPatel CPA Group'),
      context('Submitted via trata.io/contact · 2 minutes ago'),
    ],
    expected: { name: 'Noah Patel', email: 'noah@patelcpa.com' },
  },
  {
    id: 'form-mixed-case-email-lowercased-german-mobile',
    blocks: [
      fields('*Name*\nJana Hoffmann', '*Email*\nJana.Hoffmann@Hoffmann-Druck.DE', '*Phone*\n0176 98765432'),
    ],
    expected: { name: 'Jana Hoffmann', email: 'jana.hoffmann@hoffmann-druck.de', phone: '+4917698765432' },
  },

  // ---------------------------------------------------------------------------------------------------
  // CRM notifications (owner = our rep, never the lead)
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'salesforce-lead-assigned-owner-is-rep-ie-mobile',
    text: lines(
      'Salesforce: New lead assigned to *Jake Miller*',
      '*Lead:* Aoife Byrne (Byrne Analytics)',
      `*Email:* ${mail('aoife@byrneanalytics.ie')}`,
      '*Phone:* 087 123 4567',
      '*Owner:* Jake Miller',
      '*Lead source:* Web — Dublin Tech Summit',
    ),
    expected: { name: 'Aoife Byrne', email: 'aoife@byrneanalytics.ie', phone: '+353871234567' },
  },
  {
    id: 'pipedrive-deal-created-sweden-value-trap',
    text: lines(
      'Pipedrive • Deal created: *Nordic Freight AB – 25 licences* (value: 180 000 SEK)',
      `Contact person: Erik Lindqvist · ${mail('erik.lindqvist@nordicfreight.se')} · 070-123 45 67`,
      'Expected close: 2025-04-30',
    ),
    expected: { name: 'Erik Lindqvist', email: 'erik.lindqvist@nordicfreight.se', phone: '+46701234567' },
  },
  {
    id: 'gb-workspace-hubspot-contact-owner-phone-trap-ie-plus-paren0',
    region: 'GB',
    text: lines(
      'HubSpot: Contact *Sinead Murphy* was assigned to you.',
      'Email: sinead.murphy@murphyandpartners.ie',
      'Phone: +353 (0)87 765 4321',
      'Contact owner: Marcus Webb (020 7946 0000)',
    ),
    expected: { name: 'Sinead Murphy', email: 'sinead.murphy@murphyandpartners.ie', phone: '+353877654321' },
  },
  {
    id: 'zoho-lead-converted-denmark-eight-digits',
    attachments: [
      {
        fallback: 'Zoho CRM | Lead converted: Mads Sørensen',
        pretext: 'Zoho CRM | Lead converted',
        fields: [
          f('Lead Name', 'Mads Sørensen'),
          f('Company', 'Sørensen Byg ApS'),
          f('Email', 'mads@sorensenbyg.dk'),
          f('Phone', '20 12 34 56'),
          f('Lead Source', 'Trade show — Copenhagen'),
        ],
      },
    ],
    expected: { name: 'Mads Sørensen', email: 'mads@sorensenbyg.dk', phone: '+4520123456' },
  },
  {
    id: 'close-new-lead-norway-phone-only',
    text: 'Close: New lead *Ingrid Halvorsen* — Fjordkraft Consulting (Norway) · phone 412 34 567 · status: Potential',
    expected: { name: 'Ingrid Halvorsen', phone: '+4741234567' },
  },
  {
    id: 'attio-new-person-belgium-mobile',
    attachments: [
      {
        fallback: 'New person: Sarah Peeters',
        title: 'New person: Sarah Peeters',
        title_link: 'https://app.attio.com/trata/person/8f1c',
        fields: [
          f('Email', 'sarah.peeters@peeters-bouw.be'),
          f('Phone', '0470 12 34 56'),
          f('Company', 'Peeters Bouw NV'),
          f('Created by', 'Hannah Brooks'),
        ],
      },
    ],
    expected: { name: 'Sarah Peeters', email: 'sarah.peeters@peeters-bouw.be', phone: '+32470123456' },
  },
  {
    id: 'au-workspace-crm-task-reminder-sydney-landline',
    region: 'AU',
    text:
      'Reminder :alarm_clock: call *Mia Thompson* (Thompson ' +
      'Dental) today — 02 9876 5432, mia@thompsondental.com.au',
    expected: { name: 'Mia Thompson', email: 'mia@thompsondental.com.au', phone: '+61298765432' },
  },
  {
    id: 'au-workspace-new-zealand-lead-co-nz-mobile',
    region: 'AU',
    text: 'New lead from website: Ruby Walker, ruby@walkerhomes.co.nz, mob 021 123 4567 — wants a call after 3pm NZT',
    expected: { name: 'Ruby Walker', email: 'ruby@walkerhomes.co.nz', phone: '+64211234567' },
  },
  {
    id: 'hubspot-deal-stage-change-with-contact-card',
    blocks: [
      section('*Deal moved:* Finch Analytics — Growth plan → _Proposal sent_ (amount £9,600)'),
      fields(
        '*Associated contact*\nHarvey Finch',
        '*Email*\nharvey@finchanalytics.co.uk',
        '*Phone*\n0161 496 0789',
      ),
      context('Deal owner: Marcus Webb · Close date: 28/03/2025'),
    ],
    expected: { name: 'Harvey Finch', email: 'harvey@finchanalytics.co.uk', phone: '+441614960789' },
  },

  // ---------------------------------------------------------------------------------------------------
  // Website chat relays
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'intercom-pipe-separated-german-mobile',
    text:
      'Intercom ▸ Jonas Becker | jonas.becker@becker-architektur.de ' +
      '| 0151 23456789 | "Do you integrate with DATEV?"',
    expected: { name: 'Jonas Becker', email: 'jonas.becker@becker-architektur.de', phone: '+4915123456789' },
  },
  {
    id: 'drift-em-dash-separated-paris-landline',
    text: 'Drift — Élodie Marchand — elodie.marchand@marchand-conseil.fr — 01 42 68 53 00 — "On est 15, quel tarif ?"',
    expected: {
      name: 'Élodie Marchand',
      email: 'elodie.marchand@marchand-conseil.fr',
      phone: '+33142685300',
    },
  },
  {
    id: 'intercom-attachment-visitor-offers-plus65-number',
    attachments: [
      {
        fallback: 'New conversation with Arjun Menon',
        pretext: 'New conversation in Intercom',
        title: 'Conversation with Arjun Menon',
        title_link: 'https://app.intercom.com/a/inbox/abc/conversation/1029',
        text: '"Hi, can someone call me back? +65 9123 4567"\nEmail: arjun.menon@gmail.com',
      },
    ],
    expected: { name: 'Arjun Menon', email: 'arjun.menon@gmail.com', phone: '+6591234567' },
  },
  {
    id: 'crisp-spanish-message-offers-number-es-email',
    text:
      'Crisp 💬 New message from *Íker Goikoetxea* (iker@goiko-abogados.es): ' +
      '"Mi teléfono es 944 12 34 56, llamadme por la tarde"',
    expected: { name: 'Íker Goikoetxea', email: 'iker@goiko-abogados.es', phone: '+34944123456' },
  },
  {
    id: 'zendesk-chat-transcript-malaysia-rep-in-transcript',
    text: lines(
      'Zendesk Chat transcript',
      'Visitor: Nurul Aisyah',
      'Email: nurul.aisyah@harmonimedia.com.my',
      'Phone: 012-345 6789',
      '[10:02] Nurul Aisyah: Hi, do you have a Malaysia reseller?',
      '[10:03] Chloe (Trata): Hi Nurul! We sell direct in MY, I can set up a call.',
      '[10:04] Nurul Aisyah: ok tq',
    ),
    expected: { name: 'Nurul Aisyah', email: 'nurul.aisyah@harmonimedia.com.my', phone: '+60123456789' },
  },
  {
    id: 'tawkto-offline-message-philippines',
    text: lines(
      'tawk.to ▸ Offline message',
      'Name: Maria Santos',
      'Email: maria.santos@islandsourcing.ph',
      'Phone: 0917 123 4567',
      'Message: pls call, we have 30 agents in Cebu',
    ),
    expected: { name: 'Maria Santos', email: 'maria.santos@islandsourcing.ph', phone: '+639171234567' },
  },
  {
    id: 'intercom-pipe-egypt-mobile-com-eg',
    text:
      'Intercom ▸ Ahmed Farouk | ahmed.farouk@nilelogistics.com.eg ' +
      '| 010 0123 4567 | "Is the UI available in Arabic?"',
    expected: { name: 'Ahmed Farouk', email: 'ahmed.farouk@nilelogistics.com.eg', phone: '+201001234567' },
  },
  {
    id: 'drift-us-lead-valid-555-01xx',
    text: 'Drift — Brandon Lee — brandon@leefreight.com — (646) 555-0199 — "need SSO + SCIM before we sign"',
    expected: { name: 'Brandon Lee', email: 'brandon@leefreight.com', phone: '+16465550199' },
  },
  {
    id: 'gb-workspace-chat-irish-lead-mobile',
    region: 'GB',
    blocks: [
      section('*HubSpot chat* · new visitor identified'),
      section(
        '*Ciarán Walsh* · ciaran@walshmotors.ie · 085 123 9876\n> Do ye do a discount for 3 dealerships?',
      ),
    ],
    expected: { name: 'Ciarán Walsh', email: 'ciaran@walshmotors.ie', phone: '+353851239876' },
  },
  {
    id: 'livechat-bot-name-not-lead-greeting-trap',
    text: lines(
      '*LiveChat Bot*: Hi there 👋 How can we help?',
      '*Visitor (Wojciech Nowak)*: need a quote for 40 users',
      '*LiveChat Bot*: Great! Leave your email and number',
      '*Visitor (Wojciech Nowak)*: wojciech.nowak@nowak-transport.pl / 601 234 567',
    ),
    expected: { name: 'Wojciech Nowak', email: 'wojciech.nowak@nowak-transport.pl', phone: '+48601234567' },
  },

  // ---------------------------------------------------------------------------------------------------
  // Forwarded emails (our rep's signature / office lines must not be taken)
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'fwd-gmail-french-lead-lyon-landline',
    text: lines(
      'Fwd from my inbox, can someone take this? 👇',
      '',
      '---------- Forwarded message ---------',
      `From: Sophie Martin &lt;${mail('sophie.martin@atelier-lumiere.fr')}&gt;`,
      'Date: Tue, 11 Mar 2025 at 10:41',
      'Subject: Demande de devis',
      `To: Jake Miller &lt;${mail('jake.miller@trata.io')}&gt;`,
      '',
      'Bonjour Jake,',
      '',
      "Nous sommes une équipe de 8 personnes à Lyon. Pouvez-vous m'appeler au 04 78 12 34 56 ?",
      '',
      'Cordialement,',
      'Sophie Martin',
      'Atelier Lumière',
    ),
    expected: { name: 'Sophie Martin', email: 'sophie.martin@atelier-lumiere.fr', phone: '+33478123456' },
  },
  {
    id: 'fwd-outlook-rep-signature-on-top-danish-lead',
    text: lines(
      'FYI — inbound from the webinar',
      '',
      'Jake Miller',
      'Account Executive | Trata',
      `+1 415 800 1234 | ${mail('jake.miller@trata.io')}`,
      '',
      '-----Original Message-----',
      `From: Henrik Olsen &lt;${mail('henrik.olsen@olsen-shipping.dk')}&gt;`,
      'Sent: 12 March 2025 08:15',
      'To: Jake Miller',
      'Subject: Re: Webinar follow-up',
      '',
      'Hi Jake, yes please send the proposal. Best, Henrik',
      '',
      'Henrik Olsen | Head of Operations | Olsen Shipping A/S | Tel. +45 33 12 34 56',
    ),
    expected: { name: 'Henrik Olsen', email: 'henrik.olsen@olsen-shipping.dk', phone: '+4533123456' },
  },
  {
    id: 'de-workspace-fwd-outlook-german-dr-fax-and-plz-traps',
    region: 'DE',
    text: lines(
      'Bitte übernehmen, ich bin bis Freitag auf der Messe.',
      '',
      `Von: Dr. Klaus Becker &lt;${mail('k.becker@becker-steuer.de')}&gt;`,
      'Gesendet: Montag, 10. März 2025 14:03',
      `An: Felix Wagner &lt;${mail('felix.wagner@trata.io')}&gt;`,
      'Betreff: Angebot für 12 Arbeitsplätze',
      '',
      'Sehr geehrter Herr Wagner,',
      'wir würden gerne ein Angebot für 12 Arbeitsplätze erhalten.',
      '',
      'Mit freundlichen Grüßen',
      'Dr. Klaus Becker',
      'Becker Steuerberatung',
      'Leopoldstraße 12, 80802 München',
      'Tel.: 089 12345678',
      'Fax: 089 12345679',
    ),
    expected: { name: 'Klaus Becker', email: 'k.becker@becker-steuer.de', phone: '+498912345678' },
  },
  {
    id: 'fwd-email-johannesburg-lead-our-switchboard-footer-trap',
    text: lines(
      "Forwarding Palesa's email, she found us via G2.",
      '',
      "&gt; Hi, I'm Palesa Mokoena, ops lead at Mokoena Freight in Johannesburg.",
      '&gt; Please call me on 011 123 4567 any time before 4pm.',
      `&gt; Palesa | ${mail('palesa@mokoenafreight.co.za')}`,
      '',
      '--',
      'Hannah Brooks · Trata Ltd',
      'Switchboard (our office): +44 20 7946 0000 · 1 Example Street, London EC1A 1BB',
    ),
    expected: { name: 'Palesa Mokoena', email: 'palesa@mokoenafreight.co.za', phone: '+27111234567' },
  },
  {
    id: 'fwd-quoted-reply-bangalore-direct-line-rep-sig-trap',
    text: lines(
      'can someone in APAC pick this up? I am out from tomorrow',
      '',
      `&gt; On Wed, 12 Mar 2025 at 18:20, Rohan Iyer &lt;${mail('rohan.iyer@iyertextiles.in')}&gt; wrote:`,
      "&gt; Hi Olivia, we're 60 people in Bangalore. My direct line is 080 4123 4567.",
      '',
      'Olivia Chen',
      `Trata · ${mail('olivia.chen@trata.io')} · +1 (212) 555-0147`,
    ),
    expected: { name: 'Rohan Iyer', email: 'rohan.iyer@iyertextiles.in', phone: '+918041234567' },
  },
  {
    id: 'fwd-email-melbourne-lead-to-us-workspace',
    text: lines(
      '---------- Forwarded message ---------',
      `From: Liam Walsh &lt;${mail('liam@walshcivil.com.au')}&gt;`,
      'Subject: Quote for site crews',
      '',
      "G'day, we run 6 site crews out of Melbourne. Call me on (03) 9123 4567.",
      'Cheers, Liam',
    ),
    expected: { name: 'Liam Walsh', email: 'liam@walshcivil.com.au', phone: '+61391234567' },
  },
  {
    id: 'fwd-email-zurich-plus41-paren-zero',
    text: lines(
      'Inbound from our Swiss partner page:',
      `From: Andrea Keller &lt;${mail('andrea.keller@keller-ag.ch')}&gt;`,
      '',
      'Grüezi, bitte rufen Sie mich an. Freundliche Grüsse, Andrea Keller',
      'Keller AG · Bahnhofstrasse 1 · 8001 Zürich · Tel +41 (0)44 668 18 00',
    ),
    expected: { name: 'Andrea Keller', email: 'andrea.keller@keller-ag.ch', phone: '+41446681800' },
  },
  {
    id: 'fwd-noreply-webshop-customer-fields',
    text: lines(
      'Fwd: Your quote request #QR-20931',
      `From: Webshop &lt;${mail('noreply@shopwise-notifications.com')}&gt;`,
      '',
      'A customer requested a quote.',
      'Customer: Fatima Zahra Benali',
      `Customer email: ${mail('fatima.benali@benali-import.fr')}`,
      'Customer phone: +33 6 45 78 12 90',
      'Items: 3 × Pro plan (annual), total €2.340,00',
    ),
    expected: { name: 'Fatima Zahra Benali', email: 'fatima.benali@benali-import.fr', phone: '+33645781290' },
  },

  // ---------------------------------------------------------------------------------------------------
  // Calls: transcripts, voicemail notes, call summaries
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'voicemail-caller-id-landline-vs-offered-mobile-uk',
    text: lines(
      'Voicemail from +44 20 7946 0321 (London), 0:38',
      '"Hi, this is Harriet Cole from Cole &amp; Finch, we spoke at the expo. You can reach me on my mobile, ' +
        '07984 556021, or harriet@coleandfinch.co.uk. Thanks, bye."',
    ),
    expected: { name: 'Harriet Cole', email: 'harriet@coleandfinch.co.uk', phone: '+447984556021' },
  },
  {
    id: 'au-workspace-gong-summary-rep-and-lead-participants',
    region: 'AU',
    text: lines(
      'Gong call summary — *Trata x Harbour Bay Realty*',
      'Participants: Chloe Nguyen (Trata), Sam Fletcher (Harbour Bay Realty)',
      'Next steps: Sam to send floor plans; Chloe to send quote by Fri 21/03.',
      "Sam's mobile: 0400 123 456 · sam.fletcher@harbourbay.com.au",
    ),
    expected: { name: 'Sam Fletcher', email: 'sam.fletcher@harbourbay.com.au', phone: '+61400123456' },
  },
  {
    id: 'aircall-missed-call-tokyo-call-back-this-number',
    text:
      'Aircall: Missed call from +81 3-1234-5678 — voicemail (0:42): "This is Kenji Watanabe from Watanabe ' +
      'Seiki, calling about the demo. Please call back on this number."',
    expected: { name: 'Kenji Watanabe', phone: '+81312345678' },
  },
  {
    id: 'call-note-spanish-buenos-aires-mobile-with-15',
    text:
      'Llamada con Martín Gómez (Buenos Aires) — quiere 20 licencias para el equipo comercial. ' +
      'Cel: 011 15-2345-6789, martin.gomez@gomezlogistica.com.ar',
    expected: { name: 'Martín Gómez', email: 'martin.gomez@gomezlogistica.com.ar', phone: '+5491123456789' },
  },
  {
    id: 'call-note-seoul-office-number',
    text:
      'Talked to Park Ji-woo (Seoul office of Daehan Pharma). ' +
      'Wants Korean invoices. Office 02-312-4567, after 10am KST',
    expected: { name: 'Park Ji-woo', phone: '+8223124567' },
  },
  {
    id: 'call-note-nairobi-lead-zoom-dialin-and-pin-traps',
    text: lines(
      'Notes from call w/ Grace Mwangi (Nairobi) — she wants a pilot for 3 branches. Her number: 0722 123456',
      'Follow-up booked: <https://zoom.us/j/83422190876|zoom.us/j/83422190876>',
      'Dial-in +1 646 558 8656 · Meeting ID 834 2219 0876 · Passcode 551203',
    ),
    expected: { name: 'Grace Mwangi', phone: '+254722123456' },
  },
  {
    id: 'voicemail-transcript-offered-number-too-short-uk',
    text: 'Voicemail (0:21): "Hi it\'s Tom Harris from Harris Plumbing, reach me at +44 20 7946 09, cheers"',
    expected: { name: 'Tom Harris', phone: '+44 20 7946 09' },
  },
  {
    id: 'call-transcript-snippet-rep-speaks-first',
    text: lines(
      '*Transcript (Fireflies)*',
      '*Jake Miller:* Thanks for hopping on. Can I grab the best email for the proposal?',
      "*Chiara Ferrari:* Sure, it's chiara.ferrari@ferrari-ceramiche.it, and my cell is 347 123 4567.",
      '*Jake Miller:* Perfect, you will have it today.',
    ),
    expected: {
      name: 'Chiara Ferrari',
      email: 'chiara.ferrari@ferrari-ceramiche.it',
      phone: '+393471234567',
    },
  },

  // ---------------------------------------------------------------------------------------------------
  // Colleagues' free text (cities / countries as the hint, first names only, name on its own line)
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'freetext-aoife-from-cork-first-name-only',
    text:
      "just spoke with Aoife from Cork, she'll send the contract to legal next week. her number is " +
      `021 432 1234 and email ${mail('aoife.kelly@corkdesignworks.ie')}`,
    expected: { name: 'Aoife', email: 'aoife.kelly@corkdesignworks.ie', phone: '+353214321234' },
  },
  {
    id: 'freetext-tomas-from-bilbao-fleet',
    text:
      'met Tomás Alvarez from Bilbao who runs a 40-truck fleet 🚚 — 944 23 45 67, ' +
      `${mail('tomas@alvareztransportes.es')}. Wants a call Thursday.`,
    expected: { name: 'Tomás Alvarez', email: 'tomas@alvareztransportes.es', phone: '+34944234567' },
  },
  {
    id: 'freetext-priya-called-email-only',
    text: `Priya called, ${mail('priya@brightpathtutors.com')} — wants a callback re the annual plan`,
    expected: { name: 'Priya', email: 'priya@brightpathtutors.com' },
  },
  {
    id: 'freetext-name-alone-on-line-before-email-dublin',
    text: lines(
      'Lead from the Dublin meetup:',
      "Niamh O'Sullivan",
      mail('niamh.osullivan@gmail.com'),
      '087 765 4321',
      'Interested in the agency tier',
    ),
    expected: { name: "Niamh O'Sullivan", email: 'niamh.osullivan@gmail.com', phone: '+353877654321' },
  },
  {
    id: 'freetext-german-trade-fair-hamburg-gmx',
    text:
      'Messe-Kontakt von gestern: Sabine Krüger aus Hamburg, ' +
      `${mail('sabine.krueger@gmx.net')}, 040 12345678 — will Angebot bis Freitag`,
    expected: { name: 'Sabine Krüger', email: 'sabine.krueger@gmx.net', phone: '+494012345678' },
  },
  {
    id: 'freetext-italian-office-plus39-and-preferred-cell',
    text:
      `New lead: Marco Bianchi, ${mail('marco@bianchi-srl.com')}. Office +39 02 8901 2345 but he said cell is ` +
      'best: 338 765 4321',
    expected: { name: 'Marco Bianchi', email: 'marco@bianchi-srl.com', phone: '+393387654321' },
  },
  {
    id: 'freetext-rep-own-line-not-lead-phone-lisbon',
    text:
      `Can someone cover? Pedro Alves (Lisbon) wants a call tomorrow — ${mail('pedro.alves@alvesimoveis.pt')}. ` +
      "If he rings my line (+1 415 800 1234) while I'm out, send him to Marta",
    expected: { name: 'Pedro Alves', email: 'pedro.alves@alvesimoveis.pt' },
  },
  {
    id: 'freetext-greeting-then-bordeaux-lead',
    text:
      'Hi team! 👋 Quick one — Chloé Girard from Bordeaux reached ' +
      `out, ${mail('chloe.girard@vinsgirard.fr')}, 05 56 12 34 56`,
    expected: { name: 'Chloé Girard', email: 'chloe.girard@vinsgirard.fr', phone: '+33556123456' },
  },
  {
    id: 'freetext-cairo-landline-io-email',
    text: `Youssef Hassan (Cairo) — ${mail('youssef@paynile.io')} — 02 2345 6789 — wants Arabic invoices`,
    expected: { name: 'Youssef Hassan', email: 'youssef@paynile.io', phone: '+20223456789' },
  },
  {
    id: 'freetext-wellington-landline-co-nz',
    text: `Hemi Parata from Wellington wants a demo — ${mail('hemi@parataconsulting.co.nz')} — 04 384 1234`,
    expected: { name: 'Hemi Parata', email: 'hemi@parataconsulting.co.nz', phone: '+6443841234' },
  },
  {
    id: 'freetext-hong-kong-eight-digit-mobile',
    text: 'Chan Tai Man from Hong Kong, 9123 4567, wants Cantonese support lol. no email yet',
    expected: { name: 'Chan Tai Man', phone: '+85291234567' },
  },
  {
    id: 'freetext-toronto-nanp-number',
    text: `Toronto lead: Émilie Tremblay, ${mail('emilie.tremblay@tremblayco.ca')}, 416 555 0172`,
    expected: { name: 'Émilie Tremblay', email: 'emilie.tremblay@tremblayco.ca', phone: '+14165550172' },
  },
  {
    id: 'freetext-bangkok-single-name',
    text: 'Somchai (Bangkok) wants a call back: 081 234 5678. Speaks English fine',
    expected: { name: 'Somchai', phone: '+66812345678' },
  },
  {
    id: 'freetext-jakarta-whatsapp',
    text: `Dewi Lestari, Jakarta, ${mail('dewi@lestari-retail.co.id')}, WA 0812-3456-7890`,
    expected: { name: 'Dewi Lestari', email: 'dewi@lestari-retail.co.id', phone: '+6281234567890' },
  },
  {
    id: 'freetext-helsinki-mobile',
    text: `Mikko Virtanen (Helsinki) — ${mail('mikko.virtanen@virtanen-rakennus.fi')} — 040 123 4567`,
    expected: {
      name: 'Mikko Virtanen',
      email: 'mikko.virtanen@virtanen-rakennus.fi',
      phone: '+358401234567',
    },
  },
  {
    id: 'freetext-istanbul-mobile-com-tr',
    text: `Elif Yılmaz, İstanbul — ${mail('elif@yilmaztekstil.com.tr')} — 0532 123 45 67`,
    expected: { name: 'Elif Yılmaz', email: 'elif@yilmaztekstil.com.tr', phone: '+905321234567' },
  },
  {
    id: 'freetext-tel-aviv-mobile',
    text: `Noa Levi (Tel Aviv) — ${mail('noa@levi-analytics.co.il')} — 052-345-6789`,
    expected: { name: 'Noa Levi', email: 'noa@levi-analytics.co.il', phone: '+972523456789' },
  },
  {
    id: 'freetext-athens-mobile-gr',
    text: `Nikos Papadopoulos from Athens, ${mail('nikos@papadopoulos-shipping.gr')}, 691 234 5678`,
    expected: { name: 'Nikos Papadopoulos', email: 'nikos@papadopoulos-shipping.gr', phone: '+306912345678' },
  },
  {
    id: 'freetext-prague-tel-cz',
    text: `Petr Novák, Praha, ${mail('petr.novak@novak-stavby.cz')}, tel. 601 123 456`,
    expected: { name: 'Petr Novák', email: 'petr.novak@novak-stavby.cz', phone: '+420601123456' },
  },
  {
    id: 'freetext-medellin-cel-co-domain',
    text: `Valentina Restrepo (Medellín) — ${mail('valentina@restrepo-cafe.co')} — cel 321 1234567`,
    expected: { name: 'Valentina Restrepo', email: 'valentina@restrepo-cafe.co', phone: '+573211234567' },
  },
  {
    id: 'freetext-hanoi-vietnamese-name',
    text: `Nguyễn Văn An — Hà Nội — ${mail('an.nguyen@saigontech.vn')} — 091 234 56 78`,
    expected: { name: 'Nguyễn Văn An', email: 'an.nguyen@saigontech.vn', phone: '+84912345678' },
  },
  {
    id: 'freetext-riyadh-mobile-ambiguous-with-uae',
    text: `Riyadh: Abdullah Al-Qahtani, ${mail('abdullah@qahtani-group.sa')}, 050 123 4567`,
    expected: { name: 'Abdullah Al-Qahtani', email: 'abdullah@qahtani-group.sa', phone: '+966501234567' },
  },
  {
    id: 'freetext-taipei-mobile-com-tw',
    text: `Chen Yi-ting (Taipei) 0912 345 678 — ${mail('yiting.chen@formosa-bio.com.tw')}`,
    expected: { name: 'Chen Yi-ting', email: 'yiting.chen@formosa-bio.com.tw', phone: '+886912345678' },
  },
  {
    id: 'freetext-shenzhen-mobile-no-trunk',
    text: `Li Wei from Shenzhen, ${mail('liwei@shenzhen-hardware.cn')}, 138 0013 8000 (WeChat same number)`,
    expected: { name: 'Li Wei', email: 'liwei@shenzhen-hardware.cn', phone: '+8613800138000' },
  },
  {
    id: 'freetext-vienna-academic-title-dropped',
    text:
      `Wien: Mag. Julia Gruber, ${mail('julia.gruber@gruber-consulting.at')}, ` +
      '01 5123456 — möchte Demo nächste Woche',
    expected: { name: 'Julia Gruber', email: 'julia.gruber@gruber-consulting.at', phone: '+4315123456' },
  },
  {
    id: 'freetext-zagreb-lead-rep-signature-trap',
    text: lines(
      `Lead for Ivan — Ana Kovač, ${mail('ana.kovac@kovac-dizajn.hr')}, 091 234 5678 (Zagreb)`,
      '',
      '--',
      'Marcus Webb | Trata | +44 20 7946 0000',
    ),
    expected: { name: 'Ana Kovač', email: 'ana.kovac@kovac-dizajn.hr', phone: '+385912345678' },
  },
  {
    id: 'freetext-mr-honorific-dropped-mumbai',
    text: `Mr. Rajesh Kumar from Mumbai called twice today, ${mail('rajesh.kumar@kumarpharma.co.in')}, 99876 54321`,
    expected: { name: 'Rajesh Kumar', email: 'rajesh.kumar@kumarpharma.co.in', phone: '+919987654321' },
  },
  {
    id: 'freetext-nyc-us-lead-plain-national',
    text: `Warm intro from Dana: Marcus Reyes at Reyes &amp; Sons, ${mail('marcus@reyesandsons.com')}, 212 555 0147`,
    expected: { name: 'Marcus Reyes', email: 'marcus@reyesandsons.com', phone: '+12125550147' },
  },
  {
    id: 'freetext-lowercase-name-as-written',
    text: `talked to jess at the booth, ${mail('jess@oakandpine.com')} — not ready til Q3`,
    expected: { name: 'jess', email: 'jess@oakandpine.com' },
  },
  {
    id: 'gb-workspace-freetext-manchester-no-hint-needed',
    region: 'GB',
    text: `Rang Dave Whitaker back — ${mail('dave@whitakerhaulage.co.uk')} — 0161 496 0555, keen on the fleet bundle`,
    expected: { name: 'Dave Whitaker', email: 'dave@whitakerhaulage.co.uk', phone: '+441614960555' },
  },
  {
    id: 'de-workspace-freetext-local-mobile',
    region: 'DE',
    text:
      'Habe gerade mit Moritz Albrecht telefoniert, ' +
      `${mail('moritz@albrecht-elektro.de')}, 0170 1234567. Rückruf Dienstag.`,
    expected: { name: 'Moritz Albrecht', email: 'moritz@albrecht-elektro.de', phone: '+491701234567' },
  },
  {
    id: 'rich-text-linkedin-lead-plus33-paren-zero',
    text: `Lead from LinkedIn:\n• Hugo Lefèvre\n• ${mail('hugo.lefevre@lefevre-avocats.fr')}\n• +33 (0)6 98 76 54 32`,
    blocks: [
      rich(
        rsection(t('Lead from LinkedIn:')),
        rlist(
          [t('Hugo Lefèvre', { bold: true })],
          [link('mailto:hugo.lefevre@lefevre-avocats.fr', 'hugo.lefevre@lefevre-avocats.fr')],
          [t('+33 (0)6 98 76 54 32')],
        ),
      ),
    ],
    expected: { name: 'Hugo Lefèvre', email: 'hugo.lefevre@lefevre-avocats.fr', phone: '+33698765432' },
  },
  {
    id: 'rich-text-edinburgh-lead-with-link-to-company',
    text:
      'Ailsa Campbell (<https://campbellcraft.co.uk|Campbell Craft>) ' +
      `— ${mail('ailsa@campbellcraft.co.uk')} — 0131 496 0789`,
    blocks: [
      rich(
        rsection(
          t('Ailsa Campbell ('),
          link('https://campbellcraft.co.uk', 'Campbell Craft'),
          t(') — '),
          link('mailto:ailsa@campbellcraft.co.uk', 'ailsa@campbellcraft.co.uk'),
          t(' — 0131 496 0789'),
        ),
      ),
    ],
    expected: { name: 'Ailsa Campbell', email: 'ailsa@campbellcraft.co.uk', phone: '+441314960789' },
  },
  {
    id: 'freetext-japanese-script-name-tokyo-landline',
    text: `名刺交換しました: 佐藤 花子 (東京) — ${mail('hanako.sato@aozora-shoji.co.jp')} — 03-1234-5678`,
    expected: { name: '佐藤 花子', email: 'hanako.sato@aozora-shoji.co.jp', phone: '+81312345678' },
  },
  {
    id: 'freetext-kuala-lumpur-landline',
    text: `KL lead: Lim Chee Keong, ${mail('ck.lim@lim-engineering.com')}, office 03-2161 1234 (Kuala Lumpur)`,
    expected: { name: 'Lim Chee Keong', email: 'ck.lim@lim-engineering.com', phone: '+60321611234' },
  },
  {
    id: 'freetext-manila-landline-ph',
    text: `From the Manila roadshow: Jose Reyes, ${mail('jose.reyes@luzonbpo.ph')}, 02 8123 4567`,
    expected: { name: 'Jose Reyes', email: 'jose.reyes@luzonbpo.ph', phone: '+63281234567' },
  },
  {
    id: 'freetext-dubai-lead-com-email-city-hint',
    text: `Dubai lead 🇦🇪 Layla Haddad, ${mail('layla@haddadevents.com')}, 04 334 5678, wants Arabic + English`,
    expected: { name: 'Layla Haddad', email: 'layla@haddadevents.com', phone: '+97143345678' },
  },

  // ---------------------------------------------------------------------------------------------------
  // Country codes in unusual groupings (drop the (0) trunk, 00 / 011 exit codes)
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'plus44-paren-zero-london',
    text:
      'Inbound from the London event: Charlotte Evans ' +
      `${mail('charlotte.evans@evansarchitects.co.uk')}, +44(0)20 7946 0958`,
    expected: {
      name: 'Charlotte Evans',
      email: 'charlotte.evans@evansarchitects.co.uk',
      phone: '+442079460958',
    },
  },
  {
    id: 'plus49-dashes-paren-zero-berlin',
    attachments: [
      {
        fallback: 'Kontakt: Tobias Schmidt',
        fields: [
          f('Kontakt', 'Tobias Schmidt'),
          f('E-Mail', 't.schmidt@schmidt-logistik.de'),
          f('Tel', '+49-(0)30-1234-5678'),
        ],
      },
    ],
    expected: { name: 'Tobias Schmidt', email: 't.schmidt@schmidt-logistik.de', phone: '+493012345678' },
  },
  {
    id: 'double-zero-44-exit-code-from-us-workspace',
    blocks: [
      fields('*Name*\nJames Whitfield', '*Email*\njames@whitfieldlaw.co.uk', '*Phone*\n0044 20 7946 0321'),
    ],
    expected: { name: 'James Whitfield', email: 'james@whitfieldlaw.co.uk', phone: '+442079460321' },
  },
  {
    id: 'plus1-dotted-us',
    text: `Kevin O'Brien — ${mail('kevin@obrienhvac.com')} — "call me: +1.415.555.0134"`,
    expected: { name: "Kevin O'Brien", email: 'kevin@obrienhvac.com', phone: '+14155550134' },
  },
  {
    id: 'us-011-exit-code-manchester',
    text:
      'Dialed Imogen Price at 011 44 161 496 0123 — no answer, ' +
      `emailed ${mail('imogen.price@priceandlowe.co.uk')} instead`,
    expected: { name: 'Imogen Price', email: 'imogen.price@priceandlowe.co.uk', phone: '+441614960123' },
  },
  {
    id: 'plus91-in-parentheses-hyphen',
    text: `Ankit Sharma, ${mail('ankit@sharmasolar.in')}, (+91) 98765-43210`,
    expected: { name: 'Ankit Sharma', email: 'ankit@sharmasolar.in', phone: '+919876543210' },
  },
  {
    id: 'plus61-paren-zero-space-mobile',
    text: `Zoe Mitchell, ${mail('zoe@mitchellphysio.com.au')}, +61 (0) 423 456 789`,
    expected: { name: 'Zoe Mitchell', email: 'zoe@mitchellphysio.com.au', phone: '+61423456789' },
  },
  {
    id: 'plus81-dashes-paren-zero-mobile',
    text: `Haruto Suzuki / ${mail('h.suzuki@suzuki-kogyo.jp')} / +81-(0)80-2345-6789`,
    expected: { name: 'Haruto Suzuki', email: 'h.suzuki@suzuki-kogyo.jp', phone: '+818023456789' },
  },
  {
    id: 'plus54-9-cordoba-mobile',
    text: `Lucía Fernández (Córdoba, AR) — ${mail('lucia@fernandez-agro.com.ar')} — +54 9 351 234-5678`,
    expected: { name: 'Lucía Fernández', email: 'lucia@fernandez-agro.com.ar', phone: '+5493512345678' },
  },
  {
    id: 'plus27-paren-zero-cape-town',
    text: `Pieter van der Merwe · ${mail('pieter@capewinesdirect.co.za')} · +27 (0)83 456 7890`,
    expected: { name: 'Pieter van der Merwe', email: 'pieter@capewinesdirect.co.za', phone: '+27834567890' },
  },
  {
    id: 'plus234-paren-zero-lagos',
    text: `Adaeze Nwosu — ${mail('adaeze@nwosu-logistics.com')} — +234 (0)805 678 9012`,
    expected: { name: 'Adaeze Nwosu', email: 'adaeze@nwosu-logistics.com', phone: '+2348056789012' },
  },
  {
    id: 'plus31-paren-zero-dash-mobile',
    text: `Sanne Jansen, ${mail('sanne@jansenzorg.nl')}, tel: +31 (0)6-23456789`,
    expected: { name: 'Sanne Jansen', email: 'sanne@jansenzorg.nl', phone: '+31623456789' },
  },
  {
    id: 'plus41-paren-zero-mobile-lausanne',
    text: `Nicolas Favre (Lausanne) — ${mail('nicolas.favre@favre-sa.ch')} — +41 (0)78 234 56 78`,
    expected: { name: 'Nicolas Favre', email: 'nicolas.favre@favre-sa.ch', phone: '+41782345678' },
  },
  {
    id: 'plus55-area-in-parentheses-rio',
    text: `Rafael Almeida — ${mail('rafael@almeidaimoveis.com.br')} — +55 (21) 99876-5432`,
    expected: { name: 'Rafael Almeida', email: 'rafael@almeidaimoveis.com.br', phone: '+5521998765432' },
  },
  {
    id: 'plus353-dashes-dublin-landline-tel-link',
    text: `Conor Doyle, ${mail('conor@doyleaccountants.ie')}, ${tel('+35312345678', '+353-1-234-5678')}`,
    expected: { name: 'Conor Doyle', email: 'conor@doyleaccountants.ie', phone: '+35312345678' },
  },
  {
    id: 'plus49-paren-zero-munich-in-signature-of-lead',
    text: lines(
      'Lead replied to the cold email 🎉',
      '&gt; Klingt interessant, rufen Sie mich gerne an.',
      '&gt; Stefanie Braun | Braun Immobilien GmbH',
      `&gt; ${mail('s.braun@braun-immobilien.de')} | +49 (0)89 98765432`,
    ),
    expected: { name: 'Stefanie Braun', email: 's.braun@braun-immobilien.de', phone: '+498998765432' },
  },

  // ---------------------------------------------------------------------------------------------------
  // Clearly offered / labelled numbers that are invalid: expected exactly as written
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'invalid-us-phone-one-digit-short',
    blocks: [
      fields('*Name*\nMegan Carter', '*Email*\nmegan.carter@carterfloors.com', '*Phone*\n(415) 555-013'),
    ],
    expected: { name: 'Megan Carter', email: 'megan.carter@carterfloors.com', phone: '(415) 555-013' },
  },
  {
    id: 'invalid-us-fictional-555-area-code',
    text:
      'Typeform: new response — Name: Tyler Brooks · Email: ' +
      `${mail('tyler@brooksautobody.com')} · Phone: (555) 123-4567`,
    expected: { name: 'Tyler Brooks', email: 'tyler@brooksautobody.com', phone: '(555) 123-4567' },
  },
  {
    id: 'gb-workspace-invalid-london-one-digit-short',
    region: 'GB',
    attachments: [
      {
        fallback: 'Callback request',
        title: 'Callback request',
        fields: [f('Name', 'Freya Lawson'), f('Email', 'freya@lawsonstudio.co.uk'), f('Tel', '020 7946 095')],
      },
    ],
    expected: { name: 'Freya Lawson', email: 'freya@lawsonstudio.co.uk', phone: '020 7946 095' },
  },
  {
    id: 'invalid-french-mobile-nine-digits',
    blocks: [
      section(
        lines(
          '*Nom :* Mathilde Laurent',
          '*E-mail :* mathilde.laurent@laurent-paysage.fr',
          '*Téléphone :* 06 12 34 56 7',
        ),
      ),
    ],
    expected: {
      name: 'Mathilde Laurent',
      email: 'mathilde.laurent@laurent-paysage.fr',
      phone: '06 12 34 56 7',
    },
  },
  {
    id: 'au-workspace-invalid-mobile-one-digit-short',
    region: 'AU',
    text: 'New enquiry: Name: Lachlan Reid | Email: lachlan@reidelectrical.com.au | Mobile: 0412 345 67',
    expected: { name: 'Lachlan Reid', email: 'lachlan@reidelectrical.com.au', phone: '0412 345 67' },
  },
  {
    id: 'invalid-indian-mobile-reach-me-at',
    text: `Neha Gupta (${mail('neha.gupta@guptaexports.in')}) said reach me at 98765 4321 after 6pm IST`,
    expected: { name: 'Neha Gupta', email: 'neha.gupta@guptaexports.in', phone: '98765 4321' },
  },

  // ---------------------------------------------------------------------------------------------------
  // Contact details next to order numbers, prices, dates, postcodes, ticket ids
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'shopify-wholesale-enquiry-order-price-date-traps-brussels',
    text: lines(
      'Shopify: Order #1048 — wholesale enquiry',
      `Customer: Claire Dubois (${mail('claire@duboisfleurs.be')}), tel 02 512 34 56`,
      'Total: €1.249,00 · Placed: 12/03/2025 · Ship to: Rue Neuve 15, 1000 Bruxelles',
    ),
    expected: { name: 'Claire Dubois', email: 'claire@duboisfleurs.be', phone: '+3225123456' },
  },
  {
    id: 'zendesk-ticket-number-trap-email-only',
    text:
      'Zendesk ticket #482913 — "Can we add 5 more seats?" from Jenna ' +
      `Morales ${mail('jenna@moralesdental.com')} (no phone on file)`,
    expected: { name: 'Jenna Morales', email: 'jenna@moralesdental.com' },
  },
  {
    id: 'gb-workspace-form-with-uk-postcode-and-house-number',
    region: 'GB',
    blocks: [
      fields(
        '*Name*\nEleanor Shaw',
        '*Email*\neleanor.shaw@shawdental.co.uk',
        '*Phone*\n020 7946 0412',
        '*Address*\n221B Baker Street, London NW1 6XE',
      ),
    ],
    expected: { name: 'Eleanor Shaw', email: 'eleanor.shaw@shawdental.co.uk', phone: '+442079460412' },
  },
  {
    id: 'company-signup-generic-inbox-no-person',
    text:
      'New signup: *Acme Robotics GmbH* (Köln) — admin email ' +
      `${mail('info@acme-robotics.de')} — plan: Team, 14-day trial`,
    expected: { email: 'info@acme-robotics.de' },
  },
  {
    id: 'calendly-booking-with-date-time-and-zoom-pin',
    blocks: [
      section('*New Event Scheduled:* 30 Minute Demo'),
      fields(
        '*Invitee*\nSofia Lindberg',
        '*Invitee Email*\nsofia.lindberg@lindbergdesign.se',
        '*Event Date/Time*\n09:30 - Wednesday, 19 March 2025 (CET)',
        '*Location*\nZoom · Meeting ID 891 2345 6789 · Passcode 204417',
      ),
    ],
    expected: { name: 'Sofia Lindberg', email: 'sofia.lindberg@lindbergdesign.se' },
  },
  {
    id: 'invoice-request-from-lead-vat-number-trap',
    text: lines(
      `Lead wants an invoice before signing: Bart Willems, ${mail('bart.willems@willems-it.be')}`,
      'VAT: BE 0123.456.789 · PO 4500012345 · amount €3.600,00',
    ),
    expected: { name: 'Bart Willems', email: 'bart.willems@willems-it.be' },
  },
  {
    id: 'typeform-test-submission-by-rep-plus-real-lead-in-thread',
    text: lines(
      '&gt; ignore the one above, that was me testing the form (jake.miller@trata.io)',
      `Real one: Olga Petrova, ${mail('olga.petrova@petrova-consulting.com')}, Tallinn, +372 5123 4567`,
    ),
    expected: { name: 'Olga Petrova', email: 'olga.petrova@petrova-consulting.com', phone: '+37251234567' },
  },

  // ---------------------------------------------------------------------------------------------------
  // No lead contact details at all
  // ---------------------------------------------------------------------------------------------------
  {
    id: 'none-thanks',
    text: 'thanks!',
    expected: {},
  },
  {
    id: 'none-ok-thumbs-up',
    text: 'ok 👍',
    expected: {},
  },
  {
    id: 'none-standup-notes',
    text: lines(
      '*Standup*',
      '• Yesterday: finished the Q2 deck for Hanbit',
      '• Today: calls with 3 EMEA leads, pricing review at 14:00',
      '• Blockers: none 🙌',
    ),
    expected: {},
  },
  {
    id: 'none-deploy-notice-build-number',
    text: 'Deployed prospects-api v2.14.3 to production (build #8812, commit 4f9a2c1) :rocket:',
    expected: {},
  },
  {
    id: 'none-invoice-due-eu-amount-and-date',
    text:
      'Invoice INV-2025-0347 for €4.800,00 is due on 31/03/2025. ' +
      'Pay via <https://billing.example.com/i/0347|billing portal>',
    expected: {},
  },
  {
    id: 'none-amazon-order-and-ups-tracking',
    text: 'Order 112-3345567-8890123 shipped — arriving Thu 20 Mar. Tracking 1Z 999 AA1 01 2345 6784',
    expected: {},
  },
  {
    id: 'none-meeting-link-with-dialin-pin',
    text:
      'Pipeline review moved to 3pm — <https://meet.google.com/abc-defg-hij|Google Meet> · ' +
      'dial-in +1 617-675-4444 PIN 123 456 789#',
    expected: {},
  },
  {
    id: 'none-lunch',
    text: "who's in for lunch at the Thai place? 12:30 🍜",
    expected: {},
  },
  {
    id: 'none-out-of-office-colleague-name',
    text: 'OOO tomorrow, back Monday 17/03. Ping Olivia for anything urgent.',
    expected: {},
  },
  {
    id: 'none-reminder-bot-expenses',
    text: 'Reminder: Submit your expenses by Friday.',
    expected: {},
  },
  {
    id: 'none-welcome-new-hire',
    text: ':wave: Welcome to #sales-emea, <@U07HANNAH>! Pinned: playbook, pricing sheet, territory map.',
    expected: {},
  },
  {
    id: 'none-quarter-results-big-numbers',
    text: 'Q1 closed at 112% of target 🎉 — €1,284,000 bookings, 47 deals. Great work everyone!',
    expected: {},
  },
  {
    id: 'none-weekly-pipeline-attachment',
    attachments: [
      {
        fallback: 'Weekly pipeline',
        title: 'Weekly pipeline — w/c 10 Mar 2025',
        fields: [f('New leads', '84'), f('SQLs', '21'), f('Won', '6'), f('Revenue', '$182,400')],
        footer: 'Trata Reports',
      },
    ],
    expected: {},
  },
  {
    id: 'none-jira-ticket-moved',
    text: 'PROJ-4412 "Prefill fails for Brazilian numbers" moved to *In Review* by Sam',
    expected: {},
  },
  {
    id: 'none-calendar-event-company-name',
    blocks: [
      section('*Demo – Müller Bau GmbH*'),
      context('Wed 19 Mar 2025 · 10:00–10:30 (CET) · Google Calendar'),
      divider,
    ],
    expected: {},
  },
  {
    id: 'none-incident-resolved',
    text: 'Incident #20931 resolved: CRM sync latency > 5s (duration 00:14:22)',
    expected: {},
  },
  {
    id: 'none-german-chitchat-hall-and-booth',
    text: 'Guten Morgen zusammen ☕ Wer übernimmt heute den Messestand in Halle 4, Stand B12?',
    expected: {},
  },
  {
    id: 'none-french-thanks',
    text: "Merci à tous pour la démo d'hier, super retours du client 👏",
    expected: {},
  },
  {
    id: 'none-spanish-deck-question',
    text: '¿Alguien tiene la última versión del deck en español? ¡Gracias!',
    expected: {},
  },
  {
    id: 'none-expense-approved-by-rep',
    text: 'Expensify: Report "Berlin trip March" ($1,342.18) approved by Jake Miller',
    expected: {},
  },
  {
    id: 'none-huddle-summary',
    text: 'A huddle happened in #sales-apac · 23 min · Chloe Nguyen, Olivia Chen',
    expected: {},
  },
  {
    id: 'none-article-link',
    text: 'Good read on EMEA pricing: <https://hbr.org/2024/05/pricing-in-europe|HBR — Pricing in Europe>',
    expected: {},
  },
  {
    id: 'none-internal-quote-yen',
    text: 'Quote for Sakura Denki: 25 seats × ¥3,200/mo = ¥80,000/mo, 12-mo term, 10% discount approved ✅',
    expected: {},
  },
  {
    id: 'none-territory-postcodes',
    text: 'Territory update: all postcodes 10115–14199 (Berlin) now belong to Felix.',
    expected: {},
  },
  {
    id: 'none-birthday',
    text: 'Happy birthday <@U02OLIVIA>! 🎂🎈',
    expected: {},
  },
  {
    id: 'none-github-pr-merged',
    text: 'PR #1423 merged: "Normalize phone numbers to E.164" by @dev-anna',
    expected: {},
  },
  {
    id: 'none-our-own-office-line-and-support-inbox',
    text: `Reminder for new hires: our main office line is +44 20 7946 0000 and support is ${mail('support@trata.io')}`,
    expected: {},
  },
  {
    id: 'none-stripe-payout',
    text: 'Stripe: Payout of $12,408.55 to account ••••6789 expected on Mar 21',
    expected: {},
  },
  {
    id: 'none-dhl-delivery-german',
    text: 'DHL Express: Sendung 1234567890 zugestellt — Empfänger: Empfang, Bürogebäude Nord',
    expected: {},
  },
  {
    id: 'none-anonymous-chat-visitor-city-only',
    text: 'LiveChat: Visitor #48213 (Madrid, Spain) asked "¿Tienen versión en español?" — left without an email',
    expected: {},
  },
  {
    id: 'none-deal-won-celebration',
    text: '🎉 Deal won: *Hanbit Soft — Enterprise* ($48,000 ARR) by Olivia Chen. Drinks on Friday!',
    expected: {},
  },
  {
    id: 'none-hubspot-digest-counts',
    blocks: [
      header('Your daily HubSpot digest'),
      section('• 12 new contacts\n• 3 deals closed won (£21,300)\n• 5 tasks overdue'),
      button('View in HubSpot', 'https://app.hubspot.com/reports/1234'),
    ],
    expected: {},
  },
];
