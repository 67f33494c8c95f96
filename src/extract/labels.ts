/**
 * Recognises field labels ("Name:", "*Email*", "Teléfono –", "What is your name?") in several
 * languages and splits lines into labelled segments.
 */
import { isPersonWord } from './name.js';
import { fold, squash } from './text.js';

export type Field =
  | 'name'
  | 'first'
  | 'last'
  | 'email'
  | 'phone'
  | 'company'
  /** A label whose value may mix name, email and phone ("Contact", "Lead", "Customer"). */
  | 'contact'
  /** Free text typed by the lead ("Message", "Comments"): cue phrases apply inside. */
  | 'message'
  /** A known label for something else (order number, date, address, ...). */
  | 'other'
  /** Looks like a label but is not one we know. */
  | 'unknown';

/** Whose value it is: the lead's, a colleague's / the seller's, or an organisation's. */
export type Role = 'lead' | 'rep' | 'company';

export type Header = 'from' | 'to' | 'replyto';

export interface Label {
  field: Field;
  role: Role;
  header?: Header;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split('|'));

const HEADER_FROM = set('from|de|von|da|van|fra|expediteur|remitente|absender|mittente|remetente|sender');
const HEADER_TO = set('to|para|an|destinatario|destinataire|empfanger|cc|bcc|cco|kopie|copie');
const HEADER_REPLY = set('reply to|replyto|responder a|antwort an|repondre a|rispondi a');

const FULL_NAME = set(
  'name|full name|fullname|your name|contact name|lead name|customer name|client name|prospect name|' +
    'nombre|nombre completo|nombre y apellido|nombre y apellidos|nombres y apellidos|nombre apellido|' +
    'nom|nom complet|nom et prenom|nom prenom|prenom et nom|prenom nom|votre nom|' +
    'nome|nome completo|nome e cognome|nome cognome|il tuo nome|seu nome|nome e sobrenome|' +
    'vollstandiger name|ihr name|vor und nachname|vor und zuname|name vorname|vorname name|vorname und nachname|' +
    'first and last name|first last name|first last|name surname|' +
    'contact person|person|ansprechpartner|ansprechperson|kontaktperson|persona de contacto|persona di contatto|' +
    'referente|pessoa de contato|pessoa de contacto|interlocuteur|contact principal|sender name|requester name|' +
    'naam|volledige naam|uw naam|contactpersoon|' +
    'attendee|attendee name|participant|invitee|invitee name|registrant|registrant name|guest name|visitor name|caller name|caller|who|tu nombre|su nombre|',
);
const FIRST_NAME = set(
  'first name|firstname|first|given name|givenname|forename|fname|prenom|votre prenom|vorname|' +
    'primer nombre|nombre de pila|primeiro nome|nome proprio|nombre s|voornaam',
);
const LAST_NAME = set(
  'last name|lastname|last|surname|family name|familyname|lname|apellido|apellidos|primer apellido|' +
    'nachname|familienname|zuname|cognome|sobrenome|ultimo nome|apelido|apelidos|nom de famille|votre nom de famille|' +
    'achternaam',
);

