import type { CorpusCase } from './corpus.js';

/**
 * Second held-out set, written before reading the extractor: messy real-world Slack traffic (typos,
 * emoji, mixed languages, disclaimers, reply chains, tables, CSV/TSV/JSON pastes, phone-system and
 * booking notifications, referrals) plus messages that carry no lead contact details at all.
 */

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const fields = (...texts: string[]) => ({ type: 'section', fields: texts.map(mrkdwn) });
const header = (text: string) => ({ type: 'header', text: plain(text) });
const context = (...texts: string[]) => ({ type: 'context', elements: texts.map(mrkdwn) });
const t = (text: string, style?: Record<string, boolean>) =>
  style ? { type: 'text', text, style } : { type: 'text', text };
const link = (url: string, text?: string) => (text ? { type: 'link', url, text } : { type: 'link', url });
const rich = (...elements: unknown[]) => ({ type: 'rich_text', elements });
const rsection = (...elements: unknown[]) => ({ type: 'rich_text_section', elements });

export const heldout2: CorpusCase[] = [
  // ── Hand-typed, typos, emoji, mixed languages ───────────────────────────────────────────
  {
    id: 'typo-plain-website-lead',
    text: 'hey team, got a lead frm the website — Marcus Oyelaran, marcus.oyelaran@brightfieldlogistics.com , cel 312.847.2291 , wants demo asap 🙏',
    expected: {
      name: 'Marcus Oyelaran',
      email: 'marcus.oyelaran@brightfieldlogistics.com',
      phone: '+13128472291',
    },
  },
  {
    id: 'emoji-labels-swedish',
    text: '🔥 New lead 🔥\n👤 Sofia Lindqvist\n📧 sofia.lindqvist@nordvik.se\n📞 +46 70 123 45 67\n🏢 Nordvik AB',
    expected: { name: 'Sofia Lindqvist', email: 'sofia.lindqvist@nordvik.se', phone: '+46701234567' },
  },
  {
    id: 'french-english-mix',
    region: 'FR',
    text: "Salut l'équipe, nouveau prospect / new lead: Mme Claire Fontaine, claire.fontaine@atelier-bois.fr, tél 06 12 34 56 78 — she wants pricing for 40 seats",
    expected: { name: 'Claire Fontaine', email: 'claire.fontaine@atelier-bois.fr', phone: '+33612345678' },
  },
  {
    id: 'signature-legal-disclaimer',
    text: [
      'Forwarding from the sales inbox:',
      '',
      'Hi, we are interested in your enterprise plan for our dispatch team (about 60 users). Could someone send a quote?',
      '',
      'Best regards,',
      'Daniel Okafor',
      'Head of Procurement | Keystone Freight',
      'M: +1 (646) 412-7785',
      'daniel.okafor@keystonefreight.com',
      '',
      'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender at legal@keystonefreight.com and destroy all copies of the original message.',
    ].join('\n'),
    expected: {
      name: 'Daniel Okafor',
      email: 'daniel.okafor@keystonefreight.com',
      phone: '+16464127785',
    },
  },
  {
    id: 'quoted-outlook-chain-norway',
    text: [
      'Can someone take this one? see below',
      '',
      '> From: Henrik Aas <henrik.aas@fjordmarine.no>',
      '> Sent: Monday, 3 March 2025 09:14',
      '> To: sales@trata.io',
      '> Subject: Quote request',
      '>',
      '> Hello, we need 12 licences for the fleet office. Call me on +47 912 34 567.',
      '> Henrik',
    ].join('\n'),
    expected: { name: 'Henrik Aas', email: 'henrik.aas@fjordmarine.no', phone: '+4791234567' },
  },
  {
    id: 'markdown-pipe-table',
    text: [
      'Leads from the webinar, first batch:',
      '```',
      '| Name          | Email                      | Phone            | Company  |',
      '|---------------|----------------------------|------------------|----------|',
      '| Tomás Herrera | tomas.herrera@verdemar.mx  | +52 55 1234 5678 | Verdemar |',
      '```',
    ].join('\n'),
    expected: { name: 'Tomás Herrera', email: 'tomas.herrera@verdemar.mx', phone: '+525512345678' },
  },
  {
    id: 'csv-export-header-value',
    text: [
      'export from the form tool 👇',
      '```first_name,last_name,email,phone,company,title',
      'Ayumi,Tanaka,ayumi.tanaka@kaizen-robotics.jp,+81 3-1234-5678,Kaizen Robotics,CTO```',
    ].join('\n'),
    expected: { name: 'Ayumi Tanaka', email: 'ayumi.tanaka@kaizen-robotics.jp', phone: '+81312345678' },
  },
  {
    id: 'tsv-badge-scan',
    text: [
      'Lead export (badge scan) from yesterday',
      '```Badge ID\tFirst Name\tLast Name\tCompany\tEmail\tMobile',
      '88213\tRachel\tMcAllister\tHarbor Analytics\trmcallister@harboranalytics.com\t(617) 284-3390```',
    ].join('\n'),
    expected: {
      name: 'Rachel McAllister',
      email: 'rmcallister@harboranalytics.com',
      phone: '+16172843390',
    },
  },
  {
    id: 'json-webhook-pasted',
    text: [
      'webhook payload that failed to sync, can someone add manually?',
      '```{',
      '  "event": "form.submitted",',
      '  "form_id": "f_8812",',
      '  "data": {"full_name": "Kwame Mensah", "email": "Kwame.Mensah@Accra-Solar.com", "phone": "+233 24 123 4567", "company": "Accra Solar"},',
      '  "submitted_at": "2025-03-04T10:22:31Z"',
      '}```',
    ].join('\n'),
    expected: { name: 'Kwame Mensah', email: 'kwame.mensah@accra-solar.com', phone: '+233241234567' },
  },
  {
    id: 'sales-nav-profile-view',
    text: "Sales Navigator: *Lena Vogt* (VP Operations at Rheinwerk Logistik) viewed your profile. Lead saved to list 'DACH Q2'.",
    expected: { name: 'Lena Vogt' },
  },
  {
    id: 'linkedin-inmail-reply',
    text: "LinkedIn message from Omar Haddad: 'Thanks for reaching out, happy to chat next week. Best to reach me at omar.haddad@sahelgrid.com or +971 50 123 4567'",
    expected: { name: 'Omar Haddad', email: 'omar.haddad@sahelgrid.com', phone: '+971501234567' },
  },
  {
    id: 'aircall-missed-call',
    text: '📞 Missed call from +1 720-443-1187 on line *Sales US* (Aircall) — 14:32, no voicemail',
    expected: { phone: '+17204431187' },
  },
  {
    id: 'ringcentral-missed-wireless-caller',
    text: [
      'RingCentral: Missed call',
      'From: WIRELESS CALLER (503) 226-4410',
      'To: Sales Main (888) 555-0100 ext. 204',
      'Time: 3/4/2025 9:14 AM',
    ].join('\n'),
    expected: { phone: '+15032264410' },
  },
  {
    id: 'dialpad-voicemail-obfuscated-email',
    text: [
      'Dialpad voicemail from (404) 872-3365 · 0:42',
      '"Hi this is Gloria Estrada from Peachtree Dental, we saw your ad and wanted to see about pricing for three locations, you can call me back at this number or email gloria at peachtreedental dot com, thanks"',
    ].join('\n'),
    expected: { name: 'Gloria Estrada', email: 'gloria@peachtreedental.com', phone: '+14048723365' },
  },
  {
    id: 'calendly-booking',
    text: [
      '*New Event: 30 Minute Demo*',
      'Invitee: Benjamin Adeyemi',
      'Invitee Email: ben@lumenpay.co',
      'Event Date/Time: 10:00am - Thursday, March 6, 2025 (Eastern Time - US & Canada)',
      'Location: Zoom',
      'Questions:',
      'Phone number: +1 512 739 6620',
      'What would you like to cover? migrating from spreadsheets',
    ].join('\n'),
    expected: { name: 'Benjamin Adeyemi', email: 'ben@lumenpay.co', phone: '+15127396620' },
  },
  {
    id: 'hubspot-meeting-blocks',
    blocks: [
      header('📅 Meeting booked'),
      fields('*Contact:*\nNadia Petrova', '*Email:*\nnadia.petrova@volgatech.ru'),
      fields('*Owner:*\nJake Miller (jake@trata.io)', '*When:*\nTue, Mar 11 · 3:00 PM GMT'),
      context('HubSpot Meetings · link: meetings.hubspot.com/jake-miller'),
    ],
    expected: { name: 'Nadia Petrova', email: 'nadia.petrova@volgatech.ru' },
  },
  {
    id: 'chili-piper-booked',
    text: [
      'Chili Piper ✅ Meeting booked',
      'Guest: Aaron Whitfield <aaron.whitfield@northpeak.io>',
      'Host: Emma Stone (emma.s@trata.io)',
      'When: Wed Mar 12, 2:00–2:30 PM PT',
      'Routing: Enterprise West',
    ].join('\n'),
    expected: { name: 'Aaron Whitfield', email: 'aaron.whitfield@northpeak.io' },
  },
  {
    id: 'mwc-lead-retrieval-catalan',
    region: 'ES',
    text: [
      'Lead retrieval – MWC Barcelona booth 5B41',
      'Scanned by: Laura (SDR)',
      'Name: Jordi Puig i Serra',
      'Company: Serra Telecom',
      'Email: jpuig@serratelecom.es',
      'Mobile: 612 345 678',
      'Notes: interested in API, call after 17h',
    ].join('\n'),
    expected: { name: 'Jordi Puig i Serra', email: 'jpuig@serratelecom.es', phone: '+34612345678' },
  },
  {
    id: 'referral-looping-in',
    text: 'Looping in @Mara — Mara, meet Felix Brandt (felix.brandt@quantwerk.de), he runs ops at Quantwerk and is looking for a CRM sync. Felix, Mara leads our DACH team 🙌',
    expected: { name: 'Felix Brandt', email: 'felix.brandt@quantwerk.de' },
  },
  {
    id: 'referral-meet-grace',
    text: "Hi both! Meet *Grace Nakamura*, CFO at Tidewater Holdings — Grace, this is our AE. Grace's cell: 206-381-7744",
    expected: { name: 'Grace Nakamura', phone: '+12063817744' },
  },
  {
    id: 'support-escalation-upgrade',
    text: 'Escalating from Zendesk #48213: customer on the Starter plan (account 10044) asking to upgrade 250 seats to Enterprise. Contact: Ravi Shankar, ravi.shankar@meridianhealth.org, +1 773 295 4418. Ticket priority: high.',
    expected: { name: 'Ravi Shankar', email: 'ravi.shankar@meridianhealth.org', phone: '+17732954418' },
  },
  {
    id: 'chat-widget-lowercase',
    text: 'new lead from chat widget: name: jessica wu / email jess.wu@gmail.com / ph 415 889 2140',
    expected: { name: 'jessica wu', email: 'jess.wu@gmail.com', phone: '+14158892140' },
  },
  {
    id: 'from-allcaps-surname-fr',
    region: 'FR',
    text: [
      'From: Jean-Pierre DUPONT <jp.dupont@vinsdupont.fr>',
      'Objet: Demande de devis',
      'Bonjour, pourriez-vous me rappeler au 01 42 68 53 00 ? Merci',
    ].join('\n'),
    expected: { name: 'Jean-Pierre DUPONT', email: 'jp.dupont@vinsdupont.fr', phone: '+33142685300' },
  },
  {
    id: 'fwd-particle-van-der',
    text: 'Fwd: from Maria van der Berg <maria.vanderberg@hollandflowers.nl> — wants pricing for 20 users',
    expected: { name: 'Maria van der Berg', email: 'maria.vanderberg@hollandflowers.nl' },
  },
  {
    id: 'contact-particle-de-la',
    region: 'ES',
    text: 'Contact: Luis de la Fuente Ortega — luis.delafuente@grupo-ortega.es (asked for a call back next week)',
    expected: { name: 'Luis de la Fuente Ortega', email: 'luis.delafuente@grupo-ortega.es' },
  },
  {
    id: 'legacy-attachment-fields-austria',
    attachments: [
      {
        fallback: 'New lead: Hannah Schmidt',
        color: '#36a64f',
        title: 'New lead: Hannah Schmidt',
        fields: [
          { title: 'Email', value: 'hannah.schmidt@alpen-it.at', short: true },
          { title: 'Phone', value: '+43 664 1234567', short: true },
          { title: 'Source', value: 'Google Ads', short: true },
        ],
      },
    ],
    expected: { name: 'Hannah Schmidt', email: 'hannah.schmidt@alpen-it.at', phone: '+436641234567' },
  },
  {
    id: 'intercom-attachment',
    attachments: [
      {
        pretext: 'New conversation in Intercom',
        text: '*Visitor:* Chen Wei\n*Email:* chen.wei@shenzhou-tech.cn\n*Message:* hi do u support wechat integration?? need it for 300 users',
        footer: 'Intercom · 10:41',
      },
    ],
    expected: { name: 'Chen Wei', email: 'chen.wei@shenzhou-tech.cn' },
  },
  {
    id: 'deal-created-ireland',
    text: '💰 Deal created: Acme Corp — $24,000\nPerson: Olivia Brennan\nEmail: obrennan@acmecorp.com\nPhone: +353 87 123 4567\nPipeline: EMEA',
    expected: { name: 'Olivia Brennan', email: 'obrennan@acmecorp.com', phone: '+353871234567' },
  },
  {
    id: 'lead-plus-internal-cc',
    text: 'Hey @sam, the lead is Yusuf Demir (yusuf@anatolia-textile.com.tr), please cc me at kate.r@trata.io when you reply.',
    expected: { name: 'Yusuf Demir', email: 'yusuf@anatolia-textile.com.tr' },
  },
  {
    id: 'callback-extension',
    text: 'Call back request: Brian Kowalski, Kowalski & Sons Plumbing, (630) 512-8870 ext 14. Wants to know about the field-service add-on.',
    expected: { name: 'Brian Kowalski', phone: '+16305128870' },
  },
  {
    id: 'indiamart-lead',
    region: 'IN',
    text: 'Lead from IndiaMART: Rajesh Kumar Gupta, Mob: 98765 43210, Email: rajesh.gupta@shreeganesh-exports.in, Req: 500 units, budget ₹4,50,000',
    expected: {
      name: 'Rajesh Kumar Gupta',
      email: 'rajesh.gupta@shreeganesh-exports.in',
      phone: '+919876543210',
    },
  },
  {
    id: 'portuguese-whatsapp',
    region: 'BR',
    text: 'Oi pessoal! Lead do site: Ana Beatriz Souza, ana.souza@verdetech.com.br, WhatsApp (11) 98765-4321 — quer demo em português 🇧🇷',
    expected: { name: 'Ana Beatriz Souza', email: 'ana.souza@verdetech.com.br', phone: '+5511987654321' },
  },
  {
    id: 'aussie-phone-lead',
    region: 'AU',
    text: "G'day, lead via phone: Mitch Harper from Coastal Roofing, mob 0412 345 678. Keen on the trades bundle.",
    expected: { name: 'Mitch Harper', phone: '+61412345678' },
  },
  {
    id: 'canadian-inbound',
    text: 'Inbound: Chloé Tremblay (chloe.tremblay@erablesoft.ca), 416-364-2281 — prefers French',
    expected: { name: 'Chloé Tremblay', email: 'chloe.tremblay@erablesoft.ca', phone: '+14163642281' },
  },
  {
    id: 'slack-mailto-tel-links',
    text: 'New signup: <mailto:dev.patel@orbitlabs.ai|dev.patel@orbitlabs.ai> — Dev Patel — <tel:+16463920018|(646) 392-0018>',
    expected: { name: 'Dev Patel', email: 'dev.patel@orbitlabs.ai', phone: '+16463920018' },
  },
  {
    id: 'rich-text-mailto',
    region: 'FR',
    blocks: [
      rich(
        rsection(
          t('Lead: '),
          t('Isabelle Moreau', { bold: true }),
          t(' — '),
          link('mailto:isabelle@moreau-conseil.fr', 'isabelle@moreau-conseil.fr'),
          t(' (cabinet conseil, 8 pers.)'),
        ),
      ),
    ],
    expected: { name: 'Isabelle Moreau', email: 'isabelle@moreau-conseil.fr' },
  },
  {
    id: 'typo-labels-irish',
    region: 'IE',
    text: "Nmae: Patrick O'Neill\nEmial: patrick.oneill@shamrockfin.ie\nPhoen: 01 234 5678\nCompnay: Shamrock Finance",
    expected: { name: "Patrick O'Neill", email: 'patrick.oneill@shamrockfin.ie', phone: '+35312345678' },
  },
  {
    id: 'ringcentral-voicemail-unknown',
    text: "Voicemail (RingCentral) from Unknown · 0:31\nTranscript: 'yeah hi it's Tom Becker from Becker Auto Glass calling about the fleet thing, my number is 512 440 9183, talk soon'",
    expected: { name: 'Tom Becker', phone: '+15124409183' },
  },
  {
    id: 'irish-fada-hyphen',
    text: "Lead: Siobhán O'Sullivan-Byrne, siobhan@celticbrew.ie — microbrewery, 3 sites",
    expected: { name: "Siobhán O'Sullivan-Byrne", email: 'siobhan@celticbrew.ie' },
  },
  {
    id: 'polish-fields-block',
    blocks: [
      section('*New inbound lead* :tada:'),
      fields(
        '*Name*\nKatarzyna Nowak',
        '*Company*\nWisła Logistics',
        '*Email*\nk.nowak@wislalog.pl',
        '*Phone*\n+48 512 345 678',
      ),
    ],
    expected: { name: 'Katarzyna Nowak', email: 'k.nowak@wislalog.pl', phone: '+48512345678' },
  },
  {
    id: 'sales-nav-job-change',
    text: '🔔 Sales Navigator lead update\n*Samuel Okonkwo* changed jobs → Director of IT at Lagos Fintech Hub\nProfile: linkedin.com/in/samuel-okonkwo-1a2b3c',
    expected: { name: 'Samuel Okonkwo' },
  },
  {
    id: 'json-nested-lead-ip',
    text: '```{"lead":{"firstName":"Emily","lastName":"Carter","email":"emily.carter@bluepine.org","phone":"2133847790","utm_source":"google","ip":"73.162.44.201"}}```',
    expected: { name: 'Emily Carter', email: 'emily.carter@bluepine.org', phone: '+12133847790' },
  },
  {
    id: 'gmail-wrote-chain',
    text: [
      'Forwarding since Nick is out:',
      '',
      'On Mon, Mar 3, 2025 at 4:51 PM Victoria Chen <vchen@redwoodcapital.com> wrote:',
      '> Hi Nick, following up on our call. My direct line is (415) 677-3021.',
      '> Victoria',
    ].join('\n'),
    expected: { name: 'Victoria Chen', email: 'vchen@redwoodcapital.com', phone: '+14156773021' },
  },
  {
    id: 'greek-signature',
    text: [
      'Dear Sir/Madam, please send us a proposal for 15 users.',
      '',
      'Kind regards,',
      'George Papadopoulos',
      'Sales Director, Aegean Shipping S.A.',
      'Tel +30 210 123 4567',
      'george.p@aegeanship.gr',
      'www.aegeanship.gr',
    ].join('\n'),
    expected: { name: 'George Papadopoulos', email: 'george.p@aegeanship.gr', phone: '+302101234567' },
  },
  {
    id: 'german-english-mix-title',
    region: 'DE',
    text: 'Neuer Lead 🇩🇪 von der Website: Herr Dr. Matthias Köhler, Köhler Maschinenbau GmbH, Tel. 030 28471190, E-Mail m.koehler@koehler-mb.de — möchte ein Angebot for 25 users',
    expected: { name: 'Matthias Köhler', email: 'm.koehler@koehler-mb.de', phone: '+493028471190' },
  },
  {
    id: 'spanish-chile',
    region: 'CL',
    text: 'Lead nuevo!! Sra. Valentina Ríos, valentina.rios@andesfoods.cl, cel +56 9 8765 4321, quiere cotización ASAP',
    expected: { name: 'Valentina Ríos', email: 'valentina.rios@andesfoods.cl', phone: '+56987654321' },
  },
  {
    id: 'typo-callback',
    text: 'pls call back asap - Derek Flemming, 720-443-9021?? he sounded intrested in the pro plan',
    expected: { name: 'Derek Flemming', phone: '+17204439021' },
  },
  {
    id: 'hubspot-form-blocks-swiss',
    blocks: [
      header('New form submission: Contact us'),
      fields(
        '*First name*\nNoah',
        '*Last name*\nFischer',
        '*Email*\nnoah.fischer@alpinetrail.ch',
        '*Phone number*\n+41 79 123 45 67',
      ),
      context('Submitted from https://trata.io/contact · IP 85.195.12.8'),
    ],
    expected: { name: 'Noah Fischer', email: 'noah.fischer@alpinetrail.ch', phone: '+41791234567' },
  },
  {
    id: 'zapier-sheet-row-uk',
    region: 'GB',
    text: 'New Row in Google Sheets: Leads 2025\n• Timestamp: 3/4/2025 11:02:17\n• Full Name: Harriet Osei\n• Email Address: harriet.osei@kumasi-edu.org\n• Phone: 020 7946 0321\n• Source: Webinar',
    expected: { name: 'Harriet Osei', email: 'harriet.osei@kumasi-edu.org', phone: '+442079460321' },
  },
  {
    id: 'drift-transcript',
    text: [
      'Drift conversation #88124',
      'Visitor (Unknown): hi',
      "Bot: Hi! What's your email?",
      'Visitor: its mkowalczyk@baltic-ports.eu',
      'Bot: Thanks! And your name?',
      'Visitor: Michał Kowalczyk',
      'Bot: Great — an SDR will reach out.',
    ].join('\n'),
    expected: { name: 'Michał Kowalczyk', email: 'mkowalczyk@baltic-ports.eu' },
  },
  {
    id: 'role-email-only',
    text: 'New newsletter signup → enterprise interest flagged: procurement@hollisterbank.com',
    expected: { email: 'procurement@hollisterbank.com' },
  },
  {
    id: 'leadcapture-allcaps',
    text: 'LeadCapture | Web Summit 2025\nScanned: 05 Nov 2025 14:02\nAttendee: SOPHIE MARTIN\nTitle: Head of Growth\nCompany: Lumio\nEmail: SOPHIE.MARTIN@LUMIO.IO\nRating: 🔥 Hot',
    expected: { name: 'SOPHIE MARTIN', email: 'sophie.martin@lumio.io' },
  },
  {
    id: 'ringcentral-sms',
    text: 'RingCentral SMS from (619) 447-2810: Hi, this is Carla Jimenez from Sunset Yoga, saw your booth at the expo, pls text me pricing',
    expected: { name: 'Carla Jimenez', phone: '+16194472810' },
  },
  {
    id: 'dialpad-cnam-caps',
    text: 'Dialpad • Missed call\nKEVIN BRADLEY\n(847) 392-5516\nto Sales Line · 2:41 PM',
    expected: { name: 'KEVIN BRADLEY', phone: '+18473925516' },
  },

  {
    id: 'slack-table-mrkdwn-pipes',
    text: '*Booth leads – day 2* :clipboard:\n`Name` | `Company` | `Email`\nPriyanka Desai | Sundial Health | priyanka.desai@sundialhealth.com',
    expected: { name: 'Priyanka Desai', email: 'priyanka.desai@sundialhealth.com' },
  },
  {
    id: 'auto-reply-quoted-lead',
    text: [
      'got this reply to the outbound sequence, interested!!',
      '',
      '>>> Hi there — yes, timing is good now. Let us talk Thursday.',
      'Thanks,',
      'Marco Bianchi | COO, Bianchi Logistica S.r.l.',
      'Cell +39 347 123 4567',
      'Questo messaggio è riservato. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo.',
    ].join('\n'),
    expected: { name: 'Marco Bianchi', phone: '+393471234567' },
  },

  // ── No lead contact details ─────────────────────────────────────────────────────────────
  {
    id: 'none-meeting-reminder',
    text: 'Reminder: Q2 pipeline review tomorrow at 10:30 AM PT in the Everest room. Bring your numbers 📊',
    expected: {},
  },
  {
    id: 'none-invoice-paid',
    text: 'Invoice INV-2025-00417 for $12,450.00 was paid by Northwind Traders. Order #884213, PO 4500012345.',
    expected: {},
  },
  {
    id: 'none-deploy-versions-ips',
    text: 'Deploy v2.14.3 to prod finished in 4m12s. Build 20250304.7, commit 9f3c2ab. Hosts 10.0.12.44, 10.0.12.45.',
    expected: {},
  },
  {
    id: 'none-company-hotline',
    text: 'Our new support hotline is live: 1-800-555-0199 — please share it with customers 🎉',
    expected: {},
  },
  {
    id: 'none-ticket-escalated',
    text: 'Ticket #4829173 escalated: customer reports login loop on iOS 17.3.1. SLA 4h. Assigned to Tier 2.',
    expected: {},
  },
  {
    id: 'none-offsite-address',
    text: 'Team offsite address: 1600 Amphitheatre Pkwy, Mountain View, CA 94043. Bus leaves 8:15am sharp.',
    expected: {},
  },
  {
    id: 'none-pricing-update',
    text: 'Pricing update: Starter $29/mo, Growth $79/mo, Enterprise from $1,250/mo (billed annually). Effective 2025-04-01.',
    expected: {},
  },
  {
    id: 'none-internal-se-contact',
    text: 'If anyone needs help with the demo environment ping me — Sarah Collins, Solutions Eng, sarah.collins@trata.io, +1 415 202 7781 (desk)',
    expected: {},
  },
  {
    id: 'none-ooo-internal',
    text: 'OOO until Monday. For urgent matters contact my manager, david.lee@trata.io.',
    expected: {},
  },
  {
    id: 'none-deal-lost',
    text: 'Lead from LinkedIn went cold, closing it out. Deal ID 77120, lost reason: budget.',
    expected: {},
  },
  {
    id: 'none-webhook-debug',
    text: 'Can someone check why the Calendly integration stopped posting? Last event 2025-03-03 16:45 UTC, webhook id wh_8fa21c.',
    expected: {},
  },
  {
    id: 'none-shipment-tracking',
    text: 'Shipment tracking 1Z999AA10123456784, ETA 03/07. Warehouse zip 60607.',
    expected: {},
  },
  {
    id: 'none-server-alert',
    text: 'Server alert: CPU 93% on db-prod-2 (192.168.4.21) at 02:14:55 UTC. Incident INC-20931.',
    expected: {},
  },
  {
    id: 'none-deals-closed',
    text: 'Congrats team! 🎉 We closed 14 deals this week worth $187,300. Next target: $250k.',
    expected: {},
  },
  {
    id: 'none-standup-bullets',
    text: 'Weekly standup notes:\n• Demo script v3 ready\n• SDR hiring: 2 offers out\n• Booth at SaaStr, stand 512',
    expected: {},
  },
  {
    id: 'none-json-renewal',
    text: '```{"event":"subscription.renewed","account_id":"acc_10293","amount":4900,"currency":"EUR","period_end":"2026-03-31"}```',
    expected: {},
  },
  {
    id: 'none-aircall-anonymous',
    text: 'Aircall: Missed call from Anonymous on line Support FR at 09:12',
    expected: {},
  },
  {
    id: 'none-calendly-canceled',
    text: "Calendly: Event canceled — 30 Minute Demo, Thursday March 6 10:00am. Reason: 'scheduling conflict'",
    expected: {},
  },
  {
    id: 'none-dial-in-bridge',
    text: 'Phone system maintenance window: Sat 22:00–02:00 CET. Dial-in bridge: +1 646 558 8656, meeting ID 845 2231 9901, passcode 771204',
    expected: {},
  },
  {
    id: 'none-version-matrix',
    text: 'Version matrix: iOS app 5.2.0 (build 5200114), Android 5.1.9, API 2025-02-15. Min OS 15.0.',
    expected: {},
  },
  {
    id: 'none-q1-numbers',
    text: 'Q1 numbers: MQL 1,284 / SQL 412 / win rate 23.5%. Forecast 3,450,000 EUR.',
    expected: {},
  },
  {
    id: 'none-vat-siret',
    region: 'FR',
    text: 'Heads up: EU VAT for Germany is 19%, France 20%. Our SIRET 552 100 554 00012 for the forms.',
    expected: {},
  },
  {
    id: 'none-linkedin-post-stats',
    text: 'LinkedIn: Your post got 1,245 impressions and 32 reactions this week.',
    expected: {},
  },
  {
    id: 'none-trade-show-recap',
    text: 'Trade show recap: 143 badges scanned at booth 5B41, export coming tomorrow. Hall 2, Fira Gran Via.',
    expected: {},
  },
];
