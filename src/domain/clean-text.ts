/**
 * Hygiene for typed text before it goes anywhere (Trata, a card): control characters never pass,
 * line breaks only where a line break means something (notes), and a field that shows nothing counts
 * as empty. Plain functions over strings: no Slack, no HTTP.
 */

/** C0 controls except tab, LF and CR (handled per field), DEL, and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/**
 * Characters that render as nothing: soft hyphen, Arabic letter mark, Mongolian vowel separator,
 * zero-width space / non-joiner / joiner, LRM/RLM, bidi embeddings, overrides and isolates, word
 * joiner and invisible operators, deprecated format characters, BOM.
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const INVISIBLE_OR_SPACE =
  /^[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]+/;
const TRAILING_INVISIBLE_OR_SPACE =
  /[\s\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]+$/;

/** Trims whitespace and invisible characters from both ends; a text of nothing else becomes ''. */
function trimVisible(text: string): string {
  return text.replace(INVISIBLE_OR_SPACE, '').replace(TRAILING_INVISIBLE_OR_SPACE, '');
}

/** A one-line value (a name): no controls, line breaks and tabs become spaces, trimmed to what shows. */
export function cleanLine(text: string): string {
  return trimVisible(text.replace(CONTROLS, '').replace(/[\t\r\n]+/g, ' '));
}

/**
 * A value that is an identifier (email, phone): no controls, no line breaks, no invisible characters
 * anywhere — inside an address they only make it a different address (or a header injection).
 */
export function cleanContact(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/[\t\r\n]/g, '')
    .replace(INVISIBLE, '')
    .trim();
}

/** Free text (notes): newlines (CRLF and CR become LF) and tabs stay; other controls go. */
export function cleanMultiline(text: string): string {
  return trimVisible(text.replace(/\r\n?/g, '\n').replace(CONTROLS, ''));
}