const EMAIL_WORDS = set(
  'email|mail|correo|courriel|emailadresse|emailadres|mailadresse|emailaddress|e|pec|eml',
);
const EMAIL_WORDS_STRICT = set(
  'email|mail|correo|courriel|emailadresse|emailadres|mailadresse|emailaddress|pec|eml|emails',
);
const PHONE_WORDS = set(
  'phone|phones|telephone|tel|tlf|tfno|telf|tfn|tlfn|mobile|mobil|cell|cellphone|cellular|celular|cellulare|' +
    'movil|handy|telefon|telefono|telefone|telephon|fone|whatsapp|wa|wapp|portable|sms|landline|mob|ph|phonenumber|' +
    'telefonnummer|handynummer|mobilnummer|rufnummer|telefonnr|telnr|tel nr|cel|celu|telemovel|callback|' +
    'telephonenumber|mobilenumber|contactnumber|telefoon|telefoonnummer|mobiel|mobielnummer',
);
/** Signature shorthands ("T: +1 ...", "M: ...") only count as the whole label. */
const PHONE_LETTERS = set('t|m|p|c|w|h|mob|ph|tel|cel');
const NUMBER_WORDS = set('number|numero|nummer|nr|no|num|n');
const COMPANY_WORDS = set(
  'company|business name|organization|organisation|org|employer|firm|empresa|entreprise|societe|firma|' +
    'unternehmen|azienda|compania|compagnie|account|account name|institution|school|agency|brand|' +
    'company name|organization name|nombre de la empresa|nom de l entreprise|nome azienda|nome da empresa|firmenname|' +
    'razon social|raison sociale|ragione sociale|razao social|bedrijf|bedrijfsnaam',
);
const COMPANY_MODIFIERS = set(
  'company|empresa|entreprise|societe|firma|unternehmen|azienda|organization|organisation',
);
const REP_WORDS = set(
  'rep|reps|representative|owner|owners|assigned|assignee|agent|salesperson|seller|ae|sdr|bdr|am|csm|' +
    'submitted|submitter|creator|created|host|organizer|organiser|handled|routed|internal|our|' +
    'vendedor|asesor|comercial|responsable|asignado|betreuer|zustandig|verantwortlich|bearbeiter|attribue|' +
    'commerciale|responsavel|atribuido|consultor|consultant|recruiter|referrer|referred|forwarded|' +
    'cc|bcc|colleague|teammate|sales|support|helpdesk|hotline|escalation|oncall|pager',
);
const CONTACT_WORDS = set(
  'contact|lead|prospect|customer|client|cliente|kunde|interessent|visitor|requester|solicitante|contacto|' +
    'contato|contatto|kontakt|demandeur|richiedente|applicant|user|guest|inquirer|submitter details|details|' +
    'lead info|contact info|contact details|contact information|informacion de contacto|coordonnees|kontaktdaten|dati',
);
const MESSAGE_WORDS = set(
  'message|messages|comment|comments|note|notes|details|description|mensaje|mensagem|nachricht|commentaire|' +
    'commentaires|messaggio|request|inquiry|enquiry|question|questions|body|text|summary|anfrage|consulta|demande|' +
    'richiesta|bemerkung|anmerkungen|observaciones|comentarios|comentario|observacoes|how can we help|' +
    'how can we help you|what can we help with|anything else|additional information|additional info|transcript|' +
    'chat|conversation|voicemail|reply|response|answer|msg|subject|asunto|betreff|objet|oggetto|assunto|' +
    'bericht|opmerking|opmerkingen|onderwerp',
);
/** Labels of values that are numbers but never phones. */
const NUMBERISH_WORDS = set(
  'order|invoice|tracking|ticket|ref|reference|id|case|po|sku|serial|version|build|zip|postal|postcode|plz|' +
    'cep|cp|card|iban|amount|total|price|date|time|fecha|datum|hora|uhrzeit|heure|quantity|qty|confirmation|' +
    'booking|reservation|pedido|factura|facture|rechnung|bestellung|auftrag|commande|ordine|fattura|fatura|' +
    'sendung|envio|suivi|seguimiento|rastreio|fax|budget|subtotal|tax|vat|transaction|receipt|kundennummer|' +
    'policy|claim|license|licence|account number|customer number|member|payment|due|passcode|pin|code|password|dial',
);
const OTHER_WORDS = set(
  'order|invoice|tracking|ticket|ref|reference|id|case|po|sku|serial|version|build|zip|postal|postcode|plz|' +
    'cep|cp|card|iban|amount|total|price|date|time|fecha|datum|hora|uhrzeit|heure|data|quantity|qty|confirmation|' +
    'booking|reservation|pedido|factura|facture|rechnung|bestellung|auftrag|commande|ordine|fattura|fatura|' +
    'sendung|envio|suivi|seguimiento|rastreio|fax|budget|source|website|url|site|web|title|job|role|position|' +
    'industry|country|city|state|address|street|region|pais|pays|land|ciudad|ville|stadt|citta|cidade|calle|' +
    'strasse|rue|via|rua|direccion|adresse|indirizzo|endereco|size|employees|revenue|plan|product|interest|' +
    'sent|enviado|gesendet|envoye|inviato|dated|subtotal|tax|vat|shipping|delivery|status|priority|stage|' +
    'campaign|utm|medium|channel|timezone|language|idioma|sprache|langue|lingua|carrier|eta|due|payment|' +
    'transaction|receipt|account number|customer number|kundennummer|member|policy|claim|license|licence|' +
    'meeting|location|when|where|duration|agenda|attendees|cargo|puesto|poste|fonction|funktion|ruolo|' +
    'score|rating|type|category|tags|tag|team|department|abteilung|departamento|service|segment|link|linkedin',
);
/** Words that may sit in a label without changing its meaning. */
const FILLER = set(
  'your|you|the|a|an|of|de|del|la|le|el|du|des|di|da|do|dos|das|der|die|das|ihre|ihr|votre|tu|su|seu|sua|il|tuo|' +
    'vostro|best|primary|main|preferred|direct|work|business|personal|private|mobile|cell|contact|address|adresse|' +
    'direccion|endereco|indirizzo|number|numero|nummer|nr|no|num|to|reach|at|on|for|current|valid|official|' +
    'corporate|corporativo|professionnel|professional|geschaftlich|dienstlich|optional|required|opcional|' +
    'facultatif|obligatoire|electronico|electronique|elettronica|and|y|et|und|e|ou|o|or|is|es|est|ist|e|what|whats|' +
    'cual|quel|quelle|wie|lautet|qual|how|can|we|nous|wir|contactar|joindre|erreichen|contattare|contatar|' +
    'where|which|que|que|hablar|call|llamar|appeler|anrufen|chiamare|ligar|full|complete|completo|complet|lead|' +
    'prospect|customer|client|cliente|kunde|visitor|guest|user|person|secondary|alternate|alternative|other|home|' +
    'office|landline|fixed|fijo|fixe|festnetz|fisso|whatsapp|sms|text|mail|e',
);

