/**
 * Realistic lead messages as Slack delivers them (message shortcut payload parts), with what a careful
 * person would copy into the prospect form. Phones are E.164; the default region is US unless `region`.
 */

export interface CorpusCase {
  id: string;
  region?: string;
  text?: string;
  blocks?: unknown[];
  attachments?: unknown[];
  expected: { name?: string; email?: string; phone?: string };
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const fields = (...texts: string[]) => ({ type: 'section', fields: texts.map(mrkdwn) });
const header = (text: string) => ({ type: 'header', text: plain(text) });
const context = (...texts: string[]) => ({ type: 'context', elements: texts.map(mrkdwn) });
const divider = { type: 'divider' };
const actions = {
  type: 'actions',
  elements: [{ type: 'button', text: plain('Open in CRM'), url: 'https://crm.example.com/leads/8812' }],
};
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

export const corpus: CorpusCase[] = [
  // ── Form and CRM bots, mrkdwn ────────────────────────────────────────────────────────────
  {
    id: 'typeform-mrkdwn',
    text: ':tada: *New Typeform response* — Demo request\n*Name:* Sarah Whitfield\n*Email:* <mailto:sarah.whitfield@brightpath.io|sarah.whitfield@brightpath.io>\n*Phone:* (617) 555-0142\n*Company:* BrightPath Analytics\n*Team size:* 51-200\n*What are you hoping to solve?* Our reps spend hours copying leads from Slack into the CRM.',
    expected: { name: 'Sarah Whitfield', email: 'sarah.whitfield@brightpath.io', phone: '+16175550142' },
  },
  {
    id: 'hubspot-bullets',
    text: "New contact created in HubSpot :hubspot:\n• First name: Derek\n• Last name: O'Connell\n• Email: <mailto:doconnell@harborfreightlines.com|doconnell@harborfreightlines.com>\n• Mobile phone number: +1 (312) 555-0178\n• Lifecycle stage: Marketing qualified lead\n• Contact owner: <@U02AB3CDE>",
    expected: { name: "Derek O'Connell", email: 'doconnell@harborfreightlines.com', phone: '+13125550178' },
  },
  {
    id: 'webflow-form-plain',
    text: 'New form submission on *acme-site* (Contact us)\n\nFull name: Priya Raghunathan\nWork email: <mailto:priya.r@lumenhealth.com|priya.r@lumenhealth.com>\nPhone: 646.555.0119\nCompany: Lumen Health\nMessage: Looking for pricing for ~40 seats, ideally before our Q3 planning.',
    expected: { name: 'Priya Raghunathan', email: 'priya.r@lumenhealth.com', phone: '+16465550119' },
  },
  {
    id: 'jotform-italic-labels',
    text: '_Name_: Jonas Lindqvist\n_Email_: <mailto:jonas@fjordbyte.se|jonas@fjordbyte.se>\n_Phone_: +46 70 123 45 67\n_Interested in_: Enterprise plan',
    expected: { name: 'Jonas Lindqvist', email: 'jonas@fjordbyte.se', phone: '+46701234567' },
  },
  {
    id: 'zapier-google-forms-dash',
    text: 'Zapier: new row in "Website leads"\nName - Emily Carter\nEmail - <mailto:emily.carter@northwind.co|emily.carter@northwind.co>\nPhone - 415 555 0163\nSource - Google Ads',
    expected: { name: 'Emily Carter', email: 'emily.carter@northwind.co', phone: '+14155550163' },
  },
  {
    id: 'crm-pipe-separated',
    text: '*Inbound lead* | Name: Kevin Nakamura | Email: <mailto:kevin.nakamura@tidalwave.dev|kevin.nakamura@tidalwave.dev> | Phone: 503-555-0107 | Owner: <@U04QWERTY>',
    expected: { name: 'Kevin Nakamura', email: 'kevin.nakamura@tidalwave.dev', phone: '+15035550107' },
  },
  {
    id: 'arrow-separators',
    text: ':inbox_tray: Landing page signup\nName ▸ Grace Holloway\nEmail ▸ <mailto:grace@hollowaydesign.co.uk|grace@hollowaydesign.co.uk>\nTel ▸ 020 7946 0321\nCountry ▸ United Kingdom',
    region: 'GB',
    expected: { name: 'Grace Holloway', email: 'grace@hollowaydesign.co.uk', phone: '+442079460321' },
  },
  {
    id: 'arrow-unicode-right',
    text: 'Lead captured via chatbot\nName → Luis Ortega\nE-mail → <mailto:lortega@grupoandino.pe|lortega@grupoandino.pe>\nWhatsApp → +51 987 654 321',
    expected: { name: 'Luis Ortega', email: 'lortega@grupoandino.pe', phone: '+51987654321' },
  },
  {
    id: 'spanish-form',
    region: 'ES',
    text: '*Nuevo contacto desde la web* :es:\n*Nombre:* Lucía\n*Apellidos:* Fernández Ruiz\n*Correo electrónico:* <mailto:lucia.fernandez@viveroslamancha.es|lucia.fernandez@viveroslamancha.es>\n*Teléfono:* 612 345 678\n*Empresa:* Viveros La Mancha\n*Mensaje:* Queremos una demo la semana que viene.',
    expected: {
      name: 'Lucía Fernández Ruiz',
      email: 'lucia.fernandez@viveroslamancha.es',
      phone: '+34612345678',
    },
  },
  {
    id: 'french-form',
    region: 'FR',
    text: 'Nouvelle demande de contact\n*Prénom :* Hélène\n*Nom :* Marchand\n*Courriel :* <mailto:h.marchand@atelier-bleu.fr|h.marchand@atelier-bleu.fr>\n*Téléphone :* 06 12 34 56 78\n*Société :* Atelier Bleu',
    expected: { name: 'Hélène Marchand', email: 'h.marchand@atelier-bleu.fr', phone: '+33612345678' },
  },
  {
    id: 'german-form',
    region: 'DE',
    text: '*Neue Anfrage über das Kontaktformular*\nVorname: Jürgen\nNachname: Weiß\nE-Mail-Adresse: <mailto:juergen.weiss@weiss-maschinenbau.de|juergen.weiss@weiss-maschinenbau.de>\nTelefon: +49 711 1234567\nFirma: Weiß Maschinenbau GmbH\nNachricht: Bitte um Rückruf wegen Angebot.',
    expected: { name: 'Jürgen Weiß', email: 'juergen.weiss@weiss-maschinenbau.de', phone: '+497111234567' },
  },
  {
    id: 'italian-form',
    region: 'IT',
    text: 'Nuovo lead dal sito\nNome: Giulia\nCognome: Bianchi\nEmail: <mailto:giulia.bianchi@studiobianchi.it|giulia.bianchi@studiobianchi.it>\nCellulare: 347 123 4567\nAzienda: Studio Bianchi',
    expected: { name: 'Giulia Bianchi', email: 'giulia.bianchi@studiobianchi.it', phone: '+393471234567' },
  },
  {
    id: 'portuguese-form-br',
    region: 'BR',
    text: '*Novo lead — formulário do site*\nNome completo: João Pedro Almeida\nE-mail: <mailto:joao.almeida@cafesdominas.com.br|joao.almeida@cafesdominas.com.br>\nTelefone: (11) 98765-4321\nEmpresa: Cafés do Minas\nMensagem: Gostaria de um orçamento.',
    expected: {
      name: 'João Pedro Almeida',
      email: 'joao.almeida@cafesdominas.com.br',
      phone: '+5511987654321',
    },
  },
  // ── Block Kit ───────────────────────────────────────────────────────────────────────────
  {
    id: 'blockkit-fields',
    text: 'New demo request from Marisol Vega',
    blocks: [
      header('New demo request'),
      fields(
        '*Name*\nMarisol Vega',
        '*Email*\n<mailto:marisol.vega@cobaltretail.com|marisol.vega@cobaltretail.com>',
        '*Phone*\n<tel:+17185550133|+1 718 555 0133>',
        '*Company*\nCobalt Retail',
      ),
      divider,
      actions,
    ],
    expected: { name: 'Marisol Vega', email: 'marisol.vega@cobaltretail.com', phone: '+17185550133' },
  },
  {
    id: 'blockkit-fields-rep-owner',
    text: 'Lead assigned',
    blocks: [
      section(':bust_in_silhouette: *Lead assigned to <@U01SALES9>*'),
      fields(
        '*Contact name*\nOwen Fitzgerald',
        '*Contact email*\n<mailto:owen.fitzgerald@tallgrass.ag|owen.fitzgerald@tallgrass.ag>',
        '*Assigned rep*\nJenna Morales',
        '*Rep email*\n<mailto:jenna.morales@ourcrm.io|jenna.morales@ourcrm.io>',
        '*Rep phone*\n(415) 555-0100',
        '*Contact phone*\n(402) 555-0187',
      ),
      context('Routed by LeadRouter • <!date^1712345678^{date_short} at {time}|Apr 5, 2024 at 3:01 PM>'),
    ],
    expected: { name: 'Owen Fitzgerald', email: 'owen.fitzgerald@tallgrass.ag', phone: '+14025550187' },
  },
  {
    id: 'blockkit-section-text',
    blocks: [
      section(
        '*:rotating_light: Hot lead from pricing page*\n*Full name:* Aisha Bello\n*Email:* <mailto:aisha@kanoagritech.ng|aisha@kanoagritech.ng>\n*Phone:* +234 803 123 4567',
      ),
      context('Submitted via <https://ourco.com/pricing|pricing page> • Tally'),
    ],
    text: 'Hot lead from pricing page',
    expected: { name: 'Aisha Bello', email: 'aisha@kanoagritech.ng', phone: '+2348031234567' },
  },
  {
    id: 'blockkit-fields-uk',
    region: 'GB',
    text: 'New enquiry',
    blocks: [
      header('New enquiry :email:'),
      fields(
        '*Name:*\nOliver Bennett',
        '*Telephone:*\n07911 123456',
        '*Email address:*\noliver.bennett@bennettjoinery.co.uk',
      ),
      section('*Enquiry:*\nCan someone call me back about the 12 month contract?'),
    ],
    expected: {
      name: 'Oliver Bennett',
      email: 'oliver.bennett@bennettjoinery.co.uk',
      phone: '+447911123456',
    },
  },
  {
    id: 'blockkit-fields-de-handy',
    region: 'DE',
    text: 'Neuer Lead',
    blocks: [
      fields(
        '*Ansprechpartner*\nFrau Dr. Sabine Krüger',
        '*Handy*\n0151 23456789',
        '*E-Mail*\n<mailto:s.krueger@praxis-krueger.de|s.krueger@praxis-krueger.de>',
        '*Firma*\nPraxis Dr. Krüger',
      ),
    ],
    expected: { name: 'Sabine Krüger', email: 's.krueger@praxis-krueger.de', phone: '+4915123456789' },
  },
  {
    id: 'rich-text-list',
    text: 'New lead',
    blocks: [
      rich(
        rsection(t('New lead from the webinar ', { bold: true }), { type: 'emoji', name: 'movie_camera' }),
        rlist(
          [t('Name: ', { bold: true }), t('Tomasz Nowak')],
          [
            t('Email: ', { bold: true }),
            link('mailto:tomasz.nowak@vistula-logistics.pl', 'tomasz.nowak@vistula-logistics.pl'),
          ],
          [t('Phone: ', { bold: true }), t('+48 512 345 678')],
          [t('Owner: ', { bold: true }), { type: 'user', user_id: 'U05ABCDEF' }],
        ),
      ),
    ],
    expected: { name: 'Tomasz Nowak', email: 'tomasz.nowak@vistula-logistics.pl', phone: '+48512345678' },
  },
  {
    id: 'rich-text-free',
    text: 'call notes',
    blocks: [
      rich(
        rsection(
          t('Just got off a call with '),
          t('Rachel Goldberg', { bold: true }),
          t(' (Head of Ops at Meridian Dental). She wants a proposal by Friday. Her email is '),
          link('mailto:rgoldberg@meridiandental.com', 'rgoldberg@meridiandental.com'),
          t(' and cell '),
          link('tel:+12015550164', '201-555-0164'),
          t('.'),
        ),
      ),
    ],
    expected: { name: 'Rachel Goldberg', email: 'rgoldberg@meridiandental.com', phone: '+12015550164' },
  },
  {
    id: 'rich-text-quote-email',
    text: 'fwd from inbox',
    blocks: [
      rich(rsection(t('Came into sales@ inbox, can someone grab it? '), { type: 'user', user_id: 'U0123' }), {
        type: 'rich_text_quote',
        elements: [
          t(
            'Hello,\nWe are a 30-person architecture firm looking at your tool for project intake.\nBest regards,\nMatteo Ferrari\nFerrari & Partners Architetti\nTel. +39 02 1234 5678\n',
          ),
          link('mailto:m.ferrari@ferrari-architetti.it', 'm.ferrari@ferrari-architetti.it'),
        ],
      }),
    ],
    expected: { name: 'Matteo Ferrari', email: 'm.ferrari@ferrari-architetti.it', phone: '+390212345678' },
  },
  // ── Legacy attachments ──────────────────────────────────────────────────────────────────
  {
    id: 'attachment-fields',
    text: '',
    attachments: [
      {
        fallback: 'New lead: Hannah Schultz',
        color: '#36a64f',
        pretext: 'New lead from Pipedrive web form',
        title: 'Hannah Schultz — Summit Outdoor Co.',
        fields: [
          {
            title: 'Email',
            value: '<mailto:hannah@summitoutdoor.com|hannah@summitoutdoor.com>',
            short: true,
          },
          { title: 'Phone', value: '(303) 555-0125 ext. 214', short: true },
          { title: 'Deal value', value: '$12,400', short: true },
          { title: 'Owner', value: 'Mike Torres', short: true },
        ],
        footer: 'Pipedrive',
        ts: 1712345678,
      },
    ],
    expected: { name: 'Hannah Schultz', email: 'hannah@summitoutdoor.com', phone: '+13035550125' },
  },
  {
    id: 'attachment-text-only',
    text: 'Intercom',
    attachments: [
      {
        fallback: 'New conversation',
        title: 'New conversation started',
        text: 'From: *Dmitri Volkov* (<mailto:dmitri.volkov@arcticsoft.fi|dmitri.volkov@arcticsoft.fi>)\n"Hi! Do you integrate with NetSuite? My number is +358 40 1234567 if easier."',
      },
    ],
    expected: { name: 'Dmitri Volkov', email: 'dmitri.volkov@arcticsoft.fi', phone: '+358401234567' },
  },
  {
    id: 'attachment-fields-salesforce',
    text: 'Salesforce: Lead converted',
    attachments: [
      {
        title: 'Lead: Ms. Naomi Adeyemi',
        title_link: 'https://ourorg.my.salesforce.com/00Q5g00000AbCdE',
        fields: [
          { title: 'Company', value: 'Adeyemi Consulting Ltd', short: true },
          { title: 'Lead Owner', value: 'Chris Park (chris.park@ourorg.com)', short: true },
          { title: 'Email', value: 'naomi@adeyemiconsulting.co.uk', short: true },
          { title: 'Phone', value: '+44 161 496 0732', short: true },
          { title: 'Lead Source', value: 'Partner referral', short: true },
        ],
      },
    ],
    expected: { name: 'Naomi Adeyemi', email: 'naomi@adeyemiconsulting.co.uk', phone: '+441614960732' },
  },
  {
    id: 'attachment-fallback-only',
    attachments: [
      {
        fallback:
          'Calendly: New event scheduled — Discovery call with Brandon Lee (brandon.lee@quantaforge.com) on Tue, May 14 at 2:00pm EDT',
      },
    ],
    expected: { name: 'Brandon Lee', email: 'brandon.lee@quantaforge.com' },
  },
  {
    id: 'attachment-field-multiline',
    attachments: [
      {
        pretext: '*Drift* captured a lead :speech_balloon:',
        fields: [
          {
            title: 'Visitor',
            value: 'Fatima Zahra El Amrani\nfatima.elamrani@atlas-textiles.ma\n+212 6 61 23 45 67',
          },
          { title: 'Page', value: '<https://ourco.com/pricing|/pricing>' },
        ],
      },
    ],
    expected: {
      name: 'Fatima Zahra El Amrani',
      email: 'fatima.elamrani@atlas-textiles.ma',
      phone: '+212661234567',
    },
  },
  // ── Questions and answers ───────────────────────────────────────────────────────────────
  {
    id: 'qa-pairs',
    text: '*New response in "Book a demo"*\n*What is your name?*\nNathan Brooks\n*What is your work email?*\n<mailto:nbrooks@cedarlanefoods.com|nbrooks@cedarlanefoods.com>\n*Best number to reach you?*\n469-555-0158\n*How did you hear about us?*\nA friend at Shopify',
    expected: { name: 'Nathan Brooks', email: 'nbrooks@cedarlanefoods.com', phone: '+14695550158' },
  },
  {
    id: 'qa-spanish',
    region: 'MX',
    text: '¿Cuál es tu nombre?\nAlejandro Torres\n¿Cuál es tu correo?\n<mailto:alejandro@torresyasociados.mx|alejandro@torresyasociados.mx>\n¿A qué número te llamamos?\n55 1234 5678',
    expected: { name: 'Alejandro Torres', email: 'alejandro@torresyasociados.mx', phone: '+525512345678' },
  },
  {
    id: 'qa-google-forms-blocks',
    text: 'Google Forms response',
    blocks: [
      section('*Your name*\nIngrid Solberg'),
      section("*What's the best email to reach you?*\ningrid.solberg@nordkapp.no"),
      section('*Anything else we should know?*\nWe currently use spreadsheets. Call me on +47 412 34 567.'),
    ],
    expected: { name: 'Ingrid Solberg', email: 'ingrid.solberg@nordkapp.no', phone: '+4741234567' },
  },
  {
    id: 'qa-inline-question',
    text: 'Chat transcript summary\nWhat is your name? Chloé Lambert\nWhat is your email? chloe.lambert@maisonlambert.fr\nWhat is your phone number? +33 1 42 68 53 00',
    expected: { name: 'Chloé Lambert', email: 'chloe.lambert@maisonlambert.fr', phone: '+33142685300' },
  },
  // ── Form dumps ──────────────────────────────────────────────────────────────────────────
  {
    id: 'urlencoded-dump',
    text: 'Raw webhook payload:\n```first_name=Ana&last_name=Lopez&email=ana.lopez%40solaris-energy.com&phone=%2B1+786+555+0192&company=Solaris+Energy&utm_source=linkedin```',
    expected: { name: 'Ana Lopez', email: 'ana.lopez@solaris-energy.com', phone: '+17865550192' },
  },
  {
    id: 'urlencoded-in-url',
    text: 'form post: <https://hooks.ourco.com/lead?name=Wei%20Zhang&email=wei.zhang%40lotusbio.sg&tel=%2B65%206123%204567|https://hooks.ourco.com/lead?name=Wei%20Zhang&amp;email=wei.zhang%40lotusbio.sg&amp;tel=%2B65%206123%204567>',
    expected: { name: 'Wei Zhang', email: 'wei.zhang@lotusbio.sg', phone: '+6561234567' },
  },
  {
    id: 'json-dump',
    text: 'Webhook received :white_check_mark:\n```{"event":"lead.created","lead":{"first_name":"Samuel","last_name":"Okafor","email":"samuel.okafor@greenleaf.africa","phone":"+254 712 345678","company":"Greenleaf"},"received_at":"2024-05-02T10:14:03Z"}```',
    expected: { name: 'Samuel Okafor', email: 'samuel.okafor@greenleaf.africa', phone: '+254712345678' },
  },
  // ── Forwarded emails ────────────────────────────────────────────────────────────────────
  {
    id: 'forward-gmail',
    text: 'FYI — this came into my inbox, looks like a good fit\n\n---------- Forwarded message ---------\nFrom: Laura Chen &lt;<mailto:laura.chen@pinnaclemfg.com|laura.chen@pinnaclemfg.com>&gt;\nDate: Mon, Apr 8, 2024 at 9:12 AM\nSubject: Pricing for 25 users\nTo: Dan Reyes &lt;<mailto:dan.reyes@ourco.com|dan.reyes@ourco.com>&gt;\n\nHi Dan,\nCould you send pricing for 25 users? You can reach me at 248-555-0139.\nThanks,\nLaura',
    expected: { name: 'Laura Chen', email: 'laura.chen@pinnaclemfg.com', phone: '+12485550139' },
  },
  {
    id: 'forward-with-forwarder-header',
    text: 'From: Mark Sullivan &lt;<mailto:mark.sullivan@ourco.com|mark.sullivan@ourco.com>&gt;\nSent: Tuesday, April 9, 2024 11:02 AM\nSubject: FW: Partnership inquiry\n\nMark Sullivan | Account Executive | +1 415 555 0100\n\n-----Original Message-----\nFrom: Keiko Tanaka &lt;<mailto:k.tanaka@sakura-robotics.jp|k.tanaka@sakura-robotics.jp>&gt;\nSent: Monday, April 8, 2024 6:40 PM\nTo: info@ourco.com\nSubject: Partnership inquiry\n\nHello, we would like to discuss a reseller partnership in Japan.\nKeiko Tanaka\nSakura Robotics\n+81 3-1234-5678',
    expected: { name: 'Keiko Tanaka', email: 'k.tanaka@sakura-robotics.jp', phone: '+81312345678' },
  },
  {
    id: 'forward-spanish',
    region: 'ES',
    text: '---------- Mensaje reenviado ---------\nDe: Carmen Ruiz &lt;<mailto:carmen.ruiz@bodegasruiz.es|carmen.ruiz@bodegasruiz.es>&gt;\nFecha: mié, 10 abr 2024 a las 12:30\nAsunto: Información sobre precios\nPara: &lt;<mailto:ventas@ourco.com|ventas@ourco.com>&gt;\n\nBuenos días,\nMe gustaría recibir información. Mi teléfono es 912 345 678.\nUn saludo,\nCarmen Ruiz',
    expected: { name: 'Carmen Ruiz', email: 'carmen.ruiz@bodegasruiz.es', phone: '+34912345678' },
  },
  {
    id: 'forward-german',
    region: 'DE',
    text: 'Bitte übernehmen, danke!\n\n-------- Weitergeleitete Nachricht --------\nVon: Thomas Becker &lt;<mailto:t.becker@becker-logistik.de|t.becker@becker-logistik.de>&gt;\nDatum: 11.04.2024, 08:15\nAn: <mailto:vertrieb@ourco.de|vertrieb@ourco.de>\nBetreff: Anfrage Angebot\n\nSehr geehrte Damen und Herren,\nbitte senden Sie uns ein Angebot für 15 Lizenzen.\nMit freundlichen Grüßen\nThomas Becker\nTel.: 040 12345678',
    expected: { name: 'Thomas Becker', email: 't.becker@becker-logistik.de', phone: '+494012345678' },
  },
  {
    id: 'forward-french',
    region: 'FR',
    text: '-------- Message transféré --------\nDe : Julien Moreau &lt;<mailto:julien.moreau@vinsmoreau.fr|julien.moreau@vinsmoreau.fr>&gt;\nDate : 12 avril 2024 à 14:05\nÀ : contact@ourco.fr\nObjet : Demande de démo\n\nBonjour,\nJe souhaiterais une démonstration. Vous pouvez me joindre au 01 45 67 89 10.\nCordialement,\nJulien Moreau',
    expected: { name: 'Julien Moreau', email: 'julien.moreau@vinsmoreau.fr', phone: '+33145678910' },
  },
  {
    id: 'forward-portuguese-quoted-name',
    region: 'PT',
    text: 'Encaminhando lead do site 👇\n---------- Mensagem encaminhada ---------\nDe: "Silva, Beatriz" &lt;<mailto:beatriz.silva@lusovinhos.pt|beatriz.silva@lusovinhos.pt>&gt;\nAssunto: Pedido de orçamento\n\nOlá, gostaria de um orçamento para a nossa equipa de 12 pessoas. Telemóvel: 912 345 678.\nObrigada',
    expected: { name: 'Beatriz Silva', email: 'beatriz.silva@lusovinhos.pt', phone: '+351912345678' },
  },
  {
    id: 'email-noreply-form',
    text: 'From: Website Forms &lt;<mailto:no-reply@forms.ourco.com|no-reply@forms.ourco.com>&gt;\nSubject: New contact form submission\n\nName: Victor Huang\nEmail: <mailto:victor.huang@redpinecap.com|victor.huang@redpinecap.com>\nPhone: 628 555 0174\nMessage: Interested in the enterprise tier.',
    expected: { name: 'Victor Huang', email: 'victor.huang@redpinecap.com', phone: '+16285550174' },
  },
  {
    id: 'email-reply-header-on-wrote',
    text: "Lead replied to our sequence :eyes:\n&gt; On Wed, Apr 17, 2024 at 4:02 PM Isabella Romano &lt;<mailto:isabella.romano@romanofoods.com|isabella.romano@romanofoods.com>&gt; wrote:\n&gt; Sounds good, let's talk Thursday. My direct line is 312-555-0196.",
    expected: { name: 'Isabella Romano', email: 'isabella.romano@romanofoods.com', phone: '+13125550196' },
  },
  // ── Chat and WhatsApp relays ────────────────────────────────────────────────────────────
  {
    id: 'whatsapp-relay-br',
    region: 'BR',
    text: ':whatsapp: *Nova mensagem no WhatsApp Business*\n*De:* +55 21 99876-5432\n*Nome no perfil:* Rafael Costa\n*Mensagem:* Oi, vi o anúncio de vocês no Instagram e queria saber o preço do plano anual.',
    expected: { name: 'Rafael Costa', phone: '+5521998765432' },
  },
  {
    id: 'whatsapp-export-lines',
    region: 'IN',
    text: 'Pasting the WhatsApp chat from the expo lead:\n[12/03/24, 10:41:07 AM] Arjun Mehta: Hi, we met at the Bangalore expo\n[12/03/24, 10:41:30 AM] Arjun Mehta: my email is arjun.mehta@saffrontech.in\n[12/03/24, 10:42:02 AM] Arjun Mehta: mobile 98765 43210',
    expected: { name: 'Arjun Mehta', email: 'arjun.mehta@saffrontech.in', phone: '+919876543210' },
  },
  {
    id: 'intercom-chat',
    text: '*New chat from Sophie Dubois* (<mailto:sophie.dubois@lumiere-events.com|sophie.dubois@lumiere-events.com>)\n> Bonjour ! Do you offer discounts for non-profits?\n<https://app.intercom.com/a/inbox/abc123/conversation/991|Open in Intercom>',
    expected: { name: 'Sophie Dubois', email: 'sophie.dubois@lumiere-events.com' },
  },
  {
    id: 'sms-relay',
    text: ':iphone: SMS from +1 (720) 555-0118\n"Hey this is Jake Morrison from Peak Roofing, saw your ad — can someone call me back today?"',
    expected: { name: 'Jake Morrison', phone: '+17205550118' },
  },
  {
    id: 'voicemail-transcript',
    text: ':telephone_receiver: *Voicemail* (0:42) from 214-555-0147\nTranscript: "Hi, my name is Brenda Walsh, I\'m the office manager at Lakeside Pediatrics. We\'d like to learn more about your scheduling product. Please call me back at 214-555-0147. Thank you."',
    expected: { name: 'Brenda Walsh', phone: '+12145550147' },
  },
  {
    id: 'drift-self-intro-es',
    region: 'CO',
    text: 'Mensaje del chat web:\n"Hola, me llamo Valentina Gómez, soy gerente de compras en Textiles Andinos. Mi correo es vgomez@textilesandinos.co y mi celular 310 123 4567"',
    expected: { name: 'Valentina Gómez', email: 'vgomez@textilesandinos.co', phone: '+573101234567' },
  },
  // ── Free text typed by colleagues ───────────────────────────────────────────────────────
  {
    id: 'free-spoke-with',
    text: 'just spoke with Marco Rossi from Fabbrica Rossi — super interested in the API tier. marco.rossi@fabbricarossi.it, +39 333 123 4567. <@U01ABCD> can you send the deck?',
    expected: { name: 'Marco Rossi', email: 'marco.rossi@fabbricarossi.it', phone: '+393331234567' },
  },
  {
    id: 'free-follow-up-question',
    text: 'Can someone follow up with Zoë Saldaña? She emailed zoe@saldanastudio.com about a team plan',
    expected: { name: 'Zoë Saldaña', email: 'zoe@saldanastudio.com' },
  },
  {
    id: 'free-met-at-conference',
    text: 'Met Priyanka Desai at SaaStr yesterday — VP Finance at Orbit Payments. She asked for a follow-up next week. Card says pdesai@orbitpayments.com / 650-555-0121',
    expected: { name: 'Priyanka Desai', email: 'pdesai@orbitpayments.com', phone: '+16505550121' },
  },
  {
    id: 'free-name-near-email-only',
    text: 'Another one from the booth scan :point_down:\nTaylor Jenkins, Director of IT, Brookfield Schools\ntjenkins@brookfieldschools.org\nwants a quote for 300 devices',
    expected: { name: 'Taylor Jenkins', email: 'tjenkins@brookfieldschools.org' },
  },
  {
    id: 'free-call-with-phone-only',
    text: 'Had a call with Dr. Michael Grant (orthodontist, 3 locations). Interested but wants to loop in his partner. His cell: (919) 555-0172',
    expected: { name: 'Michael Grant', phone: '+19195550172' },
  },
  {
    id: 'free-rep-cc-me',
    text: 'New inbound: Olivia Martin, olivia@martinbakery.com. Please cc me at rachel.kim@ourco.com on any replies — I know her from a previous company.',
    expected: { name: 'Olivia Martin', email: 'olivia@martinbakery.com' },
  },
  {
    id: 'free-spanish-colleague',
    region: 'ES',
    text: 'Hablé con Javier Morales de Construcciones Morales, quiere una demo el jueves. Su móvil es 655 123 456 y el correo jmorales@construccionesmorales.es',
    expected: { name: 'Javier Morales', email: 'jmorales@construccionesmorales.es', phone: '+34655123456' },
  },
  {
    id: 'free-french-colleague',
    region: 'FR',
    text: "J'ai parlé avec Camille Laurent (DAF chez Transports Laurent) : très intéressée. Son portable : 07 81 23 45 67, mail camille.laurent@transports-laurent.fr",
    expected: {
      name: 'Camille Laurent',
      email: 'camille.laurent@transports-laurent.fr',
      phone: '+33781234567',
    },
  },
  {
    id: 'free-german-colleague',
    region: 'DE',
    text: 'Habe gerade mit Herrn Stefan Hoffmann telefoniert (Hoffmann Bau). Er möchte ein Angebot. Handy: 0170 1234567, Mail: <mailto:hoffmann@hoffmann-bau.de|hoffmann@hoffmann-bau.de>',
    expected: { name: 'Stefan Hoffmann', email: 'hoffmann@hoffmann-bau.de', phone: '+491701234567' },
  },
  {
    id: 'free-italian-self',
    region: 'IT',
    text: 'Messaggio ricevuto sul sito: "Buongiorno, mi chiamo Francesca Conti e lavoro per Conti Arredamenti. Potete richiamarmi al 333 987 6543? Grazie"',
    expected: { name: 'Francesca Conti', phone: '+393339876543' },
  },
  {
    id: 'free-portuguese-self',
    region: 'BR',
    text: 'Recebi isso no chat: "Olá! Meu nome é Camila Ribeiro, sou da Ribeiro Advogados. Meu e-mail é camila@ribeiroadv.com.br, WhatsApp (21) 99123-4567"',
    expected: { name: 'Camila Ribeiro', email: 'camila@ribeiroadv.com.br', phone: '+5521991234567' },
  },
  {
    id: 'free-im-tom',
    text: 'Relaying from the website chat: "Hi, I\'m Tom Becker, CTO at Railyard. What\'s your SOC 2 status? Reach me at tom@railyard.dev"',
    expected: { name: 'Tom Becker', email: 'tom@railyard.dev' },
  },
  {
    id: 'free-no-name-just-email',
    text: 'someone from ops at a logistics company wants pricing, reply to ops-team@cargoline.com',
    expected: { email: 'ops-team@cargoline.com' },
  },
  {
    id: 'free-international-00',
    text: 'Referral from our partner Lena: Henrik Johansson at Nordic Timber, 0046 8 123 456 78, henrik.johansson@nordictimber.se — please reach out this week',
    expected: { name: 'Henrik Johansson', email: 'henrik.johansson@nordictimber.se', phone: '+46812345678' },
  },
  {
    id: 'free-extension',
    text: 'Call back request: Patricia Gomez, Gomez & Hart LLP, 305-555-0150 x 4412, re: litigation support software',
    expected: { name: 'Patricia Gomez', phone: '+13055550150' },
  },
  {
    id: 'free-lowercase-name',
    text: 'lead: danielle brooks / dbrooks@brooksrealty.com / 704 555 0198 — wants a call after 3pm ET',
    expected: { name: 'danielle brooks', email: 'dbrooks@brooksrealty.com', phone: '+17045550198' },
  },
  {
    id: 'free-india-national',
    region: 'IN',
    text: 'Spoke to Rohan Kapoor from Kapoor Textiles (Surat). He wants the Hindi UI. Number 98201 23456, email rohan@kapoortextiles.in',
    expected: { name: 'Rohan Kapoor', email: 'rohan@kapoortextiles.in', phone: '+919820123456' },
  },
  {
    id: 'free-mention-and-rep-phone',
    text: '<@U03ZZZ> new lead for you: Martin Dubois (martin@duboisfreres.ca). Our main line is 1-800-555-0199 if he calls back; his direct is 514-555-0177.',
    expected: { name: 'Martin Dubois', email: 'martin@duboisfreres.ca', phone: '+15145550177' },
  },
  {
    id: 'free-umlaut-email-match',
    region: 'DE',
    text: 'Kurze Info: Lukas Müller (Müller & Söhne) hat über die Messe angefragt, lukas.mueller@mueller-soehne.de. Bitte zurückrufen.',
    expected: { name: 'Lukas Müller', email: 'lukas.mueller@mueller-soehne.de' },
  },
  // ── Non-Latin names ─────────────────────────────────────────────────────────────────────
  {
    id: 'japanese-name-label',
    region: 'JP',
    text: '*新規お問い合わせ*\n*Name:* 山田太郎\n*Email:* <mailto:t.yamada@yamada-shoji.co.jp|t.yamada@yamada-shoji.co.jp>\n*Phone:* 03-1234-5678',
    expected: { name: '山田太郎', email: 't.yamada@yamada-shoji.co.jp', phone: '+81312345678' },
  },
  {
    id: 'russian-name-label',
    text: 'New lead (RU)\nИмя: Анна Иванова\nEmail: <mailto:anna.ivanova@severstal-it.ru|anna.ivanova@severstal-it.ru>\nТелефон: +7 912 345-67-89',
    blocks: [
      fields(
        '*Name*\nАнна Иванова',
        '*Email*\n<mailto:anna.ivanova@severstal-it.ru|anna.ivanova@severstal-it.ru>',
        '*Phone*\n+7 912 345-67-89',
      ),
    ],
    expected: { name: 'Анна Иванова', email: 'anna.ivanova@severstal-it.ru', phone: '+79123456789' },
  },
  {
    id: 'arabic-name-label',
    attachments: [
      {
        title: 'New lead — Dubai expo',
        fields: [
          { title: 'Full name', value: 'محمد العلي' },
          { title: 'Email', value: 'm.alali@gulfsteel.ae' },
          { title: 'Mobile', value: '+971 50 123 4567' },
        ],
      },
    ],
    expected: { name: 'محمد العلي', email: 'm.alali@gulfsteel.ae', phone: '+971501234567' },
  },
  // ── Tricky choices ──────────────────────────────────────────────────────────────────────
  {
    id: 'submitted-by-rep',
    text: '*Manual lead entry*\nSubmitted by: Jess Park (jess.park@ourco.com)\nLead name: Andre Williams\nLead email: <mailto:andre.w@blueharborcpa.com|andre.w@blueharborcpa.com>\nLead phone: 757 555 0140',
    expected: { name: 'Andre Williams', email: 'andre.w@blueharborcpa.com', phone: '+17575550140' },
  },
  {
    id: 'plus-addressing',
    text: '*Name:* Elena Petrova\n*Email:* <mailto:Elena.Petrova+vendors@Kalinka-Design.com|Elena.Petrova+vendors@Kalinka-Design.com>',
    expected: { name: 'Elena Petrova', email: 'elena.petrova+vendors@kalinka-design.com' },
  },
  {
    id: 'two-emails-personal-vs-work',
    text: 'Met Carlos Mendoza at the meetup. Work: carlos.mendoza@vertexlabs.io (personal cmendoza88@gmail.com). Owner: <@U0ABC>',
    expected: { name: 'Carlos Mendoza', email: 'carlos.mendoza@vertexlabs.io' },
  },
  {
    id: 'only-rep-details',
    text: "Reminder from <@U0REP1>: I'm out Friday, for urgent deals call my cell 415-555-0109 or email jordan@ourco.com",
    expected: {},
  },
  {
    id: 'name-label-with-company',
    text: '*Contact:* Ryan Fletcher, Fletcher Plumbing\n*Email:* ryan@fletcherplumbing.com\n*Phone:* 480-555-0191\n*Notes:* wants 2 seats, call after lunch',
    expected: { name: 'Ryan Fletcher', email: 'ryan@fletcherplumbing.com', phone: '+14805550191' },
  },
  // ── No contact details at all ───────────────────────────────────────────────────────────
  {
    id: 'none-meeting-notes',
    text: '*Weekly pipeline sync — notes*\n• Q2 target is 1.2M, we are at 68%\n• Follow up on the 3 stalled deals in negotiation\n• Hiring: 2 new SDRs start on 05/06/2024\n• Next sync Thursday 10:30–11:00 PT\ncc <!channel>',
    expected: {},
  },
  {
    id: 'none-order-confirmation',
    text: ':package: *Order confirmed*\nOrder #4155550134 — 3 items\nSubtotal: $1,249.00\nTax: $103.04\nTotal: $1,352.04\nEstimated delivery: 2024-04-18',
    expected: {},
  },
  {
    id: 'none-release-notes',
    text: '*Release v4.12.3* (build 2024.04.11.1823) is live :rocket:\n- Fixed lead import for CSVs over 10000 rows\n- Bumped libphonenumber to 1.10.60\n- Build id 7731290456, commit 9f3c2ab\nRollback: v4.12.2',
    expected: {},
  },
  {
    id: 'none-shipping-notice',
    attachments: [
      {
        title: 'Shipment update',
        fields: [
          { title: 'Tracking number', value: '1Z999AA10123456784' },
          { title: 'USPS tracking', value: '9400 1000 0000 0000 0000 00' },
          { title: 'FedEx', value: '7712 3456 7890' },
          { title: 'Ship to ZIP', value: '94105-1234' },
          { title: 'Status', value: 'Out for delivery' },
        ],
      },
    ],
    expected: {},
  },
  {
    id: 'none-calendar-reminder',
    text: ':calendar: Reminder: *Quarterly business review* starts in 15 minutes\nWhen: Thursday, April 18, 2024 2:00 PM – 3:00 PM (GMT-07:00)\nZoom: <https://zoom.us/j/84512345678|https://zoom.us/j/84512345678>\nMeeting ID: 845 1234 5678\nPasscode: 449201',
    expected: {},
  },
  {
    id: 'none-invoice',
    text: '*Invoice INV-2024-00417 paid* :moneybag:\nAmount: €4,250.00\nInvoice number: 2024004170\nIBAN: DE89 3704 0044 0532 0130 00\nDue date: 30.04.2024\nPO: 4500012345',
    expected: {},
  },
  {
    id: 'none-server-alert',
    text: ':red_circle: *ALERT* CPU > 90% on prod-db-2 (10.0.12.184) since 03:14 UTC\nRunbook: <https://wiki.ourco.com/runbooks/db|db runbook>\nIncident #20240415 opened, severity 2',
    expected: {},
  },
  {
    id: 'none-standup',
    text: 'Yesterday: finished the lead routing refactor, reviewed 4 PRs\nToday: pairing with <@U07DEV> on the Trata sync, 2pm design review\nBlockers: waiting on the 2.3.1 SDK release',
    expected: {},
  },
  {
    id: 'none-sales-stats',
    blocks: [
      header('Daily sales digest'),
      fields('*New leads*\n42', '*Demos booked*\n17', '*Revenue (MTD)*\n$184,230.55', '*Win rate*\n23.4%'),
      context('Generated 2024-04-15 08:00:00 UTC by Digest Bot'),
    ],
    text: 'Daily sales digest',
    expected: {},
  },
  {
    id: 'none-ticket-update',
    text: 'Ticket #5551234567 updated by <@U0SUPPORT>: status changed to *Pending*. SLA due 04/19/2024 17:00. Case ref 00123456789.',
    expected: {},
  },
  {
    id: 'none-greeting-team',
    text: 'Hi team! Great work this quarter :tada: We closed 128 deals worth $2.4M. Drinks on Friday at 6pm, see you all there!',
    expected: {},
  },
  {
    id: 'none-spanish-pedido',
    region: 'ES',
    text: 'Pedido nº 20240411-0087 enviado. Número de seguimiento: 123456789012. Importe: 1.234,56 €. Entrega prevista el 15/04/2024.',
    expected: {},
  },
  {
    id: 'none-german-rechnung',
    region: 'DE',
    text: 'Rechnung 2024-0815 über 3.480,00 EUR ist bezahlt. Kundennummer 10047112, Bestellnummer 4711-0815-42. Lieferung KW 17.',
    expected: {},
  },
  {
    id: 'none-deploy-log',
    text: '```\n[2024-04-15 10:22:31] deploy api@3.18.0 to prod (sha 1a2b3c4d)\n[2024-04-15 10:23:02] healthcheck ok 200 in 132ms\n[2024-04-15 10:23:05] 192.168.10.254:8443 drained\n```',
    expected: {},
  },
];
