/** Finds the lead's name: labels first, then `Name <email>`, then names matching the email, then cue phrases. */
import { classifyLabel, type Segment } from './labels.js';
import { isPlaceName } from './region.js';
import { fold, foldUmlauts, squash } from './text.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that are never (part of) a person's name, folded to lower case without diacritics. */
const NOT_NAME = words(`
  hi hello hey dear hola buenos buenas bonjour salut hallo guten moin servus ciao buongiorno ola oi bom boa
  team all everyone folks guys there people friends colleagues equipo equipe todos tous alle tutti ladies gentlemen
  name email mail phone mobile cell tel telephone work business office home company contact lead leads prospect customer client message
  subject date from to cc bcc sent reply forwarded fwd fw re aw wg rv tr enc new form submission submitted
  request requested inquiry enquiry demo meeting call calls notes note update updates reminder reminders
  today tomorrow yesterday tonight morning afternoon evening week weekend month year quarter
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat
  january february march september october november december
  feb apr jun jul aug sep sept oct nov dec
  lunes martes miercoles jueves viernes sabado enero febrero marzo abril mayo junio julio agosto
  septiembre octubre noviembre diciembre lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier
  mars avril mai juin juillet aout septembre octobre novembre decembre montag dienstag mittwoch donnerstag
  freitag samstag sonntag januar februar juni juli oktober dezember lunedi martedi mercoledi giovedi
  venerdi sabato gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre segunda terca quarta
  quinta sexta janeiro fevereiro maio junho julho setembro outubro novembro dezembro
  please thanks thank thx cheers regards best kind warm sincerely fyi asap urgent important quick note
  sales support marketing finance legal engineering product design operations ops hr procurement purchasing
  it admin billing accounting security partnerships partner partners success management board exec
  ceo cto cfo coo cmo cio vp svp evp director head manager founder cofounder owner president chair
  interested interesting looking calling writing reaching following hoping trying wondering glad happy sorry
  not just also still here back available out going the a an and or but if so my your our their his her its
  this that these those what when where who why how yes no ok okay sure great good nice cool awesome
  inc llc ltd limited corp corporation co gmbh ag kg ug sa sas sarl sl slu srl spa ltda bv nv oy ab as plc
  pty pvt llp lp group holdings labs lab technologies technology tech solutions consulting systems software
  partners studio studios agency media digital global international industries ventures capital bank
  services logistics health healthcare pharma foods store shop university college school institute
  hubspot salesforce zapier intercom drift typeform jotform wufoo formstack tally webflow wix squarespace
  pipedrive zendesk freshdesk calendly slack slackbot workflow builder google forms microsoft outlook gmail
  mailchimp marketo unbounce hotjar facebook instagram linkedin twitter whatsapp telegram zoom teams webex
  crm bot app integration website web site landing page ads adwords campaign organic referral trata
  user guest visitor anonymous unknown test testing sample example demo n/a na none null undefined
  yo me moi ich io eu you vous usted sie tu voce he she they we him them us his hers i
  met meet meeting spoke speak talked talk called saw seen had got just can could would should will
  pls ping follow reach reached emailed sent send another someone somebody anyone nobody per via
  rang rung phoned texted messaged pinged dialled dialed
  hallo bitte danke gracias merci grazie obrigado obrigada saludos soy sou sono suis bin aqui hier conversation
  chat voicemail message email call
  order invoice receipt shipment package tracking ticket release version build notes agenda summary
  total amount payment confirmation confirmed shipped delivered
  north south east west street avenue road city
`);

/** Words that turn the capitalised words before them into a company ("Acme Corp", "Rossi Consulting"). */
const COMPANY_SUFFIX = words(`
  inc llc ltd limited corp corporation co gmbh ag kg ug sa sas sarl sl slu srl spa ltda bv nv oy ab as plc
  pty pvt llp lp group holdings labs lab technologies technology tech solutions consulting systems software
  partners studio studios agency media digital global international industries ventures capital bank
  services logistics health healthcare pharma foods store shop university college school institute
  company companies cia compania construcciones arredamenti advogados abogados avocats rechtsanwalte
  farms farm design designs builders construction plumbing roofing dental clinic clinics realty properties
  motors automotive bakery cafe restaurant hotel hotels works electric engineering manufacturing mfg trading
  imports exports textiles freight transport supply supplies printing marketing network networks energy solar
  robotics analytics insurance financial investments advisors accounting cpa architects architecture
  interiors homes enterprises associates brothers bros hermanos freres fils sons soehne sohne
`);

/** Lower-case words that may sit inside a name (Ana de la Cruz, Ludwig van Beethoven). */
const PARTICLES = words(
  'de del della dello dei degli di da das do dos du la le van von der den ter ten zu y e bin ibn al el st',
);