/** Every word the label dictionaries know. */
const LABEL_VOCABULARY: ReadonlySet<string> = new Set(
  [
    HEADER_FROM,
    HEADER_TO,
    HEADER_REPLY,
    FULL_NAME,
    FIRST_NAME,
    LAST_NAME,
    EMAIL_WORDS,
    PHONE_WORDS,
    NUMBER_WORDS,
    COMPANY_WORDS,
    REP_WORDS,
    CONTACT_WORDS,
    MESSAGE_WORDS,
    OTHER_WORDS,
    FILLER,
  ].flatMap((dict) => [...dict].flatMap((entry) => entry.split(' '))),
);

/**
 * "Alexandra Whitmore-Price" alone on a line is a person, not a label, even though "price" is a label
 * word; "Job Title" or "Lead Source" (all label words) stay labels.
 */
function isPersonLine(part: string): boolean {
  const tokens = part.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || !tokens.every(isPersonWord)) return false;
  return normalizeLabel(part)
    .split(' ')
    .some((w) => !LABEL_VOCABULARY.has(w));
}

/** Lower-case, diacritic-free, punctuation-free label text. */
export function normalizeLabel(raw: string): string {
  return squash(
    fold(raw)
      .replace(/\((?:optional|required|opcional|obligatorio|facultatif|obligatoire|pflicht|optional)\)/g, ' ')
      .replace(/e[\s-]?mail/g, 'email')
      .replace(/[^a-z0-9]+/g, ' '),
  );
}

function hasAny(words: readonly string[], dict: ReadonlySet<string>): boolean {
  return words.some((w) => dict.has(w));
}

