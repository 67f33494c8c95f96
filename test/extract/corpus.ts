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
    text: "OOO reminder from <@U0REP1>: I'm out Friday. For urgent deals ping my backup, our AE Sam Lee (sam.lee@ourco.com, 415-555-0109).",
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
  // ── More traffic of every kind, written after the extractor as a check on generality ───────────
  {
    id: 'more-a-h1',
    text: 'New lead from LinkedIn Lead Gen Form\n*First Name:* Amelia\n*Last Name:* Hughes\n*Work Email:* amelia.hughes@kestrel.io\n*Phone Number:* +1 (206) 555-0148\n*Job Title:* Head of RevOps',
    expected: { name: 'Amelia Hughes', email: 'amelia.hughes@kestrel.io', phone: '+12065550148' },
  },
  {
    id: 'more-a-h2',
    text: 'hey @channel, got a referral: Bruno Carvalho (bruno@carvalhoimoveis.com.br), wants to talk about the API. his whatsapp is +55 11 91234-5678',
    expected: { name: 'Bruno Carvalho', email: 'bruno@carvalhoimoveis.com.br', phone: '+5511912345678' },
  },
  {
    id: 'more-a-h3',
    text: 'Inbound call log :phone:\nCaller: Greg Patterson\nCallback: 813-555-0126\nNotes: Runs 4 HVAC trucks, wants GPS tracking quote',
    expected: { name: 'Greg Patterson', phone: '+18135550126' },
  },
  {
    id: 'more-a-h4',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: '📝 New Contact Form Entry' } },
      fields(
        '*Your Name:*\nNadia Petrenko',
        '*Your Email:*\n<mailto:nadia.p@kyivsoft.ua|nadia.p@kyivsoft.ua>',
        '*Phone (optional):*\n—',
        '*Subject:*\nPartnership',
      ),
    ],
    text: 'New Contact Form Entry',
    expected: { name: 'Nadia Petrenko', email: 'nadia.p@kyivsoft.ua' },
  },
  {
    id: 'more-a-h5',
    text: 'Can someone call back Mrs. Evelyn Clarke? She left a voicemail asking about the premium plan. Number: (480) 555-0171',
    expected: { name: 'Evelyn Clarke', phone: '+14805550171' },
  },
  {
    id: 'more-a-h6',
    region: 'GB',
    text: 'From the website chat:\nVisitor: Hi there, this is Sam Whitaker from Whitaker Builders. Could someone ring me on 07700 123456 or email sam@whitakerbuilders.co.uk?',
    expected: { name: 'Sam Whitaker', email: 'sam@whitakerbuilders.co.uk', phone: '+447700123456' },
  },
  {
    id: 'more-a-h7',
    text: 'Booked a demo for next Tues w/ Linda Nguyen (linda.nguyen@crestviewdental.com). Her assistant is mark@crestviewdental.com',
    expected: { name: 'Linda Nguyen', email: 'linda.nguyen@crestviewdental.com' },
  },
  {
    id: 'more-a-h8',
    text: '*Lead Alert* :fire:\nContact: Hiroshi Sato\nE-mail: h.sato@fujikawa-tech.jp\nTel: +81 90 1234 5678\nAssigned: <@U0AB12CD>',
    expected: { name: 'Hiroshi Sato', email: 'h.sato@fujikawa-tech.jp', phone: '+819012345678' },
  },
  {
    id: 'more-a-h9',
    text: 'Invoice #INV-88123 for Acme Corp has been paid. Amount: $3,200.00. Paid on 03/22/2024 via ACH ref 000123456789.',
    expected: {},
  },
  {
    id: 'more-a-h10',
    text: 'Standup notes 4/12:\n- Closed 2 deals ($45k total)\n- Pipeline review moved to 3:30pm\n- New pricing goes live 5/1',
    expected: {},
  },
  {
    id: 'more-a-h11',
    text: 'Your package with tracking number 1Z 999 AA1 01 2345 6784 is out for delivery. Expected by 8:00 PM. Order 112-4567890-1234567',
    expected: {},
  },
  {
    id: 'more-a-h12',
    region: 'DE',
    text: 'Neuer Lead über XING:\nName: Katrin Schäfer\nPosition: Einkaufsleiterin\nUnternehmen: Schäfer Elektro GmbH\nTelefon: 089 / 12 34 56 78\nE-Mail: k.schaefer@schaefer-elektro.de',
    expected: { name: 'Katrin Schäfer', email: 'k.schaefer@schaefer-elektro.de', phone: '+498912345678' },
  },
  {
    id: 'more-a-h13',
    region: 'FR',
    text: 'Demande reçue via le formulaire :\nNom complet : Antoine Girard\nEmail : antoine.girard@girard-immo.fr\nTél : 06 98 76 54 32\nMessage : Bonjour, je voudrais un devis pour 5 utilisateurs.',
    expected: { name: 'Antoine Girard', email: 'antoine.girard@girard-immo.fr', phone: '+33698765432' },
  },
  {
    id: 'more-a-h14',
    region: 'ES',
    text: 'Lead de la feria :es:\nNombre y apellidos: María José Navarro\nEmail: mj.navarro@navarrohermanos.es\nMóvil: +34 699 88 77 66',
    expected: { name: 'María José Navarro', email: 'mj.navarro@navarrohermanos.es', phone: '+34699887766' },
  },
  {
    id: 'more-a-h15',
    text: 'Heads up — Anthony Russo emailed sales@ourco.com asking for SOC2 docs. His email is arusso@bluefinsecurity.com',
    expected: { name: 'Anthony Russo', email: 'arusso@bluefinsecurity.com' },
  },
  {
    id: 'more-a-h16',
    text: 'Release 2.8.0 shipped :rocket: Changelog: fixed phone parsing for +44 numbers, perf improvements (p95 412ms → 180ms). Build 20240412.3',
    expected: {},
  },
  {
    id: 'more-a-h17',
    attachments: [
      {
        color: '#2eb886',
        author_name: 'HubSpot',
        title: 'New form submission: Contact Sales',
        fields: [
          { title: 'First Name', value: 'Oscar', short: true },
          { title: 'Last Name', value: 'Lindgren', short: true },
          { title: 'Email', value: 'oscar.lindgren@polarisab.se', short: true },
          { title: 'Phone Number', value: '+46 8 555 123 45', short: true },
        ],
        footer: 'HubSpot Forms',
      },
    ],
    expected: { name: 'Oscar Lindgren', email: 'oscar.lindgren@polarisab.se', phone: '+46855512345' },
  },
  {
    id: 'more-a-h18',
    text: '> Hi, my name is Chen Wei and I manage IT at Harbor Logistics. We need 50 licenses. You can reach me at 415-555-0193 or chen.wei@harborlogistics.com\nposted from the website widget',
    expected: { name: 'Chen Wei', email: 'chen.wei@harborlogistics.com', phone: '+14155550193' },
  },
  {
    id: 'more-a-h19',
    text: 'Reminder: Team offsite on Thursday, June 6 from 9:00 to 17:00 at 1455 Market St, San Francisco, CA 94103. RSVP by 05/30.',
    expected: {},
  },
  {
    id: 'more-a-h20',
    region: 'IT',
    text: 'Ciao a tutti, ho parlato con Alessandro Moretti di Moretti Vini: vuole una demo. Tel 339 456 7890, email a.moretti@morettivini.it',
    expected: { name: 'Alessandro Moretti', email: 'a.moretti@morettivini.it', phone: '+393394567890' },
  },
  {
    id: 'more-a-h21',
    region: 'BR',
    text: 'Lead do RD Station\nNome: Fernanda Lima\nEmail: fernanda.lima@limaconsultoria.com.br\nCelular: (31) 98888-7777\nEmpresa: Lima Consultoria',
    expected: {
      name: 'Fernanda Lima',
      email: 'fernanda.lima@limaconsultoria.com.br',
      phone: '+5531988887777',
    },
  },
  {
    id: 'more-a-h22',
    text: 'Quick one: my buddy Dave Kowalski (dave@kowalskiplumbing.com) might be interested, I told him you would reach out. Thanks!',
    expected: { name: 'Dave Kowalski', email: 'dave@kowalskiplumbing.com' },
  },
  {
    id: 'more-a-h23',
    text: 'Password reset requested for account 88812345. If this was not you, contact support@ourco.com. Code: 493021',
    expected: {},
  },
  {
    id: 'more-a-h24',
    region: 'IN',
    text: 'IndiaMART enquiry\nBuyer: Suresh Iyer\nMobile: +91-9845012345\nEmail: suresh.iyer@iyerexports.co.in\nRequirement: 200 units',
    expected: { name: 'Suresh Iyer', email: 'suresh.iyer@iyerexports.co.in', phone: '+919845012345' },
  },
  {
    id: 'more-a-h25',
    text: 'New Calendly booking :calendar:\nInvitee: Rebecca Stone\nInvitee Email: rstone@stonearch.com\nEvent: 30 min intro\nWhen: Apr 22, 2024 11:00am PDT\nHost: Tim Alvarez',
    expected: { name: 'Rebecca Stone', email: 'rstone@stonearch.com' },
  },
  {
    id: 'more-a-h26',
    text: 'Got this by email from an old client — Jean-Luc Picard, jl.picard@enterprise-consult.com, mobile +33 6 11 22 33 44. Wants to restart the contract.',
    expected: { name: 'Jean-Luc Picard', email: 'jl.picard@enterprise-consult.com', phone: '+33611223344' },
  },
  {
    id: 'more-a-h27',
    text: 'Q2 OKRs: grow MRR 15%, reduce churn to <2%, ship v5. Budget 250000. Headcount +4.',
    expected: {},
  },
  {
    id: 'more-a-h28',
    text: 'FW: pricing\n\nFrom: Sofia Andersson <sofia.andersson@nordlys.no>\nSent: Friday, April 12, 2024 3:15 PM\nTo: Sales <sales@ourco.com>\nSubject: pricing\n\nHi, what does the Pro plan cost for 10 users? Regards, Sofia',
    expected: { name: 'Sofia Andersson', email: 'sofia.andersson@nordlys.no' },
  },
  {
    id: 'more-a-h29',
    text: 'Lead: Omar Haddad | omar@haddadtrading.ae | +971 4 234 5678 | source: Gitex',
    expected: { name: 'Omar Haddad', email: 'omar@haddadtrading.ae', phone: '+97142345678' },
  },
  {
    id: 'more-a-h30',
    text: 'Can you add this prospect? Kateřina Dvořáková, katerina.dvorakova@pragueanalytics.cz',
    expected: { name: 'Kateřina Dvořáková', email: 'katerina.dvorakova@pragueanalytics.cz' },
  },
  {
    id: 'more-a-h31',
    text: 'New signup! :tada: user: jlopez88@gmail.com plan: trial',
    expected: { email: 'jlopez88@gmail.com' },
  },
  {
    id: 'more-a-h32',
    text: 'Meeting notes w/ Brightline: attendees Sarah (CEO), Tom (CTO); next steps: send MSA by 4/20; follow-up call 4/25 at 10am',
    expected: {},
  },
  {
    id: 'more-a-h33',
    text: 'Spoke to the owner of Sunrise Cafe, Emma Lawson. Best number 503 555 0104. Prefers text.',
    expected: { name: 'Emma Lawson', phone: '+15035550104' },
  },
  {
    id: 'more-a-h34',
    text: 'Ticket #48213 from Priya Nair (priya.nair@medline-clinics.com): "Can we upgrade to the Business plan? Call me 646-555-0177"',
    expected: { name: 'Priya Nair', email: 'priya.nair@medline-clinics.com', phone: '+16465550177' },
  },
  {
    id: 'more-a-h35',
    region: 'DE',
    text: 'Rückrufbitte: Herr Dr. Martin Vogt, Vogt Steuerberatung, 0211 9876543, wegen Angebot',
    expected: { name: 'Martin Vogt', phone: '+492119876543' },
  },
  {
    id: 'more-b-g1',
    text: 'Hi Sarah, can you take this one? The lead is Paul Mercer, paul.mercer@mercerlaw.com',
    expected: { name: 'Paul Mercer', email: 'paul.mercer@mercerlaw.com' },
  },
  { id: 'more-b-g2', text: "Thanks Mike! I'll reach out to them tomorrow.", expected: {} },
  {
    id: 'more-b-g3',
    text: 'New Typeform entry\nQ: Full name\nA: Ahmed Khan\nQ: Email\nA: ahmed.khan@khanfoods.pk\nQ: Phone\nA: +92 300 1234567',
    expected: { name: 'Ahmed Khan', email: 'ahmed.khan@khanfoods.pk', phone: '+923001234567' },
  },
  {
    id: 'more-b-g4',
    text: 'Dear team,\nPlease find attached the Q1 report. Revenue was $1,204,332 (+12% YoY). Call volume 18,442.\nBest regards,\nFinance',
    expected: {},
  },
  {
    id: 'more-b-g5',
    text: '<@U01> <@U02> who owns Globex? Their CFO emailed: "Hi, this is Nina Brandt, CFO at Globex. Please send pricing to nina.brandt@globex.com"',
    expected: { name: 'Nina Brandt', email: 'nina.brandt@globex.com' },
  },
  {
    id: 'more-b-g6',
    text: 'New lead :star:\n*Name:* john smith\n*Email:* JOHN.SMITH@ACMEWIDGETS.COM\n*Phone:* 7135550112',
    expected: { name: 'john smith', email: 'john.smith@acmewidgets.com', phone: '+17135550112' },
  },
  {
    id: 'more-b-g7',
    text: 'From: Jane Cooper <jane.cooper@ourco.com>\nTo: team@ourco.com\nSubject: Lead from trade show\n\nMet Victor Alvarez of Alvarez Farms (victor@alvarezfarms.com, 559-555-0133). Interested in 20 seats.\n\nJane Cooper\nAccount Executive | 415-555-0100',
    expected: { name: 'Victor Alvarez', email: 'victor@alvarezfarms.com', phone: '+15595550133' },
  },
  {
    id: 'more-b-g8',
    text: 'Shipping confirmation: Your order #A-20931 shipped via UPS. Tracking: 1Z 12E 456 03 9876 5432. Questions? Call 1-800-555-0142',
    expected: {},
  },
  {
    id: 'more-b-g9',
    text: 'Contact request from website\nname=Lars Eriksen\nemail=lars.eriksen@fjord.dk\nphone=+45 32 12 34 56',
    expected: { name: 'Lars Eriksen', email: 'lars.eriksen@fjord.dk', phone: '+4532123456' },
  },
  {
    id: 'more-b-g10',
    text: "Got a call from a guy at Stark Industries, didn't catch his name. Number was 212-555-0166.",
    expected: { phone: '+12125550166' },
  },
  { id: 'more-b-g11', text: 'Follow up with the Henderson account next week re: renewal', expected: {} },
  {
    id: 'more-b-g12',
    text: '*Prospect*: Yuki Yamamoto\n*Email*: yuki@yamamoto-design.jp\n*Rep*: Ben Carter <ben.carter@ourco.com>\n*Rep phone*: 415-555-0102',
    expected: { name: 'Yuki Yamamoto', email: 'yuki@yamamoto-design.jp' },
  },
  {
    id: 'more-b-g13',
    text: 'Reply from prospect :point_down:\n"Thanks for reaching out! Sure, let\'s talk. — Greta Holm, Holm Design, +46 70 987 65 43"',
    expected: { name: 'Greta Holm', phone: '+46709876543' },
  },
  {
    id: 'more-b-g14',
    text: 'Webinar registrant: Dr. Amara Okonkwo, amara.okonkwo@lagosmed.ng, Lagos Medical Centre',
    expected: { name: 'Amara Okonkwo', email: 'amara.okonkwo@lagosmed.ng' },
  },
  {
    id: 'more-b-g15',
    text: 'Escalation: customer on ticket 77812 says the export is broken since v3.2.1. Logs at 10.2.3.4:/var/log/app. ETA fix 2024-04-20.',
    expected: {},
  },
  {
    id: 'more-b-g16',
    text: 'lead → Maya Goldstein, maya@goldsteinpr.com, (917) 555-0135, wants the agency plan',
    expected: { name: 'Maya Goldstein', email: 'maya@goldsteinpr.com', phone: '+19175550135' },
  },
  {
    id: 'more-b-g17',
    region: 'ES',
    text: 'Buenas! Os paso un lead: se llama Pablo Ibáñez, de Ibáñez Reformas. Su teléfono: 622 11 22 33. Correo: pablo@ibanezreformas.es',
    expected: { name: 'Pablo Ibáñez', email: 'pablo@ibanezreformas.es', phone: '+34622112233' },
  },
  {
    id: 'more-b-g18',
    text: "Wrap up from today's calls:\n1. Acme — no decision yet\n2. Initech — sent proposal\n3. Umbrella — lost to competitor",
    expected: {},
  },
  {
    id: 'more-b-g19',
    text: 'Customer: Rita Moreno\nAccount #: 556677889\nPhone on file: 310-555-0124\nIssue: wants to add 5 more seats',
    expected: { name: 'Rita Moreno', phone: '+13105550124' },
  },
  {
    id: 'more-b-g20',
    text: '📞 Missed call from +1 646-555-0199 (no voicemail)',
    expected: { phone: '+16465550199' },
  },
  { id: 'more-b-g21', text: 'Can someone help Hannah with the demo env? <@U999|hannah>', expected: {} },
  {
    id: 'more-b-g22',
    text: 'New review on G2 from "Alex P., Operations Manager": 5 stars — "Great tool!"',
    expected: {},
  },
  {
    id: 'more-b-g23',
    region: 'FR',
    text: "Salut l'équipe, un lead chaud : Mme Sophie Laurent (Laurent & Fils), tél. 04 72 12 34 56, mail s.laurent@laurentfils.fr",
    expected: { name: 'Sophie Laurent', email: 's.laurent@laurentfils.fr', phone: '+33472123456' },
  },
  {
    id: 'more-b-g24',
    text: 'Zendesk: New ticket from Kevin Obi <kevin.obi@brightwave.io>\nSubject: Pricing for nonprofits\nCould you share your nonprofit discount?',
    expected: { name: 'Kevin Obi', email: 'kevin.obi@brightwave.io' },
  },
  {
    id: 'more-b-g25',
    text: 'Who wants this one? "Hello! We\'re a 12-person design studio in Austin. Reach us at hello@pixelandpine.com or 512-555-0187. — Jess"',
    expected: { email: 'hello@pixelandpine.com', phone: '+15125550187' },
  },
  {
    id: 'more-c-k1',
    text: 'New lead!\nName: Emily Zhang\nCompany: Zhang & Co Accounting\nEmail: emily@zhangco.com\nPhone: +1 (415) 555-0109 ext. 3\nRep: @Jordan',
    expected: { name: 'Emily Zhang', email: 'emily@zhangco.com', phone: '+14155550109' },
  },
  {
    id: 'more-c-k2',
    blocks: [
      section('*Lead details*'),
      section(
        '• *Contact:* Pieter de Vries\n• *Email:* <mailto:p.devries@dutchflower.nl|p.devries@dutchflower.nl>\n• *Phone:* +31 6 12345678',
      ),
    ],
    text: 'Lead details',
    expected: { name: 'Pieter de Vries', email: 'p.devries@dutchflower.nl', phone: '+31612345678' },
  },
  {
    id: 'more-c-k3',
    text: 'talked to ana garcia from the conference - she wants pricing. ana.garcia@solcorp.mx',
    expected: { email: 'ana.garcia@solcorp.mx' },
  },
  {
    id: 'more-c-k4',
    text: 'New Facebook lead ad submission\nfull_name: Marcus Johnson\nemail: mjohnson1987@yahoo.com\nphone_number: +13365550147\nwhen_do_you_want_to_start?: asap',
    expected: { name: 'Marcus Johnson', email: 'mjohnson1987@yahoo.com', phone: '+13365550147' },
  },
  {
    id: 'more-c-k5',
    text: 'PSA: the office wifi password is changing Monday. New network: OurCo-5G. Support: it@ourco.com, ext 4411',
    expected: {},
  },
  {
    id: 'more-c-k6',
    text: "Lead from Product Hunt: @sarah_builds on twitter, DM'd us asking about team pricing. Sarah Kim, sarah@buildfast.app",
    expected: { name: 'Sarah Kim', email: 'sarah@buildfast.app' },
  },
  {
    id: 'more-c-k7',
    attachments: [
      {
        fallback: 'New lead',
        pretext: 'Salesforce',
        text: "*Lead Name:* Dr. Robert Chang\n*Title:* Chief of Surgery\n*Account:* St. Mary's Hospital\n*Email:* rchang@stmarys.org\n*Phone:* 555-0123\n*Mobile:* (619) 555-0182",
      },
    ],
    expected: { name: 'Robert Chang', email: 'rchang@stmarys.org', phone: '+16195550182' },
  },
  {
    id: 'more-c-k8',
    text: 'Renewal for Initech due 2024-06-30. Contract value $48,000/yr. Champion: Bill Lumbergh. Next QBR 06/15 2pm.',
    expected: {},
  },
  {
    id: 'more-c-k9',
    region: 'DE',
    text: 'Hallo zusammen, Frau Petra Lang von der Lang Logistik AG hat angerufen und bittet um Rückruf unter 0621 4567890. Mail: petra.lang@lang-logistik.de',
    expected: { name: 'Petra Lang', email: 'petra.lang@lang-logistik.de', phone: '+496214567890' },
  },
  {
    id: 'more-c-k10',
    text: 'Lead: <mailto:george.b@bakerhvac.com|George Baker> — 972-555-0161',
    expected: { name: 'George Baker', email: 'george.b@bakerhvac.com', phone: '+19725550161' },
  },
  {
    id: 'more-c-k11',
    text: 'Form fill (Request a quote)\nName: Ms. Tamara Ellis\nOrganization: Ellis Family Dental\nEmail address: office@ellisdental.com\nBest phone: 404-555-0139\nPractice size: 3 dentists',
    expected: { name: 'Tamara Ellis', email: 'office@ellisdental.com', phone: '+14045550139' },
  },
  {
    id: 'more-c-k12',
    text: 'DM from a prospect on LinkedIn: "Hey! I\'m Raj Patel, founder of Chaiwala Foods. Would love a demo. raj@chaiwalafoods.com"',
    expected: { name: 'Raj Patel', email: 'raj@chaiwalafoods.com' },
  },
  {
    id: 'more-c-k13',
    text: 'Build #4521 failed on main (commit 7c9e2f1). Duration 12m 43s. 2 tests failed: test_phone_parse, test_email_pick',
    expected: {},
  },
  {
    id: 'more-c-k14',
    text: 'Payment received: $1,499.00 from Harbor View LLC, card ending 4242, transaction ID 8837261945',
    expected: {},
  },
  {
    id: 'more-c-k15',
    region: 'IT',
    text: 'Nuovo contatto:\nNome e cognome: Lorenzo De Luca\nTelefono: 06 1234 5678\nEmail: lorenzo.deluca@deluca-srl.it',
    expected: { name: 'Lorenzo De Luca', email: 'lorenzo.deluca@deluca-srl.it', phone: '+390612345678' },
  },
  {
    id: 'more-c-k16',
    text: 'Hey, when you have a sec: Felix (felix@quantumleap.ai) asked for the security whitepaper',
    expected: { email: 'felix@quantumleap.ai' },
  },
  {
    id: 'more-c-k17',
    text: '*Chat transcript* — visitor Ella Thompson (ella.t@greenroots.org)\n[10:02] Ella: hi do you do nonprofit pricing?\n[10:03] Agent Mike: yes! 50% off\n[10:03] Ella: great, call me at 202-555-0175',
    expected: { name: 'Ella Thompson', email: 'ella.t@greenroots.org', phone: '+12025550175' },
  },
  {
    id: 'more-c-k18',
    text: 'Pls add to CRM → Name: Tyrone Jackson; Email: tyrone@jacksonfitness.com; Mobile: 786-555-0114',
    expected: { name: 'Tyrone Jackson', email: 'tyrone@jacksonfitness.com', phone: '+17865550114' },
  },
  {
    id: 'more-c-k19',
    text: 'Weekly metrics: 1,245 signups, 312 MQLs, 87 SQLs. Top source: Google (41%). Report: https://metrics.ourco.com/w/2024-15',
    expected: {},
  },
  {
    id: 'more-c-k20',
    region: 'PT',
    text: 'Bom dia! Falei com o Sr. Rui Tavares da Tavares & Filhos, quer proposta. Tel: 21 123 4567. Email rui.tavares@tavaresfilhos.pt',
    expected: { name: 'Rui Tavares', email: 'rui.tavares@tavaresfilhos.pt', phone: '+351211234567' },
  },
  {
    id: 'more-d-m1',
    blocks: [
      section('*Submitted by* <@U0123ABC>'),
      section('*Customer name*\nAnneliese van der Berg'),
      section('*Customer email*\n<mailto:a.vanderberg@tulipworks.nl|a.vanderberg@tulipworks.nl>'),
      section('*Customer phone*\n+31 20 123 4567'),
    ],
    text: 'Workflow submission',
    expected: { name: 'Anneliese van der Berg', email: 'a.vanderberg@tulipworks.nl', phone: '+31201234567' },
  },
  {
    id: 'more-d-m2',
    text: "NAME: KEVIN O'BRIEN\nEMAIL: KOBRIEN@DUBLINDATA.IE\nPHONE: +353 1 234 5678",
    expected: { name: "KEVIN O'BRIEN", email: 'kobrien@dublindata.ie', phone: '+35312345678' },
  },
  {
    id: 'more-d-m3',
    text: 'Phone: 415-555-0134 / 415-555-0199\nName: Carla Mendes',
    expected: { name: 'Carla Mendes', phone: '+14155550134' },
  },
  {
    id: 'more-d-m4',
    text: 'Sent from my iPhone\n\n> On Apr 3, 2024, at 9:14 AM, Derek Stone <derek@stonemasonry.com> wrote:\n> Sure, call me Thursday at 508-555-0129',
    expected: { name: 'Derek Stone', email: 'derek@stonemasonry.com', phone: '+15085550129' },
  },
  {
    id: 'more-d-m5',
    text: 'Lead owner: Jane Park\nLead: Hamid Rahimi\nLead source: Webinar\nEmail: hamid@rahimi-eng.com',
    expected: { name: 'Hamid Rahimi', email: 'hamid@rahimi-eng.com' },
  },
  {
    id: 'more-d-m6',
    text: 'new signup via <https://ourco.com/signup?ref=ph|signup page>: Noah Fischer (noah.fischer@alpinebikes.ch), plan Team, seats 8',
    expected: { name: 'Noah Fischer', email: 'noah.fischer@alpinebikes.ch' },
  },
  {
    id: 'more-d-m7',
    text: 'I met Wanjiru Kamau at the Nairobi tech summit — she runs ops at Savannah Couriers. Phone +254 722 123456.',
    expected: { name: 'Wanjiru Kamau', phone: '+254722123456' },
  },
  {
    id: 'more-d-m8',
    text: 'Event reminder: Product webinar Tuesday 11am PT. Dial-in: +1 669 555 0100, access code 812 334 9921#',
    expected: {},
  },
  {
    id: 'more-d-m9',
    text: 'Subject: Interested in your services\nFrom: Patrick Murphy <pmurphy@murphyroofing.com>\nDate: Apr 15, 2024\n\nHello, I got your flyer. Please call me at (617) 555-0188. Patrick',
    expected: { name: 'Patrick Murphy', email: 'pmurphy@murphyroofing.com', phone: '+16175550188' },
  },
  {
    id: 'more-d-m10',
    text: 'Please welcome our new SDR, Olivia Brown (olivia.brown@ourco.com)! :wave:',
    expected: {},
  },
  {
    id: 'more-d-m11',
    text: 'Contact Name: Isabel Santos\nContact Email: isabel.santos@santosarq.com.br\nContact Phone: +55 (21) 3456-7890\nCompany Name: Santos Arquitetura',
    expected: { name: 'Isabel Santos', email: 'isabel.santos@santosarq.com.br', phone: '+552134567890' },
  },
  {
    id: 'more-d-m12',
    text: 'apparently Ben from Acme wants a call? ben.t@acme-tools.com',
    expected: { email: 'ben.t@acme-tools.com' },
  },
  {
    id: 'more-d-m13',
    text: 'Quote request #QR-2291\nRequester: Linh Tran\nEmail: linh.tran@saigonfresh.vn\nPhone: +84 90 123 45 67\nQuantity: 500\nDelivery ZIP: 77002',
    expected: { name: 'Linh Tran', email: 'linh.tran@saigonfresh.vn', phone: '+84901234567' },
  },
  {
    id: 'more-d-m14',
    text: 'Monthly invoice from AWS: $12,384.22 for account 123456789012. Due 05/01/2024.',
    expected: {},
  },
  {
    id: 'more-d-m15',
    text: 'Inbound via website chat (Drift):\nEmail captured: rosa.delgado@delgadolaw.com\nPage: /pricing\nFirst message: "Do you have a HIPAA BAA?"',
    expected: { email: 'rosa.delgado@delgadolaw.com' },
  },
  {
    id: 'more-d-m16',
    text: 'The new office address is 500 Howard St, Suite 300, San Francisco, CA 94105. Front desk: (415) 555-0100.',
    expected: {},
  },
  {
    id: 'more-d-m17',
    text: '@here new inbound lead — Sven Larsson (CEO, Larsson Bygg) 📧 sven@larssonbygg.se 📱 +46 73 123 45 67',
    expected: { name: 'Sven Larsson', email: 'sven@larssonbygg.se', phone: '+46731234567' },
  },
  {
    id: 'more-d-m18',
    text: 'lead\nname\nGabriela Ortiz\nemail\ngabriela@ortizstudio.mx\nphone\n+52 33 1234 5678',
    expected: { name: 'Gabriela Ortiz', email: 'gabriela@ortizstudio.mx', phone: '+523312345678' },
  },
  {
    id: 'more-e-p1',
    text: 'Inbound demo request :calendar:\n> *Name*: Grace Liu\n> *Work email*: <mailto:grace.liu@helixbio.com|grace.liu@helixbio.com>\n> *Phone*: 858.555.0163\n> *Company size*: 201-500',
    expected: { name: 'Grace Liu', email: 'grace.liu@helixbio.com', phone: '+18585550163' },
  },
  {
    id: 'more-e-p2',
    text: 'ok so I just got off the phone w/ Tony Ricci — he owns 3 pizzerias in Jersey and wants online ordering. cell 201 555 0144',
    expected: { name: 'Tony Ricci', phone: '+12015550144' },
  },
  {
    id: 'more-e-p3',
    blocks: [
      fields(
        '*Lead*\nHelena Kowalczyk',
        '*Source*\nCapterra',
        '*Email*\nhelena@kowalczyk-dental.pl',
        '*Phone*\n+48 22 123 45 67',
      ),
    ],
    text: 'lead',
    expected: { name: 'Helena Kowalczyk', email: 'helena@kowalczyk-dental.pl', phone: '+48221234567' },
  },
  {
    id: 'more-e-p4',
    text: 'Deploying hotfix 1.4.2 to eu-west-1 at 14:00 UTC. Expected downtime 5 min. Rollback plan in JIRA-4412.',
    expected: {},
  },
  {
    id: 'more-e-p5',
    text: "Heads-up: Jorge (jorge.reyes@ourco.com) is covering my leads while I'm out. New one came in: Ingrid Bauer, ingrid.bauer@bauer-optik.at, +43 1 234 5678",
    expected: { name: 'Ingrid Bauer', email: 'ingrid.bauer@bauer-optik.at', phone: '+4312345678' },
  },
  {
    id: 'more-e-p6',
    region: 'GB',
    text: 'Enquiry via Checkatrade\nCustomer: Mr D. Williams\nTel: 01632 960 123\nMobile: 07700 900 456\nJob: Kitchen refit, Cardiff',
    // Both numbers are in Ofcom's drama ranges, so invalid; labelled, the first is kept as written (issue 14).
    expected: { name: 'D. Williams', phone: '01632 960 123' },
  },
  {
    id: 'more-e-p7',
    text: '*New lead (Zapier → Slack)*\nfirst: Priya\nlast: Venkataraman\nemail: priya.v@cloudnine.in\nphone: +91 80 4123 4567',
    expected: { name: 'Priya Venkataraman', email: 'priya.v@cloudnine.in', phone: '+918041234567' },
  },
  {
    id: 'more-e-p8',
    text: 'FYI the Salesforce sync failed for 12 records (error: DUPLICATE_VALUE). Batch id 7523901845. Retrying at 03:00.',
    expected: {},
  },
  {
    id: 'more-e-p9',
    text: 'New comment on LinkedIn post from Marta Novak: "We\'d love to try this at Novak Design! marta@novakdesign.si"',
    expected: { name: 'Marta Novak', email: 'marta@novakdesign.si' },
  },
  {
    id: 'more-e-p10',
    region: 'ES',
    text: 'Nuevo lead:\n- Nombre: Andrés Castillo\n- Empresa: Castillo Abogados\n- Tel.: 91 123 45 67\n- Email: acastillo@castilloabogados.es\n- Interés: plan Business',
    expected: { name: 'Andrés Castillo', email: 'acastillo@castilloabogados.es', phone: '+34911234567' },
  },
  {
    id: 'more-e-p11',
    text: 'Lunch order for Friday: 6 pizzas ($120), drinks ($35). Venmo @ourco-social. Pickup at 12:15.',
    expected: {},
  },
  {
    id: 'more-e-p12',
    text: 'Forwarding from support: customer Bethany Cole (bethany@colecreative.co) wants to upgrade, pls reach out. Ticket #88213',
    expected: { name: 'Bethany Cole', email: 'bethany@colecreative.co' },
  },
  {
    id: 'more-e-p13',
    attachments: [
      {
        title: 'New Jotform submission',
        text: 'Name: Ravi Shankar\nE-mail: ravi.shankar@ragamusic.in\nContact Number: 9845123456\nCity: Bengaluru',
      },
    ],
    region: 'IN',
    expected: { name: 'Ravi Shankar', email: 'ravi.shankar@ragamusic.in', phone: '+919845123456' },
  },
  {
    id: 'more-e-p14',
    text: 'Call summary (Gong): Participants: Ellen Brooks (ourco), Michael Tan (Tan Holdings). Michael asked for a 2-year discount. Next step: send proposal to michael.tan@tanholdings.sg',
    expected: { name: 'Michael Tan', email: 'michael.tan@tanholdings.sg' },
  },
  {
    id: 'more-e-p15',
    text: 'Possible lead? someone called 3x from 305-555-0100 but hung up before voicemail',
    expected: { phone: '+13055550100' },
  },
  {
    id: 'more-e-p16',
    region: 'FR',
    text: 'Formulaire de contact :\nCivilité : Mme\nNom : Lefebvre\nPrénom : Aurélie\nE-mail : aurelie.lefebvre@lefebvre-conseil.fr\nTéléphone : 01 23 45 67 89',
    expected: {
      name: 'Aurélie Lefebvre',
      email: 'aurelie.lefebvre@lefebvre-conseil.fr',
      phone: '+33123456789',
    },
  },
  {
    id: 'more-e-p17',
    text: 'Congrats to the team on closing Vandelay Industries! :tada: 250 seats, 3-year term. Thanks Art Vandelay for the trust.',
    expected: {},
  },
  {
    id: 'more-e-p18',
    text: 'Lead from Clutch:\n"Hi, Dan Oyelaran here, CTO of Lagos Fintech. Need a quote for 40 seats. dan@lagosfintech.com | +234 809 555 0123"',
    expected: { name: 'Dan Oyelaran', email: 'dan@lagosfintech.com', phone: '+2348095550123' },
  },
  {
    id: 'more-e-p19',
    text: 'Tracking update: shipment 794612345678 delayed, new ETA 04/26. Contact FedEx at 1-800-463-3339 for details.',
    expected: {},
  },
  {
    id: 'more-e-p20',
    region: 'DE',
    text: 'Neuer Kontakt aus dem Webinar:\nAnrede: Herr\nVorname: Maximilian\nNachname: Graf\nE-Mail: m.graf@graf-it.de\nTelefon: +49 (0) 89 12345678',
    expected: { name: 'Maximilian Graf', email: 'm.graf@graf-it.de', phone: '+498912345678' },
  },
  {
    id: 'more-f-q1',
    text: 'Shoutout to Maria Lopez for closing the Wayne Enterprises deal! :trophy:',
    expected: {},
  },
  {
    id: 'more-f-q2',
    text: 'Interview scheduled: candidate Jamal Wright, Tue 4/23 2–3pm, panel: Ann, Raj, Lee. Resume in Greenhouse.',
    expected: {},
  },
  {
    id: 'more-f-q3',
    text: 'lead from the expo: Zhou Min, GM at Shenzhen Brightlight, zhou.min@brightlight.cn, wechat zhoumin88, +86 138 0013 8000',
    expected: { name: 'Zhou Min', email: 'zhou.min@brightlight.cn', phone: '+8613800138000' },
  },
  {
    id: 'more-f-q4',
    text: 'Reply on the cold sequence:\n"Not interested right now, maybe Q4. – Claire"\nclaire.dubois@fromagerie-dubois.fr',
    expected: { email: 'claire.dubois@fromagerie-dubois.fr' },
  },
  {
    id: 'more-f-q5',
    blocks: [
      section(':mailbox_with_mail: *New message via website*'),
      fields('*From*\nLiam Gallagher', '*Email*\nliam@gallagherbrews.ie'),
      section('*Message*\nDo you integrate with Xero? Call me on +353 87 123 4567.'),
    ],
    text: 'New message via website',
    expected: { name: 'Liam Gallagher', email: 'liam@gallagherbrews.ie', phone: '+353871234567' },
  },
  {
    id: 'more-f-q6',
    text: "Today's on-call: <@U01ONCALL>. Escalation phone: 415-555-0190. PagerDuty service: api-prod",
    expected: {},
  },
  {
    id: 'more-f-q7',
    text: 'New lead: "Sushi Palace" — owner Kenji Watanabe, 323-555-0177, kenji@sushipalace-la.com',
    expected: { name: 'Kenji Watanabe', email: 'kenji@sushipalace-la.com', phone: '+13235550177' },
  },
  {
    id: 'more-f-q8',
    region: 'BR',
    text: 'Pessoal, lead quente! Conversei com a Juliana Prado da Prado Cosméticos, ela quer proposta até sexta. Cel: (11) 97654-3210 / juliana@pradocosmeticos.com.br',
    expected: { name: 'Juliana Prado', email: 'juliana@pradocosmeticos.com.br', phone: '+5511976543210' },
  },
  {
    id: 'more-f-q9',
    text: 'Can you resend the invoice to accounts@globexcorp.com? PO 4500098765, amount $8,900.',
    expected: {},
  },
  {
    id: 'more-f-q10',
    text: 'Lead form — Name: Ólafur Arnarson | Email: olafur@nordurljos.is | Phone: +354 555 1234',
    expected: { name: 'Ólafur Arnarson', email: 'olafur@nordurljos.is', phone: '+3545551234' },
  },
  {
    id: 'more-f-q11',
    text: "Reminder to self: call Stephanie back re: contract (she's at 267-555-0153)",
    expected: { name: 'Stephanie', phone: '+12675550153' },
  },
  {
    id: 'more-f-q12',
    text: 'New user signed up: taylor.reed@gmail.com (Taylor Reed), trial ends 05/12/2024',
    expected: { name: 'Taylor Reed', email: 'taylor.reed@gmail.com' },
  },
  {
    id: 'more-f-q13',
    text: 'Status page: All systems operational. Uptime last 90 days: 99.982%. Incident INC-20240411-003 resolved.',
    expected: {},
  },
  {
    id: 'more-f-q14',
    region: 'DE',
    text: 'Anfrage von Frau Dr. Ulrike Brandt (Brandt Zahnmedizin): möchte Demo. Tel. 0341 2345678 oder u.brandt@brandt-zahn.de',
    expected: { name: 'Ulrike Brandt', email: 'u.brandt@brandt-zahn.de', phone: '+493412345678' },
  },
  {
    id: 'more-f-q15',
    text: "Hey team — Acme's procurement contact is Lisa Chen (lchen@acme.com). Our AE on it is Tom Hardy (thardy@ourco.com, 415-555-0111).",
    expected: { name: 'Lisa Chen', email: 'lchen@acme.com' },
  },
  {
    id: 'more-f-q16',
    text: 'Duplicate lead merged: ID 00Q8c00001XyZ, email maria.g@example.org, merged by <@U0OPS>',
    expected: { email: 'maria.g@example.org' },
  },
  {
    id: 'more-g-r1',
    text: 'Email from a prospect, pasted:\n\nHi there,\nWe run 14 coffee shops in Seattle and want to try your scheduling app.\n\nThanks,\nMegan McAllister\nOperations Director | Rainier Roasters\nM: 206.555.0131\nE: megan@rainierroasters.com',
    expected: { name: 'Megan McAllister', email: 'megan@rainierroasters.com', phone: '+12065550131' },
  },
  {
    id: 'more-g-r2',
    text: 'two leads from the meetup:\n1) Ahmed Saleh — ahmed@saleh.io\n2) Chris Wong — chris.wong@wongdev.com',
    expected: { name: 'Ahmed Saleh', email: 'ahmed@saleh.io' },
  },
  {
    id: 'more-g-r3',
    text: 'New lead',
    blocks: [section('*Lead:* J. R. Whitman\n*Email:* jr@whitmanlaw.com\n*Ph:* 615-555-0172')],
    expected: { name: 'J. R. Whitman', email: 'jr@whitmanlaw.com', phone: '+16155550172' },
  },
  {
    id: 'more-g-r4',
    text: "Sorry all, I'll be 10 min late to the 3pm. Dial-in is the usual 888-555-0100 pin 7734#",
    expected: {},
  },
  {
    id: 'more-g-r5',
    text: 'Website form: name="Siobhán Ó Briain" email="siobhan@obriain.ie" phone="+353 1 555 0142" message="Looking for a quote"',
    expected: { name: 'Siobhán Ó Briain', email: 'siobhan@obriain.ie', phone: '+35315550142' },
  },
  {
    id: 'more-g-r6',
    text: 'Lead handed over from partner (Accenture): Mateus Rocha &lt;mateus.rocha@rochaagro.com.br&gt;, tel +55 62 3201-4455',
    expected: { name: 'Mateus Rocha', email: 'mateus.rocha@rochaagro.com.br', phone: '+556232014455' },
  },
  {
    id: 'more-g-r7',
    text: 'Reminder: expense reports due Friday 4/19. Questions → finance@ourco.com',
    expected: {},
  },
  {
    id: 'more-g-r8',
    attachments: [
      {
        author_name: 'Intercom',
        title: 'Conversation with Hugo Martin',
        text: 'Hugo: Salut ! Vous avez une version en français ?\nEmail: hugo.martin@cafe-hugo.fr',
      },
    ],
    expected: { name: 'Hugo Martin', email: 'hugo.martin@cafe-hugo.fr' },
  },
  {
    id: 'more-g-r9',
    text: 'Spoke with their IT lead this morning. Nice guy, wants SSO. No contact details yet — will get them Monday.',
    expected: {},
  },
  {
    id: 'more-g-r10',
    region: 'IN',
    text: 'Justdial lead: Mr. Vikram Singh, Mob: 098110 23456, Area: Connaught Place, Delhi. Looking for 10 user licence.',
    expected: { name: 'Vikram Singh', phone: '+919811023456' },
  },
  {
    id: 'more-g-r11',
    text: 'New trial: company=Nimbus Analytics, admin=kate.morgan@nimbusanalytics.io, seats=15',
    expected: { email: 'kate.morgan@nimbusanalytics.io' },
  },
  {
    id: 'more-g-r12',
    text: 'Voicemail from Gary at 816-555-0197: wants a callback about the fleet plan',
    expected: { name: 'Gary', phone: '+18165550197' },
  },
  {
    id: 'more-g-r13',
    text: 'CSV import finished: 2,341 contacts created, 17 skipped (invalid email), 3 duplicates. Job 55102938.',
    expected: {},
  },
  {
    id: 'more-g-r14',
    region: 'ES',
    text: '¡Hola! Soy Elena Vidal, de Vidal Interiorismo. Me interesa el plan Pro. Mi número es +34 644 55 66 77 y mi email elena@vidalinteriorismo.com',
    expected: { name: 'Elena Vidal', email: 'elena@vidalinteriorismo.com', phone: '+34644556677' },
  },
  {
    id: 'more-h-s1',
    text: 'Big one :eyes: Jennifer Alvarez-Kim, VP Procurement @ Northstar Health — jennifer.alvarezkim@northstarhealth.org — wants an RFP response by 5/3',
    expected: { name: 'Jennifer Alvarez-Kim', email: 'jennifer.alvarezkim@northstarhealth.org' },
  },
  {
    id: 'more-h-s2',
    blocks: [
      section('*:sparkles: New Trial Signup*'),
      fields(
        '*User*\nmiguel.ferreira@portobyte.pt',
        '*Name*\nMiguel Ferreira',
        '*Plan*\nGrowth (14-day trial)',
        '*Seats*\n5',
      ),
    ],
    text: 'New Trial Signup',
    expected: { name: 'Miguel Ferreira', email: 'miguel.ferreira@portobyte.pt' },
  },
  {
    id: 'more-h-s3',
    text: "Hi! I'm reaching out on behalf of Dr. Samuel Osei at Accra Eye Clinic. He'd like a demo. You can reach me (his assistant, Abena) at abena@accraeyeclinic.com",
    expected: { name: 'Samuel Osei', email: 'abena@accraeyeclinic.com' },
  },
  {
    id: 'more-h-s4',
    text: 'Calendar: "Intro call — Ourco <> Pinecrest" Wed Apr 24, 10:00–10:30 AM ET. Guests: dana.white@pinecrest.edu, jake@ourco.com',
    expected: { email: 'dana.white@pinecrest.edu' },
  },
  {
    id: 'more-h-s5',
    text: 'Lead (from chatbot): name: kim lee, email: kimlee@outlook.com',
    expected: { name: 'kim lee', email: 'kimlee@outlook.com' },
  },
  {
    id: 'more-h-s6',
    text: 'Another inquiry from our website – Tomás Herrera – tomas.herrera@herreraconstruye.cl – +56 9 8765 4321',
    expected: { name: 'Tomás Herrera', email: 'tomas.herrera@herreraconstruye.cl', phone: '+56987654321' },
  },
  {
    id: 'more-h-s7',
    text: 'Pls update the deck before Thursday. Client: Contoso. Budget approved: $75k. Decision maker: CFO.',
    expected: {},
  },
  {
    id: 'more-h-s8',
    region: 'GB',
    text: "Rang back the lead from yesterday, Oliver Grant at Grant & Sons Estate Agents, 0161 496 0123. He's keen.",
    expected: { name: 'Oliver Grant', phone: '+441614960123' },
  },
  {
    id: 'more-h-s9',
    text: "PTO calendar: I'm off Apr 29 – May 3. For anything urgent ping <@U0BACKUP>.",
    expected: {},
  },
  {
    id: 'more-h-s10',
    text: 'New lead via partner portal\nPartner: Deloitte (contact: mark.hughes@deloitte.com)\nCustomer: Fiona Walsh, fiona.walsh@harbourbank.ie, +353 1 601 2345',
    expected: { name: 'Fiona Walsh', email: 'fiona.walsh@harbourbank.ie', phone: '+35316012345' },
  },
  {
    id: 'more-i-t1',
    text: 'Inbound from G2 — Buyer intent: "Leonardo Bruni" viewed pricing 3x. No contact info.',
    expected: {},
  },
  {
    id: 'more-i-t2',
    text: ":wave: Hey there! I'm Alice Monroe and I run marketing at Finch & Co. Could we book a call? alice@finchandco.com",
    expected: { name: 'Alice Monroe', email: 'alice@finchandco.com' },
  },
  {
    id: 'more-i-t3',
    blocks: [
      section('New form entry from *Website – Contact*'),
      section(
        'Full Name: Bogdan Popescu\nEmail Address: bogdan.popescu@carpatsoft.ro\nMobile Number: +40 721 234 567\nHow did you hear about us?: Google',
      ),
    ],
    text: 'form',
    expected: { name: 'Bogdan Popescu', email: 'bogdan.popescu@carpatsoft.ro', phone: '+40721234567' },
  },
  {
    id: 'more-i-t4',
    text: 'Missed chat (offline form): Karen Lee / karen.lee@sunnyside.k12.ca.us / "need quote for 1200 chromebooks"',
    expected: { name: 'Karen Lee', email: 'karen.lee@sunnyside.k12.ca.us' },
  },
  {
    id: 'more-i-t5',
    text: 'Reminder: Invoice 2024-118 for $2,400 is 15 days overdue. Customer: Pied Piper. Billing contact: billing@piedpiper.com',
    expected: {},
  },
  {
    id: 'more-i-t6',
    region: 'FR',
    text: 'Lead salon Vivatech : Nicolas Garnier (CTO, Garnier Robotique), nicolas.garnier@garnier-robotique.fr, 06 45 67 89 01',
    expected: {
      name: 'Nicolas Garnier',
      email: 'nicolas.garnier@garnier-robotique.fr',
      phone: '+33645678901',
    },
  },
  {
    id: 'more-i-t7',
    text: 'Just had a walk-in at the booth: Dr. Priya Menon (priya.menon@cityhospital.org). Asked us to call her office at 617-555-0190 ext 2231.',
    expected: { name: 'Priya Menon', email: 'priya.menon@cityhospital.org', phone: '+16175550190' },
  },
  {
    id: 'more-i-t8',
    text: 'Our Q3 webinar had 412 registrants and 188 attendees. Recording: https://ourco.com/webinars/q3. Top question came from someone at Initech.',
    expected: {},
  },
  {
    id: 'more-i-t9',
    text: "new lead\n\nWhat's your name?\nRobert \"Bobby\" Fields\nWhat's your email?\nbobby@fieldslandscaping.com\nWhat's your phone?\n(919) 555-0168",
    expected: { name: 'Robert "Bobby" Fields', email: 'bobby@fieldslandscaping.com', phone: '+19195550168' },
  },
  {
    id: 'more-i-t10',
    text: 'HubSpot: Contact Nora Jensen (nora@jensenbakery.dk) filled out "Request a demo". Contact owner: Dave Miller.',
    expected: { name: 'Nora Jensen', email: 'nora@jensenbakery.dk' },
  },
  {
    id: 'more-i-t11',
    region: 'DE',
    text: 'Kontaktformular:\nAnrede: Frau\nName: Schneider\nVorname: Anja\nTelefon: 0711/987654\nE-Mail: anja.schneider@schneider-druck.de',
    expected: { name: 'Anja Schneider', email: 'anja.schneider@schneider-druck.de', phone: '+49711987654' },
  },
  {
    id: 'more-i-t12',
    text: 'Cancellation request from account #55812 (Hooli). Reason: budget. Effective 06/01/2024.',
    expected: {},
  },
  {
    id: 'more-j-u1',
    text: 'someone named Priscilla Vaughn called the main line asking about enterprise pricing, left her cell: 407-555-0138',
    expected: { name: 'Priscilla Vaughn', phone: '+14075550138' },
  },
  {
    id: 'more-j-u2',
    text: "New Typeform response:\n1. What's your full name? → Hassan Ali\n2. Business email → hassan@alifreight.co.uk\n3. Phone → +44 7911 123456",
    expected: { name: 'Hassan Ali', email: 'hassan@alifreight.co.uk', phone: '+447911123456' },
  },
  {
    id: 'more-j-u3',
    text: 'Referral from Jenny (our customer at Bloom Florals): her friend Carlos Ruiz runs a catering company, carlos@ruizcatering.com',
    expected: { name: 'Carlos Ruiz', email: 'carlos@ruizcatering.com' },
  },
  {
    id: 'more-j-u4',
    text: 'LinkedIn InMail reply from Sanjay Gupta (Director, Infra @ Meridian Bank): "Happy to chat next week, my assistant will set it up."',
    expected: { name: 'Sanjay Gupta' },
  },
  {
    id: 'more-j-u5',
    text: 'pricing q from a visitor: "how much for 25 users?" — left email: dmitry.k@tundra.tech',
    expected: { email: 'dmitry.k@tundra.tech' },
  },
  {
    id: 'more-j-u6',
    region: 'IT',
    text: 'Richiesta preventivo dal sito\nNominativo: Chiara Esposito\nRecapito telefonico: 081 123 4567\nIndirizzo email: chiara.esposito@espositoimpianti.it',
    expected: {
      name: 'Chiara Esposito',
      email: 'chiara.esposito@espositoimpianti.it',
      phone: '+390811234567',
    },
  },
  {
    id: 'more-j-u7',
    text: 'fyi nathan.cole@colefinancial.com replied "interested, call me" — no number in his signature though',
    expected: { email: 'nathan.cole@colefinancial.com' },
  },
  {
    id: 'more-j-u8',
    text: 'Product feedback from beta users: 3 asked for dark mode, 2 for CSV export. NPS 46. Full notes in Notion.',
    expected: {},
  },
  {
    id: 'more-j-u9',
    text: 'Lead: Ms. Ngozi Eze\nOrg: Lagos State Health Board\nPhone (office): +234 1 234 5678\nPhone (mobile): +234 803 555 0199\nEmail: n.eze@lshb.gov.ng',
    expected: { name: 'Ngozi Eze', email: 'n.eze@lshb.gov.ng', phone: '+2348035550199' },
  },
  {
    id: 'more-j-u10',
    text: 'Our booth # is 1432, hall B. Setup Tue 7am. Badge pickup at registration (bring ID).',
    expected: {},
  },
];
