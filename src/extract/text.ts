/** Small string helpers shared by the extractor. All of them are linear in the input. */

const ENTITY: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Decodes the HTML entities Slack and mail gateways emit (`&amp;`, `&lt;`, `&#64;`, ...). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return whole;
      return String.fromCodePoint(code);
    }
    return ENTITY[body.toLowerCase()] ?? whole;
  });
}

const SPECIAL_FOLD: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower-cases and strips diacritics: `Zoë Saldaña` → `zoe saldana`, `Straße` → `strasse`. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæøœłđðþı]/g, (c) => SPECIAL_FOLD[c] ?? c);
}

/** German-style folding where umlauts become two letters: `Müller` → `mueller`. */
export function foldUmlauts(s: string): string {
  return fold(s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue'));
}

/** Collapses runs of horizontal whitespace and trims. */
export function squash(s: string): string {
  return s.replace(/[^\S\n\r]+|\u200b+/g, ' ').trim();
}

/** Only the ASCII digits of a string. */
export function digitsOf(s: string): string {
  return s.replace(/[^0-9]/g, '');
}