/** Classifies a question such as "What is your name?" or "¿Cuál es tu correo?". */
function classifyQuestion(n: string): Label | undefined {
  const words = n.split(' ');
  if (words.length > 14) return undefined;
  if (
    /\b(company|business|organi[sz]ation|empresa|entreprise|firma|unternehmen|azienda|employer)\b/.test(n)
  ) {
    return { field: 'company', role: 'company' };
  }
  if (/\b(email|correo|courriel|mail)\b/.test(n)) return { field: 'email', role: 'lead' };
  if (
    /\b(phone|telephone|telefono|telefone|telefon|mobile|cell|whatsapp|number|numero|nummer|call you|text you)\b/.test(
      n,
    )
  )
    return { field: 'phone', role: 'lead' };
  if (/\b(first name|vorname|prenom|primer nombre)\b/.test(n)) return { field: 'first', role: 'lead' };
  if (/\b(last name|surname|nachname|apellido|cognome|sobrenome)\b/.test(n))
    return { field: 'last', role: 'lead' };
  if (/\b(name|nombre|nom|nome|heissen|heisst|llamas|llama|appelez|appelles|chiami|chiama|chama)\b/.test(n)) {
    return { field: 'name', role: 'lead' };
  }
  if (/\b(who are you|who is this|who am i speaking)\b/.test(n)) return { field: 'name', role: 'lead' };
  if (/\b(help|message|question|anything|tell us|describe|details|comment)\b/.test(n))
    return { field: 'message', role: 'lead' };
  return undefined;
}

/**
 * Classifies label text. Returns undefined when the text cannot be a label at all
 * (too long, contains an address, ...), `{field: 'unknown'}` when it looks like one we don't know.
 */
export function classifyLabel(raw: string): Label | undefined {
  if (memo.has(raw)) return memo.get(raw);
  const label = classifyLabelUncached(raw);
  if (memo.size > 2000) memo.clear();
  memo.set(raw, label);
  return label;
}

/** Labels repeat across messages and within one; classification is pure, so remember it. */
const memo = new Map<string, Label | undefined>();