/** Courtesy and academic titles, also Italian-style with an elided article ("l'ing.", "l'avv."). */
const TITLE =
  /^(?:l['’])?(?:(?:dr|mr|mrs|ms|mx|miss|prof|herr|herrn|frau|sr|sra|srta|mme|mlle|dott|dottssa|dott\.ssa|ing|avv|arch|geom|lic|sig|sig\.ra|sra\.|don|dona|doña|dña|sir|madam|madame|monsieur|senor|señor|senora|señora|senhor|senhora|mister|professor|doctor|doktor|med|dipl\.?-?ing)\.?|m\.)\s+/i;

export interface NameContext {
  segments: readonly Segment[];
  leadEmail?: string | undefined;
  /** Addresses known to be the seller's; names written next to them are not the lead. */
  repEmails?: readonly string[] | undefined;
  /** The message's lines, for layouts that segments split up (relay lines with `▸` or `|`). */
  lines?: readonly string[] | undefined;
  /** Lines that are not the lead's (the author's own signature). */
  skipLines?: ReadonlySet<number> | undefined;
}

/** Strips titles ("Dr.", "Frau", "Mme") from the front of a name. */
export function stripTitles(s: string): string {
  let out = s.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(TITLE, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

function isNameWord(w: string): boolean {
  if (/^\p{Lu}\.?$/u.test(w)) return true; // initial
  if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w)) return false;
  if (!/\p{Ll}/u.test(w)) return false; // ACRONYMS
  if (/^\p{Lu}{2,}\p{Ll}/u.test(w) && !/^(?:Mc|Mac|O'|D')/u.test(w)) return false; // "ACMEcorp"
  // "I'm", "It's", "Ana's" are not names; "O'Brien", "D'Angelo" are.
  return !/['’]\p{Ll}/u.test(w);
}

/**
 * A word that is never part of a name ("New", "Will", "An") — unless the lead's address spells it:
 * will.turner@… makes "Will Turner" a name, an.nguyen@… "Nguyễn Văn An".
 */
function isStopWord(w: string, spelled?: ReadonlySet<string>): boolean {
  const f = fold(w).replace(/[.'’]/g, '');
  return NOT_NAME.has(f) && !spelled?.has(f);
}

/** The words of an address like first.last@…, when they are not all stop words (sales.team@…). */
export function spelledWords(email: string | undefined): ReadonlySet<string> {
  const tokens = fold(email?.split('@')[0] ?? '')
    .split(/[._-]+/)
    .filter((t) => /^[a-z]{2,}$/.test(t));
  if (tokens.length < 2 || tokens.every((t) => NOT_NAME.has(t))) return new Set();
  return new Set(tokens);
}

/** A capitalised word that could be part of a person's name ("Owen", not "New" or "Shipping"). */
export function isPersonWord(w: string): boolean {
  const f = fold(w).replace(/[.'’]/g, '');
  return isNameWord(w) && !NOT_NAME.has(f) && !COMPANY_SUFFIX.has(f);
}

/** True when the words read like a person's name and nothing else. */
function plausible(
  parts: readonly string[],
  opts: { labelled: boolean; spelled?: ReadonlySet<string> | undefined },
): boolean {
  if (parts.length === 0 || parts.length > 6) return false;
  const joined = parts.join(' ');
  if (joined.length > 70 || /[\d@#/\\<>[\]{}=_|*~^$%&+]/.test(joined)) return false;
  if (!/\p{L}/u.test(joined)) return false;
  // "Jordi Puig i Serra": the Catalan "i" joins two surnames in a labelled name.
  const real = parts.filter(
    (p, i) =>
      !PARTICLES.has(p.toLowerCase()) && !(opts.labelled && p === 'i' && i > 0 && i < parts.length - 1),
  );
  if (real.length === 0) return false;
  if (real.some((p) => isStopWord(p, opts.spelled))) return false;
  if (!opts.labelled) {
    if (real.some((p) => COMPANY_SUFFIX.has(fold(p)))) return false;
    return real.every(isNameWord) && !real.every((p) => /^\p{Lu}\.?$/u.test(p));
  }
  return true;
}

const PLACEHOLDER =
  /^(?:n\/?a|none|null|undefined|unknown|anonymous|test|-+|—|\.+|x+|\?+|not provided|no name|sin nombre|sans nom|kein name|nessuno|nenhum)$/i;

/**
 * "Nguyen, Thanh" and "SMITH-JONES, Rachel" (CRM exports, badge scanners) are surname first; a person
 * types them the other way round. Only a lone surname, a comma and one or two given names qualify, so
 * "Ana López, Acme" or "Ana, VP Sales" stay as they are.
 */
function unflipSurnameFirst(v: string): string {
  const m =
    /^\s*([\p{L}][\p{L}'’-]*),\s*([\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*)?)\s*($|[<([]|\s[-–—|/]\s)/u.exec(
      v,
    );
  if (!m) return v;
  const [whole, surname = '', given = '', tail = ''] = m;
  // Checked with ordinary capitals, so a shouted surname counts; the name itself stays as written.
  const words = `${given} ${surname}`.split(' ').map(titleCaseWord);
  if (!words.every((w) => isPersonWord(w) || /^\p{Lu}\.$/u.test(w))) return v;
  return `${given} ${surname}${tail ? ` ${tail}` : ''}${v.slice(whole.length)}`;
}

/** "DUPONT" → "Dupont", "o'brien" → "O'Brien", "smith-jones" → "Smith-Jones". */
function titleCaseWord(w: string): string {
  return w.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Cleans a labelled value ("Dr. Ana López (Acme) <ana@x.com>") down to the name. */
export function cleanLabelledName(raw: string, spelled?: ReadonlySet<string>): string | undefined {
  // A quoted value ("Sushi Palace") names a business or a title, and a colon means another label.
  if (/^\s*["“„«]/.test(raw) || /^[^:]{1,40}:\s/.test(raw)) return undefined;
  let v = unflipSurnameFirst(raw.slice(0, 200).replace(/@(?:user|group|channel|here|everyone)\b/g, ' '));
  v =
    v.split(
      /\s*(?:<|\(|\[|\s[-–—|/·•]\s|,|;|\|| \bfrom\b | \bat\b | @ | \bof\b |\bvia\b| \bde la empresa\b )\s*/i,
    )[0] ?? '';
  v = v
    .split(' ')
    .filter((w) => !w.includes('@'))
    .join(' ');
  v = squash(stripTitles(squash(v)).replace(/^["'“”‘’]+|["'“”‘’.:]+$/g, ''));
  if (!v || PLACEHOLDER.test(v)) return undefined;
  const parts = v.split(' ');
  return plausible(parts, { labelled: true, spelled }) ? v : undefined;
}

/** Reads a name starting at `pos` in `text`: optional titles, then capitalised words and particles. */
export function readNameAt(text: string, pos: number, maxWords = 4): string[] {
  const rest = stripTitles(text.slice(pos, pos + 120).replace(/^[\s:,-]+/, ''));
  const tokens = rest.split(/\s+/);
  const out: string[] = [];
  for (const token of tokens) {
    const w = token.replace(/[.,;:!?)"'“”’]+$/u, (m) =>
      m === '.' && /^\p{Lu}$/u.test(token.slice(0, -1)) ? '.' : '',
    );
    const isParticle = PARTICLES.has(w) && out.length > 0;
    // "Javier Morales de Construcciones Morales": after a full name, "de" starts the company, but a
    // run of particles ("Lucía Fernández de la Torre") is a surname.
    const inRun = PARTICLES.has(out[out.length - 1] ?? '') || PARTICLES.has(tokens[out.length + 1] ?? '');
    if (isParticle && out.length >= 2 && !inRun) break;
    if (!isParticle && (!isNameWord(w) || NOT_NAME.has(fold(w).replace(/[.'’]/g, '')))) {
      if (out.length > 0 && COMPANY_SUFFIX.has(fold(w).replace(/[.,;:!?)]+$/, ''))) return [];
      break;
    }
    out.push(w);
    if (out.length >= maxWords || w !== token) break; // punctuation ends the name
  }
  while (out.length > 0 && PARTICLES.has(out[out.length - 1] ?? '')) out.pop();
  return out;
}

/** Reads a name that ends right before `end` in `text` (for "Ana López <ana@x.com>"). */
function readNameBefore(text: string, end: number, spelled?: ReadonlySet<string>): string[] {
  const head = text.slice(Math.max(0, end - 100), end).replace(/[\s<(["'“”:,|–—-]+$/u, '');
  const quoted = /["“]([^"“”]{2,60})["”]$/u.exec(
    text.slice(Math.max(0, end - 100), end).replace(/[\s<(]+$/, ''),
  );
  if (quoted?.[1]) {
    const q = quoted[1].trim();
    const flipped = /^([^,]+),\s*([^,]+)$/.exec(q);
    const name = flipped ? `${flipped[2]} ${flipped[1]}` : q;
    const parts = stripTitles(name).split(/\s+/);
    if (plausible(parts, { labelled: true })) return parts;
  }
  const tokens = head.split(/\s+/);
  // "Jean-Pierre DUPONT <jp@x.fr>": right before an address in brackets, a shouted surname is a name.
  const bracketed = /[<(]\s*$/.test(text.slice(Math.max(0, end - 3), end));
  const out: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && out.length < 4; i--) {
    const w = tokens[i] ?? '';
    if (PARTICLES.has(w) && out.length > 0) {
      out.unshift(w);
      continue;
    }
    // Only as the last words: "PM Victoria Chen <...>" is a time, then the name.
    const shouted =
      bracketed &&
      out.every((o) => !isNameWord(o)) &&
      /^\p{Lu}[\p{Lu}'’-]+$/u.test(w) &&
      isNameWord(titleCaseWord(w));
    if ((!isNameWord(w) && !shouted) || isStopWord(w, spelled)) break;
    out.unshift(w);
  }
  while (out.length > 0 && PARTICLES.has(out[0] ?? '')) out.shift();
  // A courtesy title before the name ("Mme Claire Fontaine, claire@...") is not part of it.
  while (out.length > 2 && TITLE.test(`${out[0]} `)) out.shift();
  // Shouted words only count next to a written-out one ("Jean-Pierre DUPONT", not "ACME SALES").
  if (out.some((w) => !isNameWord(w)) && !out.some((w) => isNameWord(w) && /\p{Ll}/u.test(w))) return [];
  return out;
}

/** "Ana Ruiz, 415 555 0100": a full name written right before the lead's number. */
export function nameBeforeNumber(text: string, start: number): string | undefined {
  const parts = readNameBefore(text, start);
  return parts.length >= 2 && plausible(parts, { labelled: false }) ? parts.join(' ') : undefined;
}

/** "WhatsApp from +52 55 1234 5678 (Fernanda Ruiz): ...": a full name in brackets right after the number. */
export function nameAfterNumber(text: string, end: number): string | undefined {
  const m = /^\s*[([]\s*([^()[\]]{3,60})[)\]]/.exec(text.slice(end, end + 80));
  const parts = m?.[1] ? stripTitles(m[1].trim()).split(/\s+/) : [];
  return parts.length >= 2 && plausible(parts, { labelled: false }) ? parts.join(' ') : undefined;
}

/** Does the email's local part spell this name (zoe.saldana, jsmith, j.smith, mueller, ...)? */
export function matchesLocalPart(nameParts: readonly string[], email: string): boolean {
  return localPartScore(nameParts, email) > 0;
}

/** 2 when the address spells first and last name, 1 when only one of them, 0 when neither. */
export function localPartScore(nameParts: readonly string[], email: string): number {
  const local = (email.split('@')[0] ?? '').split('+')[0] ?? '';
  const compact = local.toLowerCase().replace(/[^a-z]/g, '');
  const tokens = local
    .toLowerCase()
    .split(/[._-]+|\d+/)
    .filter(Boolean);
  if (compact.length < 2) return 0;
  const real = nameParts.filter((p) => !/^\p{Lu}\.?$/u.test(p) && !PARTICLES.has(p));
  if (real.length < 2) return 0;
  const variants = (p: string) => {
    const a = fold(p).replace(/[^a-z]/g, '');
    const b = foldUmlauts(p).replace(/[^a-z]/g, '');
    return a === b ? [a] : [a, b];
  };
  const first = variants(real[0] ?? '');
  const last = variants(real[real.length - 1] ?? '');
  const all = real.map((p) => variants(p));
  for (const f of first) {
    for (const l of last) {
      if (!f || !l) continue;
      const forms = [f + l, l + f, (f[0] ?? '') + l, l + (f[0] ?? ''), f + (l[0] ?? '')];
      if (forms.includes(compact)) return 2;
      if (tokens.length >= 2 && tokens.includes(l) && (tokens.includes(f) || tokens.includes(f[0] ?? '')))
        return 2;
      if (all.map((v) => v[0]).join('') === compact) return 2;
    }
  }
  // A single name word that equals the whole local part (marco@acme.it) or one of its tokens.
  const single =
    first.includes(compact) ||
    last.includes(compact) ||
    tokens.some((t) => t.length > 2 && (last.includes(t) || first.includes(t)));
  return single ? 1 : 0;
}

/** Names the lead might be called by: capitalised runs in the text. */
function capitalisedRuns(text: string, spelled?: ReadonlySet<string>): string[][] {
  const runs: string[][] = [];
  let cur: string[] = [];
  const flush = () => {
    while (cur.length > 0 && PARTICLES.has(cur[cur.length - 1] ?? '')) cur.pop();
    if (cur.length > 0) runs.push(cur);
    cur = [];
  };
  const tokens = text.split(/\s+/);
  tokens.forEach((token, k) => {
    if (/^[("'“‘[]/.test(token)) flush();
    const w = token.replace(/^[("'“‘[]+/, '').replace(/[.,;:!?)"'”’\]]+$/, '');
    // After a full name a lone "de" starts a company; a run of particles ("de la Torre") is a surname.
    const inRun = PARTICLES.has(cur[cur.length - 1] ?? '') || PARTICLES.has(tokens[k + 1] ?? '');
    if (isNameWord(w) && !isStopWord(w, spelled) && !TITLE.test(`${w} `)) {
      cur.push(w);
      if (/[.,;:!?)"'”’\]]$/.test(token) && !/^\p{Lu}\.$/u.test(token)) flush();
    } else if (PARTICLES.has(w) && w === token && cur.length > 0 && (cur.length < 2 || inRun)) {
      cur.push(w);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

const CUE_BEFORE = new RegExp(
  [
    // a colleague telling about the lead
    'spoke (?:with|to)',
    'speaking (?:with|to)',
    'talked (?:with|to)',
    'talking (?:with|to)',
    'chatted with',
    '(?:someone|somebody|a (?:guy|lady|woman|man|person)|customer|client|prospect|lead) (?:named|called)',
    'by the name of',
    '(?:conversation|chat|thread|dm|call) with',
    'chatting with',
    'had a (?:call|chat|meeting|demo) with',
    'call with',
    '(?:on|off) (?:the|a) (?:phone|call) (?:with|w/)',
    'call w/',
    'meeting w/',
    'spoke w/',
    'talked w/',
    'chat w/',
    'demo w/',
    'meeting with',
    'demo (?:with|for)',
    'met with',
    'met',
    'meet',
    'intro(?:duction|duced)? to',
    'connected with',
    'follow(?:ing)?[ -]?up with',
    'followup with',
    'reach(?:ed)? out to',
    'heard (?:back )?from',
    // a bot announcing the lead: "New lead *Ingrid Halvorsen* — …"
    'new (?:lead|contact|prospect|signup|sign-up|customer|person|enquiry|inquiry)',
    '(?:new )?(?:message|msg|text|sms|voicemail|email|e-mail|reply|inquiry|enquiry|request|chat|conversation|whatsapp|lead|call|missed call) from',
    'ping',
    'call back',
    'callback for',
    'hablé con',
    'hable con',
    'hablamos con',
    'reunión con',
    'reunion con',
    'llamada con',
    'mensaje de',
    "j'ai parlé avec",
    'parlé avec',
    'appel avec',
    'rendez-vous avec',
    'rdv avec',
    'rencontré',
    'message de',
    'habe mit',
    'gespräch mit',
    'telefonat mit',
    'treffen mit',
    'termin mit',
    'anruf von',
    'nachricht von',
    'ho parlato con',
    'parlato con',
    'chiamata con',
    'incontro con',
    'messaggio da',
    'falei com',
    'conversei com',
    'reunião com',
    'ligação com',
    'mensagem de',
    // the lead introducing themselves
    "i'm",
    'i’m',
    'i am',
    'im',
    'my name is',
    "my name's",
    'name is',
    'this is',
    // someone relaying who it was: "voicemail says it's Derek Lawson", "that was Marisol Vega from ..."
    "it's",
    'it’s',
    'its',
    'it is',
    'it was',
    'that was',
    'this was',
    'me llamo',
    'mi nombre es',
    'soy',
    'je suis',
    "je m'appelle",
    'je m’appelle',
    "moi c'est",
    'ich bin',
    'mein name ist',
    'ich heiße',
    'ich heisse',
    'hier ist',
    'hier spricht',
    'mi chiamo',
    'il mio nome è',
    'sono',
    'sou o',
    'sou a',
    'sou',
    'meu nome é',
    'me chamo',
    'chamo-me',
    'aqui é',
    'aquí',
  ].join('|'),
  'giu',
);

/** A courtesy title in running text: "Herr Dr. Martin Vogt", "Mrs. Evelyn Clarke". */
const TITLE_IN_TEXT =
  /(?<![\p{L}\p{N}])(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Herr|Herrn|Frau|Sr|Sra|Srta|Mme|Mlle|Dott|Dott\.ssa|Sig|Sig\.ra|Don|Doña|Señor|Señora|Senhor|Senhora|Monsieur|Madame)\.?|M\.|l['’](?:ing|avv|arch|dott)\.)\s+(?=\p{Lu})/gu;

/** Cues that only introduce the speaker themselves; a single given name is enough after these. */
const SELF_CUE =
  /^(?:i'?m|i’m|i am|my name|name is|me llamo|mi nombre|soy|je suis|je m|moi c|ich bin|ich hei|mein name|hier|mi chiamo|il mio|sono|sou|meu nome|me chamo|chamo|aqui|aquí|this is)/i;

/** After these a name is followed by what they did: "Marco Rossi from Acme called". */
const CUE_AFTER =
  /^\s*(?:\(|,|from\b|at\b|@|of\b|de\b|da\b|von\b|called|rang|phoned|emailed|wrote|reached out|replied|responded|asked|wants|is interested|would like|just|viewed|visited|changed jobs|accepted|booked|scheduled|signed up|registered|downloaded|requested|submitted|left a|escribió|a écrit|schrieb|ha scritto|escreveu|wrote:)/i;

const SIGN_OFF =
  /^(?:best|best regards|kind regards|regards|warm regards|warmly|thanks|thank you|many thanks|cheers|sincerely|br|saludos|un saludo|saludos cordiales|atentamente|cordialement|bien à vous|bien cordialement|merci|viele grüße|mit freundlichen grüßen|freundliche grüße|beste grüße|liebe grüße|lg|vg|mfg|grazie|cordiali saluti|saluti|distinti saluti|atenciosamente|abraços|obrigado|obrigada|att|gracias)[,.!]*$/i;

function isLeadish(seg: Segment): boolean {
  const l = seg.label;
  if (!l) return true;
  if (l.role !== 'lead' || l.header === 'to') return false;
  return l.field === 'message' || l.field === 'unknown' || l.field === 'contact' || l.field === 'email';
}

/** "Marco Rossi from Acme called": a name at the start of a sentence followed by what they did. */
/** What someone did to get in touch: after these a given name alone is the lead, if the address agrees. */
const GOT_IN_TOUCH =
  /^\s*(?:called|rang|phoned|emailed|e-mailed|wrote|texted|messaged|reached out|left a (?:voicemail|message)|stopped by|dropped by)\b/i;

function sentenceStartName(
  text: string,
  exclude: (parts: string[]) => boolean,
  leadEmail?: string,
): string | undefined {
  const lead = /^(?:(?:fyi|lead|heads up|update|nb|ps)[:,!-]\s*)?/i.exec(text)?.[0].length ?? 0;
  const parts = readNameAt(text, lead);
  if (parts.length === 0 || exclude(parts)) return undefined;
  const after = text.slice(lead).replace(/^\s*/, '').slice(parts.join(' ').length);
  // "Priya called, priya@brightpath…": a given name alone, when the address says it too.
  const given = parts[0] ?? '';
  if (parts.length === 1) {
    const agrees = leadEmail !== undefined && localPartNames(given, leadEmail) && isPersonWord(given);
    return agrees && GOT_IN_TOUCH.test(after) ? given : undefined;
  }
  return CUE_AFTER.test(after) && plausible(parts, { labelled: false }) ? parts.join(' ') : undefined;
}

function fromCues(ctx: NameContext, exclude: (parts: string[]) => boolean): string | undefined {
  let scanned = 0;
  let titled: string | undefined;
  let signed: string | undefined;
  let calledBack: string | undefined;
  const hasAfter = ctx.segments.some((s) => s.zone === 'after');
  for (const seg of ctx.segments) {
    if (scanned > 30_000) break;
    scanned += seg.value.length;
    if (seg.zone === 'before' && hasAfter) continue;
    if (!isLeadish(seg)) {
      // "lead via phone: Mitch Harper from Coastal Roofing, mob 0412 ...": the value opens with the name.
      const l = seg.label;
      if (l?.role === 'lead' && l.field === 'phone' && !l.header) {
        const named = sentenceStartName(seg.value.slice(0, 500), exclude);
        if (named) return named;
      }
      continue;
    }
    // Prose with a colon ("call Stephanie back re: contract") was split like a label; read it whole.
    // "LinkedIn message from Omar Haddad: '...'": a long message label may name the sender.
    const proseLabel =
      seg.label?.field === 'unknown' ||
      (seg.label?.field === 'message' && (seg.labelText?.trim().split(/\s+/).length ?? 0) > 2);
    const whole = proseLabel && seg.labelText ? `${seg.labelText}: ${seg.value}` : seg.value;
    const text = whole.slice(0, 5000);
    for (const m of text.matchAll(CUE_BEFORE)) {
      const start = m.index ?? 0;
      if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
      const end = start + m[0].length;
      if (!/^[\s,:]/.test(text.slice(end, end + 1))) continue;
      const self = SELF_CUE.test(m[0]);
      // "spoke to the owner of Sunrise Cafe, Emma Lawson": the name follows the description.
      const apposition = self
        ? undefined
        : /^\s+(?:the|their|our|a|an|his|her)\s[^,.;:!?]{1,60},\s+/i.exec(text.slice(end));
      let parts = readNameAt(text, end + (apposition?.[0].length ?? 0));
      if (parts.length === 0 && !self) {
        // "the lead from yesterday, Oliver Grant at ...": a full name right after a short aside.
        const aside = /^\s+[^,.;:!?\n]{1,40},\s+/.exec(text.slice(end));
        const after = aside ? readNameAt(text, end + aside[0].length) : [];
        if (after.length >= 2) parts = after;
      }
      if (parts.length === 0 || exclude(parts)) continue;
      // A given name alone is enough after "with"/"from" cues, or when followed by where they are from.
      const lastWord = parts[parts.length - 1] ?? '';
      const rest = text.slice(text.indexOf(lastWord, end) + lastWord.length);
      const enough =
        parts.length >= 2 ||
        self ||
        /\b(?:with|to|met|con|avec|mit|com|from|de|von|da)\b|w\//i.test(m[0]) ||
        /^\s+(?:from|here|calling)\b/i.test(rest);
      // "New lead *Ingrid Halvorsen* — …" is a bot's announcement: the name ends at a separator.
      const announced = !/^new\s/i.test(m[0]) || /^\s*(?:[—–|·•:,(<[]|-\s|$)/u.test(rest);
      if (enough && announced && plausible(parts, { labelled: false })) return parts.join(' ');
    }
    // "call Stephanie back": a given name is enough here.
    for (const m of text.matchAll(
      /\b(?:call|called|ring|rang|text|texted|phone|phoned|email|ping)\s+(?=\p{Lu})/giu,
    )) {
      const at = (m.index ?? 0) + m[0].length;
      const parts = readNameAt(text, at, 3);
      const rest = text.slice(at + parts.join(' ').length);
      if (
        parts.length > 0 &&
        /^\s+back\b/i.test(rest) &&
        !exclude(parts) &&
        plausible(parts, { labelled: false })
      ) {
        calledBack ??= parts.join(' ');
      }
    }
    // "— Greta Holm, Holm Design": a dash signature at the end of a quote.
    for (const m of text.matchAll(/(?:^|\s)(?:—|–|--?)\s*(?=\p{Lu})/gu)) {
      const at = (m.index ?? 0) + m[0].length;
      const parts = readNameAt(text, at);
      const rest = text.slice(at).slice(parts.join(' ').length);
      if (
        parts.length >= 2 &&
        /^\s*(?:[,"”)]|$)/u.test(rest) &&
        !exclude(parts) &&
        plausible(parts, { labelled: false })
      ) {
        signed ??= parts.join(' ');
      }
    }
    // "Herr Dr. Martin Vogt, ...": a title is a person, when a full name follows it.
    for (const m of text.matchAll(TITLE_IN_TEXT)) {
      const parts = readNameAt(text, m.index ?? 0);
      if (parts.length >= 2 && !exclude(parts) && plausible(parts, { labelled: false })) {
        titled ??= parts.join(' ');
        break;
      }
    }
    const named =
      sentenceStartName(text, exclude, ctx.leadEmail) ??
      (text !== seg.value ? sentenceStartName(seg.value, exclude, ctx.leadEmail) : undefined) ??
      nameHere(text, exclude) ??
      fromPlaceName(text, exclude);
    if (named) return named;
  }
  return calledBack ?? titled ?? signed;
}

function fromSignOff(ctx: NameContext, exclude: (parts: string[]) => boolean): string | undefined {
  const hasAfter = ctx.segments.some((s) => s.zone === 'after');
  const segs = ctx.segments;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    if (!seg || seg.label || !SIGN_OFF.test(seg.value) || (hasAfter && seg.zone !== 'after')) continue;
    const next = segs[i + 1];
    if (!next || next.label) continue;
    const parts = readNameAt(next.value, 0);
    // A given name alone signs a forwarded email, or one whose address starts with it.
    const single =
      parts.length === 1 &&
      (seg.zone === 'after' ||
        (ctx.leadEmail !== undefined && localPartNames(parts[0] ?? '', ctx.leadEmail)));
    if (
      (parts.length >= 2 || single) &&
      parts.join(' ').length >= next.value.replace(/[.,]+$/, '').length - 1
    ) {
      if (!exclude(parts) && plausible(parts, { labelled: false })) return parts.join(' ');
    }
  }
  return undefined;
}

/** "[10:42, 3/4/2025] Ana López: Hola" or "*Ana López*: hi" — the first named speaker of a relayed chat. */
function fromSpeaker(ctx: NameContext, exclude: (parts: string[]) => boolean): string | undefined {
  let first: string | undefined;
  for (const seg of ctx.segments.slice(0, 400)) {
    const field = seg.label?.field;
    if ((field !== 'unknown' && field !== 'contact') || !seg.labelText || !seg.value) continue;
    let who = seg.labelText.replace(/^\[[^\]]{0,40}\]\s*|^[\d/.,: apm-]{4,30}-\s*/i, '').trim();
    // "Visitor (Wojciech Nowak)": the role, then the person.
    const role = /^(.{2,30}?)\s*\(([^()]{3,60})\)$/.exec(who);
    if (role?.[2] && classifyLabel(role[1] ?? '')?.field === 'contact') who = role[2].trim();
    else if (field === 'contact') continue;
    const parts = who.split(/\s+/);
    if (parts.length < 2 || parts.length > 4 || exclude(parts) || !plausible(parts, { labelled: false }))
      continue;
    // The speaker who gives the lead's address is the lead, whoever spoke first.
    if (ctx.leadEmail && seg.value.toLowerCase().includes(ctx.leadEmail)) return parts.join(' ');
    first ??= parts.join(' ');
  }
  return first;
}

/** What people do in a lead message, right after "<name> from <place>". */
const DID =
  /^(?:called|calls|rang|phoned|emailed|e-mailed|wrote|writes|messaged|texted|pinged|reached out|got in touch|asked|asks|wants|wanted|needs|needed|is|was|has|had|would|will|just|left|booked|requested|signed up|registered|replied|responded|dropped|came|stopped by|contacted|filled|submitted|says|said|mentioned|enquired|inquired|visited|downloaded|called in|llam[oó]|escribi[oó]|quiere|a appel[ée]|a [ée]crit|veut|hat angerufen|rief an|schrieb|m[oö]chte|ha chiamato|ha scritto|vuole|ligou|escreveu|quer)\b/i;

/**
 * "…so Ingrid Solberg from Bergen wants a callback": a name anywhere in the text, then "from" and a
 * place or company, then what they did. A given name alone is enough here ("Ana from Lisbon emailed").
 */
function fromPlaceName(text: string, exclude: (parts: string[]) => boolean): string | undefined {
  const reachable = text.includes('@') || /\d[\d\s().-]{5,}\d/.test(text);
  for (const m of text.slice(0, 5000).matchAll(/\s(?:from|de|aus|da|di|von)\s+/giu)) {
    const at = m.index ?? 0;
    const after = text.slice(at + m[0].length, at + m[0].length + 80);
    // The place: one to four capitalised words ("Bergen", "São Paulo", "Acme Corp"), then the verb.
    const place =
      /^(?:\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:de|do|da|del|la|le|am|an|upon)\s+|\s+)?){1,4}?[,]?\s+/u.exec(
        after,
      );
    if (!place || !DID.test(after.slice(place[0].length))) continue;
    const head = text.slice(Math.max(0, at - 80), at).split(/\s+/);
    const out: string[] = [];
    for (let k = head.length - 1; k >= 0 && out.length < 4; k--) {
      const w = head[k] ?? '';
      if (PARTICLES.has(w) && out.length > 0) {
        out.unshift(w);
        continue;
      }
      if (!isPersonWord(w) || TITLE.test(`${w} `)) break;
      out.unshift(w);
    }
    while (out.length > 0 && PARTICLES.has(out[0] ?? '')) out.shift();
    // A given name alone only before a known place, "Ana from Lisbon" (not "Ben from Acme"), and only
    // with a way to reach them in the same text.
    if (out.length === 1 && (!isPlaceName(place[0]) || !reachable)) continue;
    if (out.length > 0 && !exclude(out) && plausible(out, { labelled: false })) return out.join(' ');
  }
  // "Somchai (Bangkok) wants a call back": the place in brackets.
  for (const m of text.slice(0, 5000).matchAll(/(?<=\S)\s+\(([^()@\d]{2,40})\)[,]?\s+/gu)) {
    if (!DID.test(text.slice((m.index ?? 0) + m[0].length)) || !isPlaceName(m[1] ?? '')) continue;
    const parts = readNameBefore(text, m.index ?? 0);
    if (parts.length === 1 && !reachable) continue;
    if (
      parts.length > 0 &&
      parts.every(isPersonWord) &&
      !exclude(parts) &&
      plausible(parts, { labelled: false })
    )
      return parts.join(' ');
  }
  return undefined;
}

/** "Ana here", "Hi, Ana here from Acme": the writer's own name, said as it is in chat. */
function nameHere(text: string, exclude: (parts: string[]) => boolean): string | undefined {
  const greeting =
    /^(?:hi|hello|hey|hiya|hola|bonjour|hallo|ciao|ol[aá]|oi)(?:\s+(?:there|all|team|everyone))?[,!.]?\s+/i.exec(
      text,
    )?.[0].length ?? 0;
  const m = /^((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3})here\b/u.exec(text.slice(greeting));
  const parts = m?.[1]?.trim().split(/\s+/) ?? [];
  return parts.length > 0 &&
    parts.every(isPersonWord) &&
    !exclude(parts) &&
    plausible(parts, { labelled: false })
    ? parts.join(' ')
    : undefined;
}

const CJK_NAME =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,4} [\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{1,4}$/u;
const RELAY_SPLIT = /\s+(?:▸|▶|►|›|»|\||—|–|•|·|::)\s+|\s*[▸▶►›»|]\s*/u;
/** A cell before the name that makes it the seller's: "Assigned ▸ Dana Whitaker". */
const RELAY_REP =
  /\b(?:assigned|assignee|owner|agent|rep|routed|handled|claimed|operator|taken|by|to|cc|sdr|ae|csm)\s*:?\s*$/i;

/**
 * Relay lines: "WhatsApp ▸ Kwame Mensah ▸ +233 24 123 4567", "Intercom | Yuki Tanaka | yuki@…". A cell
 * that is a whole name, on a line with an address or a number.
 */
function fromRelay(ctx: NameContext, exclude: (parts: string[]) => boolean): string | undefined {
  const lines = ctx.lines ?? [];
  for (let i = 0; i < Math.min(lines.length, 300); i++) {
    const line = lines[i] ?? '';
    if (ctx.skipLines?.has(i) || line.length > 400 || !RELAY_SPLIT.test(line)) continue;
    const cells = line
      .split(RELAY_SPLIT)
      .map((c) =>
        c
          .replace(/\s*\([^()]*\)\s*$/, '')
          .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')
          .trim(),
      )
      .filter(Boolean);
    if (cells.length < 2) continue;
    const contact = cells.some((c) => c.includes('@') || /\d[\d\s().-]{6,}\d/.test(c));
    // Cells name many things ("Priority High"); a person's cell sits next to their address or number.
    if (!contact) continue;
    for (let k = 0; k < cells.length; k++) {
      // "名刺交換しました: 佐藤 花子": a label of the lead's, then the name.
      const labelled = /^([^:：]{1,40})[:：]\s*(.+)$/u.exec(cells[k] ?? '');
      if (labelled && classifyLabel(labelled[1] ?? '')?.role === 'rep') continue;
      const cell = (labelled?.[2] ?? cells[k] ?? '').replace(/\.$/, '');
      if (k > 0 && RELAY_REP.test(cells[k - 1] ?? '')) continue;
      // Names in scripts without capitals, written family name first: "佐藤 花子", "김 민준".
      if (contact && CJK_NAME.test(cell) && !exclude(cell.split(' '))) return cell;
      const parts = readNameAt(cell, 0);
      if (parts.length < 2 || parts.join(' ') !== stripTitles(cell)) continue;
      if (!exclude(parts) && plausible(parts, { labelled: false })) return parts.join(' ');
    }
  }
  return undefined;
}

/** A folded given name the address starts with or spells: "Marta" in marta@… or marta.k@…. */
function localPartNames(word: string, email: string): boolean {
  const local = fold(email.split('@')[0] ?? '');
  const name = fold(word).replace(/[^a-z]/g, '');
  if (name.length < 3) return false;
  return (
    local.split(/[._+-]+|\d+/).includes(name) || (local.startsWith(name) && local.length <= name.length + 2)
  );
}

/** "Tomás Herrera" alone on the line right before the lead's address. */
function nameLineBeforeEmail(ctx: NameContext, email: string, exclude: (parts: string[]) => boolean) {
  const segs = ctx.segments;
  const at = segs.findIndex((s) => s.value.toLowerCase().includes(email));
  const prev = segs[at - 1];
  // A label carried over from a line like "Forwarding this one:" says nothing about the name.
  const carried = prev?.inherited && (prev.label?.field === 'unknown' || prev.label?.field === 'message');
  if (at <= 0 || !prev || (prev.label && !carried) || prev.line !== (segs[at]?.line ?? 0) - 1)
    return undefined;
  if (segs[at - 2]?.line === prev.line) return undefined; // the line had more than a name
  const value = prev.value.replace(/[.,]+$/, '').trim();
  const parts = readNameAt(value, 0);
  if (parts.length === 0 || parts.join(' ') !== stripTitles(value) || exclude(parts)) return undefined;
  // "Blue Harbor\nana@blueharbor.com" is the company the address belongs to.
  const domain = fold(email.split('@')[1] ?? '').replace(/[^a-z]/g, '');
  if (parts.length >= 2 && domain.includes(fold(parts.join('')).replace(/[^a-z]/g, ''))) return undefined;
  if (parts.length === 1 && !localPartNames(parts[0] ?? '', email)) return undefined;
  return plausible(parts, { labelled: false }) ? parts.join(' ') : undefined;
}

/** Picks the lead's name, or undefined when nothing trustworthy is there. */
export function extractName(ctx: NameContext): string | undefined {
  const addressWords = spelledWords(ctx.leadEmail);
  const found: Partial<Record<'name' | 'first' | 'last' | 'contact', string>> = {};
  const notLead = new Set<string>();
  for (const seg of ctx.segments) {
    const l = seg.label;
    if (!l || !seg.value) continue;
    if (l.role !== 'lead' || l.field === 'company') {
      const v = notLead.size < 50 ? cleanLabelledName(seg.value) : undefined;
      if (v) notLead.add(fold(v));
      continue;
    }
    if (l.header) continue;
    if (l.field === 'name' || l.field === 'first' || l.field === 'last' || l.field === 'contact') {
      if (found[l.field]) continue;
      const v = cleanLabelledName(seg.value, addressWords);
      if (v) found[l.field] = v;
    }
  }
  for (const rep of (ctx.repEmails ?? []).slice(0, 10)) {
    for (const seg of ctx.segments.slice(0, 2000)) {
      const i = seg.value.toLowerCase().indexOf(rep);
      if (i < 0) continue;
      const before = readNameBefore(seg.value, i);
      if (before.length > 0) notLead.add(fold(before.join(' ')));
    }
  }
  const exclude = (parts: string[]) => {
    const f = fold(parts.join(' '));
    for (const n of notLead) if (n === f || n.includes(f)) return true;
    return false;
  };

  const { name, first, last, contact } = found;
  // "Prénom + Nom", "Nombre + Apellidos", "Nome + Cognome": the bare name label is then the other half.
  const surname = last ?? (first && name && !name.includes(' ') ? name : undefined);
  if (first && surname) return fold(first).includes(fold(surname)) ? first : `${first} ${surname}`;
  if (name && last && !fold(name).includes(fold(last)) && !name.includes(' ')) return `${name} ${last}`;
  if (name) return name;
  if (first) return first;
  if (last) return last;
  if (contact && !exclude(contact.split(' '))) return contact;

  const email = ctx.leadEmail;
  let adjacent: string | undefined;
  let givenOnly: string | undefined;
  if (email) {
    // "Ana López <ana@x.com>", "From: "López, Ana" <ana@x.com>", "ana@x.com (Ana López)"
    for (const seg of ctx.segments.slice(0, 2000)) {
      const i = seg.value.toLowerCase().indexOf(email);
      if (i < 0) continue;
      const head = seg.value.slice(0, i);
      const bracketed = /[<(["“]\s*$/.test(head);
      const before = readNameBefore(seg.value, i, addressWords);
      // "Marta <marta@kowalski.pl>": a given name alone, when the address starts with it.
      const given = before[0] ?? '';
      if (before.length === 1 && /<\s*$/.test(head) && localPartNames(given, email) && isPersonWord(given)) {
        if (!exclude(before)) givenOnly ??= given;
      }
      if (before.length > 0 && !exclude(before) && (before.length >= 2 || matchesLocalPart(before, email))) {
        const written = before.map((w) => (/\p{Ll}/u.test(w) ? w : titleCaseWord(w)));
        const ok = plausible(written, { labelled: false, spelled: addressWords }) || /["“]/.test(head);
        // Without brackets the words before an address are as often a company ("Acme Labs, ana@...").
        if (ok && (bracketed || matchesLocalPart(before, email))) return before.join(' ');
        if (ok) adjacent ??= before.join(' ');
      }
      const after = /^\s*[)>\]]?\s*[([]\s*([^()[\]]{2,60})[)\]]/.exec(seg.value.slice(i + email.length));
      if (after?.[1]) {
        const parts = stripTitles(after[1]).split(/\s+/);
        if (parts.length >= 2 && plausible(parts, { labelled: false }) && !exclude(parts))
          return parts.join(' ');
      }
    }
    // A capitalised name elsewhere that the address spells out; first and last name beat one of them.
    let scanned = 0;
    let spelled: { name: string; strength: number; tail: string[] } | undefined;
    for (const seg of ctx.segments) {
      if (scanned > 30_000) break;
      scanned += seg.value.length;
      if (seg.label && seg.label.role !== 'lead') continue;
      // A speaker's label is text too: "*Chiara Ferrari:* Sure, it's chiara.ferrari@…".
      const speaker =
        seg.label?.field === 'unknown' || seg.label?.field === 'contact' ? `${seg.labelText ?? ''} ` : '';
      for (const run of [
        ...capitalisedRuns(speaker, addressWords),
        ...capitalisedRuns(seg.value.slice(0, 5000), addressWords),
      ]) {
        for (let len = Math.min(4, run.length); len >= 2; len--) {
          for (let s = 0; s + len <= run.length; s++) {
            const parts = run.slice(s, s + len);
            if (PARTICLES.has(parts[0] ?? '') || PARTICLES.has(parts[len - 1] ?? '')) continue;
            if (parts.some((p, i) => i >= 2 && PARTICLES.has(p))) continue;
            const strength = localPartScore(parts, email);
            if (
              strength > (spelled?.strength ?? 0) &&
              plausible(parts, { labelled: false, spelled: addressWords }) &&
              !exclude(parts)
            ) {
              spelled = { name: parts.join(' '), strength, tail: run.slice(s + len) };
            }
          }
        }
      }
      if (spelled?.strength === 2) break;
    }
    if (spelled) {
      // "Lucía Fernández de la Torre": a surname with particles goes on past what the address spells.
      const particles = spelled.tail.findIndex((w) => !PARTICLES.has(w));
      const rest = spelled.tail[particles];
      const full = `${spelled.name} ${spelled.tail.slice(0, particles + 1).join(' ')}`;
      // Only when the surname ends the run: in "Petra Lang von der Lang Logistik" a company follows.
      if (particles > 0 && rest && particles + 1 === spelled.tail.length && full.split(' ').length <= 6) {
        const parts = full.split(' ');
        if (plausible(parts, { labelled: false, spelled: addressWords }) && !exclude(parts)) return full;
      }
      return spelled.name;
    }
  }
  return (
    givenOnly ??
    (email ? nameLineBeforeEmail(ctx, email, exclude) : undefined) ??
    fromCues(ctx, exclude) ??
    fromRelay(ctx, exclude) ??
    adjacent ??
    fromSignOff(ctx, exclude) ??
    fromSpeaker(ctx, exclude)
  );
}