function classifyLabelUncached(raw: string): Label | undefined {
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 60 || /[@<>!,]|https?:|www\./i.test(trimmed)) return undefined;
  // "Noa Levi (Tel Aviv) — …" is a person and where they are, not a "Tel" label.
  const outside = trimmed.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  if (outside !== trimmed && isPersonLine(outside)) return { field: 'unknown', role: 'lead' };
  if (trimmed.endsWith('?') || /^[¿¡]/.test(trimmed)) {
    return classifyQuestion(normalizeLabel(trimmed)) ?? { field: 'unknown', role: 'lead' };
  }
  if (/\d/.test(trimmed.replace(/\s*\d{1,2}\s*$/, ''))) return undefined;
  const n = normalizeLabel(trimmed).replace(/\s*\d+$/, '');
  if (!n || n.split(' ').length > 6 || !/[a-z]/.test(n)) {
    // Non-Latin labels (名前, Имя) still look like labels; we just do not know them.
    return /\p{L}/u.test(trimmed) && trimmed.split(/\s+/).length <= 4
      ? { field: 'unknown', role: 'lead' }
      : undefined;
  }
  if (HEADER_FROM.has(n)) return { field: 'contact', role: 'lead', header: 'from' };
  if (HEADER_TO.has(n)) return { field: 'contact', role: 'rep', header: 'to' };
  if (HEADER_REPLY.has(n)) return { field: 'email', role: 'lead', header: 'replyto' };

  const words = n.split(' ');
  const role: Role =
    (hasAny(words, REP_WORDS) && !words.includes('from')) ||
    /\b(assigned to|submitted by|created by|sent by|handled by|account (?:manager|executive|owner)|success manager)\b/.test(
      n,
    )
      ? 'rep'
      : 'lead';

  if (FULL_NAME.has(n)) return { field: 'name', role };
  if (FIRST_NAME.has(n)) return { field: 'first', role };
  if (LAST_NAME.has(n)) return { field: 'last', role };
  if (COMPANY_WORDS.has(n)) return { field: 'company', role: role === 'rep' ? 'rep' : 'company' };
  if (/\bfax\b/.test(n)) return { field: 'other', role };

  const content = words.filter((w) => !FILLER.has(w) || EMAIL_WORDS.has(w) || PHONE_WORDS.has(w));
  const hasFieldWord =
    /\b(?:email|name|nombre|nom|nome|company|empresa)\b/.test(n) ||
    hasAny(words, EMAIL_WORDS_STRICT) ||
    hasAny(words, PHONE_WORDS) ||
    hasAny(words, NUMBER_WORDS) ||
    hasAny(words, COMPANY_WORDS);
  // Long labels without a field word are prose ("Referral from our partner Lena: ...").
  if (words.length > 3 && !hasFieldWord) {
    if (hasAny(words, NUMBERISH_WORDS)) return { field: 'other', role: 'lead' };
    if (hasAny(words, MESSAGE_WORDS)) return { field: 'message', role: 'lead' };
    return { field: 'unknown', role: 'lead' };
  }
  const orgRole: Role = role === 'rep' ? 'rep' : hasAny(words, COMPANY_MODIFIERS) ? 'company' : 'lead';
  const hasOther = hasAny(words, OTHER_WORDS) && !hasAny(words, PHONE_WORDS);

  if (n === 'e' || hasAny(words, EMAIL_WORDS_STRICT)) return { field: 'email', role: orgRole };
  if (hasAny(words, PHONE_WORDS) || PHONE_LETTERS.has(n)) return { field: 'phone', role: orgRole };
  if (
    hasAny(words, NUMBER_WORDS) &&
    !hasOther &&
    content.every((w) => NUMBER_WORDS.has(w) || FILLER.has(w))
  ) {
    return { field: 'phone', role: orgRole };
  }
  if (hasOther && (hasAny(words, NUMBERISH_WORDS) || !hasAny(words, MESSAGE_WORDS)))
    return { field: 'other', role };
  if (/\b(name|nombre|nom|nome)\b/.test(n)) {
    if (hasAny(words, COMPANY_MODIFIERS) || /\b(business|brand|account|school|agency)\b/.test(n)) {
      return { field: 'company', role: 'company' };
    }
    if (
      /\b(first|given|prenom|vorname|primer|primeiro)\b/.test(n) &&
      !/\b(last|surname|apellido|nachname|cognome|sobrenome)\b/.test(n)
    ) {
      return { field: 'first', role };
    }
    if (
      /\b(last|surname|family|apellidos?|nachname|cognome|sobrenome)\b/.test(n) &&
      !/\b(first|given|prenom|vorname)\b/.test(n)
    ) {
      return { field: 'last', role };
    }
    return { field: 'name', role };
  }
  if (hasAny(words, COMPANY_WORDS) || COMPANY_WORDS.has(words.slice(0, 2).join(' '))) {
    return { field: 'company', role: role === 'rep' ? 'rep' : 'company' };
  }
  if (role === 'rep') return { field: 'contact', role };
  if (CONTACT_WORDS.has(n) || (words.length <= 3 && hasAny(words, CONTACT_WORDS)))
    return { field: 'contact', role };
  if (MESSAGE_WORDS.has(n) || (words.length <= 4 && hasAny(words, MESSAGE_WORDS)))
    return { field: 'message', role };
  return { field: 'unknown', role };
}

/** A piece of a line: an optional label and the text after it. */
export interface Segment {
  /** Index of the source line. */
  line: number;
  label?: Label | undefined;
  /** The value (text after the label), or the whole text when unlabelled. */
  value: string;
  /** True when the segment is a label with nothing after it (the value is on the next line). */
  labelOnly: boolean;
  /** The label as written, when there is one. */
  labelText?: string | undefined;
  /** The label was carried over from the previous line (Block Kit field, Q&A). */
  inherited?: boolean;
  /** Where the segment sits relative to a forwarded-message marker. */
  zone: 'none' | 'before' | 'after';
}

const BULLET = /^(?:[•◦▪▫‣·●○■□►▶▸➤➢✓✔☐☑→]+\s*|[-–—*+]+\s+|\d{1,2}[.)]\s+)/;
const SEPARATORS = /\s*(?::|：|=|▸|▶|►|→|->|=>|»|\|)\s*|\s+[-–—]\s+|\t+/;

const GREETING =
  /^(?:hi|hello|hey|hiya|dear|hola|buenos d[ií]as|bonjour|salut|hallo|guten tag|moin|ciao|buongiorno|ol[aá]|oi|bom dia|hej|goedemorgen)\b/i;

/** Splits "Label: value" (or "Label - value", "Label ▸ value", ...) into its parts. */
export function splitLabel(text: string): { label: Label; value: string; labelText: string } | undefined {
  const head = text.slice(0, 80);
  const q = head.indexOf('?');
  if (q > 3) {
    const label = classifyLabel(head.slice(0, q + 1));
    if (label && label.field !== 'unknown') {
      const value = text.slice(q + 1).replace(/^[\s:：*=|»>→▸▶►–—-]+/, '');
      return { label, value, labelText: head.slice(0, q + 1) };
    }
  }
  const m = SEPARATORS.exec(head);
  if (!m || m.index === 0) return undefined;
  const labelText = head.slice(0, m.index);
  // "Hi team — Lars from Stockholm rang": a greeting, not a label.
  if (GREETING.test(labelText)) return undefined;
  const label = classifyLabel(labelText);
  if (!label) return undefined;
  const sep = m[0].trim();
  // "x - y" and "x | y" are too common in prose to treat unknown words as labels.
  if (sep !== ':' && sep !== '：' && label.field === 'unknown') return undefined;
  if (sep === ':' && /^\/\//.test(text.slice(m.index + m[0].length - 1))) return undefined;
  return { label, value: text.slice(m.index + m[0].length).trim(), labelText };
}

/**
 * Finds the positions where a known "Label:" starts inside a line with several pairs
 * ("Name: Ana López Email: ana@x.com, Work phone: ..."). A longer label ("Work phone") is only
 * taken when punctuation sets it off; otherwise the shortest known one is, so values keep their words.
 */
const INLINE_FIELDS: ReadonlySet<Field> = new Set(['name', 'first', 'last', 'email', 'phone', 'company']);

function inlineSplitPoints(text: string): number[] {
  const points: number[] = [];
  let from = 1;
  for (let guard = 0; guard < 50; guard++) {
    const colon = text.indexOf(':', from);
    if (colon < 0) break;
    from = colon + 1;
    if (/^\/\//.test(text.slice(colon + 1, colon + 3))) continue; // a URL
    const windowStart = Math.max(0, colon - 40);
    const before = text.slice(windowStart, colon);
    if (!/[\p{L}.]\s*$/u.test(before)) continue;
    const words = [...before.matchAll(/[\p{L}][\p{L}\p{M}'’.-]*/gu)];
    const found: { start: number; field: Field; punct: boolean; filler: boolean }[] = [];
    for (let k = 1; k <= Math.min(3, words.length); k++) {
      const first = words[words.length - k];
      if (!first) break;
      const start = windowStart + (first.index ?? 0);
      const label = classifyLabel(text.slice(start, colon));
      if (!label || label.field === 'unknown') continue;
      const head = text.slice(0, start);
      found.push({
        start,
        field: label.field,
        punct: start === 0 || /[,;|•/.!?]\s*$/.test(head),
        filler: FILLER.has(normalizeLabel(first[0])),
      });
    }
    const longest = found[found.length - 1];
    const shortest = found[0];
    if (!longest || !shortest || longest.start === 0) continue;
    // "Invoice number:" is one label, not "Invoice" followed by "number:".
    if (!INLINE_FIELDS.has(longest.field) || found.some((f) => f.field !== shortest.field)) continue;
    let point = shortest.start;
    for (const f of found.slice(1)) {
      if (f.punct || f.filler) point = f.start;
      else break;
    }
    const prev = text[point - 1] ?? ' ';
    if (/[\s,;|•/]/.test(prev)) points.push(point);
  }
  return points;
}

function splitPairs(text: string): string[] {
  const parts = text.split(/\s+\|\s+|\s*;\s+|\s+•\s+|\t+/);
  const out: string[] = [];
  for (const part of parts) {
    const points = inlineSplitPoints(part);
    let start = 0;
    for (const p of points) {
      out.push(part.slice(start, p).replace(/[\s,;|/·•]+$/, ''));
      start = p;
    }
    out.push(part.slice(start));
  }
  return out.filter((p) => p.trim().length > 0);
}

const FORWARD_MARKER =
  /^[-_=\s]*(?:forwarded message|original message|begin forwarded message|weitergeleitete nachricht|urspr(?:ü|u)ngliche nachricht|anfang der weitergeleiteten nachricht|mensaje reenviado|mensaje original|inicio del mensaje reenviado|message transf[ée]r[ée]|message d'origine|d[ée]but du message (?:r[ée]exp[ée]di[ée]|transf[ée]r[ée])|messaggio inoltrato|messaggio originale|mensagem encaminhada|mensagem original|in[íi]cio da mensagem encaminhada)\b/i;

export function isForwardMarker(line: string): boolean {
  return line.length < 120 && FORWARD_MARKER.test(line);
}

/** Decodes `first_name=Ana&email=ana%40x.com` form dumps (alone or inside a URL) into "key: value" lines. */
export function decodeFormDump(line: string): string[] | undefined {
  if (!line.includes('=') || !line.includes('&') || line.length > 20_000) return undefined;
  for (const token of line.split(/[\s`'"<>]+/)) {
    const q = token.indexOf('?');
    const body = q >= 0 ? token.slice(q + 1) : token;
    if (!/^[\w.%[\]-]+=[^&\s]*(?:&[\w.%[\]-]+=[^&\s]*)+$/.test(body)) continue;
    const pairs = body.split('&').map((pair) => {
      const eq = pair.indexOf('=');
      return `${safeDecode(pair.slice(0, eq))
        .replace(/[_.[\]-]+/g, ' ')
        .trim()}: ${safeDecode(pair.slice(eq + 1))}`;
    });
    const rest = line.replace(token, ' ').trim();
    return rest ? [rest, ...pairs] : pairs;
  }
  return undefined;
}

function safeDecode(s: string): string {
  const plus = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    return plus.replace(/%40/gi, '@');
  }
}

/** Pulls `"key": "value"` pairs out of JSON dumps pasted by webhooks. */
export function jsonPairs(line: string): string[] {
  if (!line.includes('"')) return [];
  const out: string[] = [];
  for (const m of line.slice(0, 20_000).matchAll(/"([\p{L}_ .-]{1,40})"\s*:\s*"([^"\\\n]{0,200})"/gu)) {
    if (out.length >= 100) break;
    out.push(`${(m[1] ?? '').replace(/[_.-]+/g, ' ')}: ${m[2] ?? ''}`);
  }
  return out;
}

const TABLE_FIELDS: ReadonlySet<Field> = new Set(['name', 'first', 'last', 'email']);

/** Cells of a CSV/TSV row; simple double quotes ("Acme, Inc.") are honoured. */
function rowCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line.slice(0, 2000)) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

/**
 * CSV/TSV exports (badge scanners, form tools) put the labels on a header row and the lead on the
 * next one: "first_name,last_name,email\nAna,López,ana@x.com". The value row is read as "Label: value"
 * pairs and the header row is left out.
 */
function tableRows(lines: readonly string[]): { headers: Set<number>; rows: Map<number, string[]> } {
  const headers = new Set<number>();
  const rows = new Map<number, string[]>();
  for (let i = 0; i + 1 < lines.length && i < 200; i++) {
    const line = lines[i] ?? '';
    const delimiter = [',', ';', '\t'].find((d) => line.split(d).length >= 3);
    if (!delimiter || /[@\d]/.test(line) || line.length > 600) continue;
    const cells = rowCells(line, delimiter);
    if (cells.some((c) => !c || c.length > 40)) continue;
    const labels = cells.map((c) => classifyLabel(c.replace(/[_.]+/g, ' ')));
    const known = labels.filter((l) => l && l.field !== 'unknown');
    if (known.length * 2 < cells.length || !labels.some((l) => l && TABLE_FIELDS.has(l.field))) continue;
    const next = i + 1 + (lines[i + 1]?.trim() ? 0 : 1);
    const values = rowCells(lines[next] ?? '', delimiter);
    if (values.length !== cells.length) continue;
    headers.add(i);
    rows.set(
      next,
      cells.map((c, k) => `${c.replace(/[_.]+/g, ' ')}: ${values[k] ?? ''}`),
    );
  }
  return { headers, rows };
}

/** Enough for any real message; bounds the work on pasted logs. */
const MAX_SEGMENTS = 500;

/** Splits the message's lines into labelled segments, carrying labels over to the next line. */
export function segmentLines(lines: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let zone: Segment['zone'] = 'none';
  let pending: Label | undefined;
  let pendingGap = 0;
  const hasMarker = lines.some(isForwardMarker);
  if (hasMarker) zone = 'before';
  const table = tableRows(lines);

  lines.forEach((rawLine, index) => {
    if (segments.length >= MAX_SEGMENTS) return;
    if (isForwardMarker(rawLine)) {
      zone = 'after';
      pending = undefined;
      return;
    }
    if (table.headers.has(index)) return;
    const line = rawLine.replace(BULLET, '').replace(/^\|\s*|\s*\|$/g, '');
    if (!line) {
      if (pending && ++pendingGap > 1) pending = undefined;
      return;
    }
    const expanded = table.rows.get(index) ?? decodeFormDump(line) ?? [line, ...jsonPairs(line)];
    for (const text of expanded) {
      for (const part of splitPairs(text)) {
        let split = splitLabel(part);
        // "Lead form — Name: Ana": the inner label is the one that says what the value is.
        const inner = split?.value ? splitLabel(split.value) : undefined;
        if (inner && inner.label.field !== 'unknown') split = inner;
        const bare = split ? undefined : classifyLabel(part.replace(/[:：]\s*$/, ''));
        // A line that is only a label ("*Email*", "Phone number") — prose is not, so keep it short.
        const bareWords = part.split(/\s+/).length;
        const isBareLabel =
          !split &&
          bare &&
          bare.field !== 'unknown' &&
          bareWords <= (bare.field === 'message' || bare.field === 'contact' ? 2 : 4) &&
          !/[.!,]$/.test(part) &&
          !isPersonLine(part);
        const isBareQuestion = !split && /\?\s*$/.test(part) && bare && bare.field !== 'unknown';
        const endsWithColon = !split && /^[^:]{1,40}[:：]\s*$/.test(part);
        if (split && split.value === '') {
          pending = split.label;
          pendingGap = 0;
          segments.push({
            line: index,
            label: split.label,
            labelText: split.labelText,
            value: '',
            labelOnly: true,
            zone,
          });
        } else if (isBareLabel || isBareQuestion || (endsWithColon && bare)) {
          pending = bare;
          pendingGap = 0;
          segments.push({ line: index, label: bare, labelText: part, value: '', labelOnly: true, zone });
        } else if (split) {
          pending = undefined;
          segments.push({
            line: index,
            label: split.label,
            labelText: split.labelText,
            value: split.value,
            labelOnly: false,
            zone,
          });
        } else if (pending) {
          segments.push({
            line: index,
            label: pending,
            value: part,
            labelOnly: false,
            inherited: true,
            zone,
          });
          if (pending.field !== 'message') pending = undefined;
        } else {
          segments.push({ line: index, value: part, labelOnly: false, zone });
        }
      }
    }
  });
  return segments;
}
