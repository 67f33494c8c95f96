/**
 * Turns a Slack message (text, Block Kit blocks, legacy attachments) into plain lines with
 * Slack markup unwrapped. Accepts anything: non-objects, wrong types and cycles are skipped.
 */
import { decodeEntities, squash } from './text.js';

/** Stop collecting once this much text has been gathered; nobody pastes a novel into a lead. */
const MAX_CHARS = 24_000;
const MAX_DEPTH = 12;
const MAX_ITEMS = 500;

type Kind = 'mrkdwn' | 'plain';

interface Piece {
  text: string;
  kind: Kind;
}

class Collector {
  readonly pieces: Piece[] = [];
  size = 0;

  add(text: unknown, kind: Kind): void {
    if (typeof text !== 'string' || text.length === 0 || this.size >= MAX_CHARS) return;
    const room = MAX_CHARS - this.size;
    const t = text.length > room ? text.slice(0, room) : text;
    this.size += t.length;
    this.pieces.push({ text: t, kind });
  }

  get full(): boolean {
    return this.size >= MAX_CHARS;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function items(v: unknown): unknown[] {
  return Array.isArray(v) ? v.slice(0, MAX_ITEMS) : [];
}

/** A Block Kit text object (`{type, text}`) or a bare string. */
function textOf(v: unknown): { text: string; kind: Kind } | undefined {
  if (typeof v === 'string') return { text: v, kind: 'mrkdwn' };
  if (isObject(v) && typeof v.text === 'string') {
    return { text: v.text, kind: v.type === 'plain_text' ? 'plain' : 'mrkdwn' };
  }
  return undefined;
}

function addText(out: Collector, v: unknown): void {
  const t = textOf(v);
  if (t) out.add(t.text, t.kind);
}

/** One inline rich_text element rendered as plain text. */
function richInline(el: unknown): string {
  if (!isObject(el)) return '';
  switch (el.type) {
    case 'text':
      return typeof el.text === 'string' ? el.text : '';
    case 'link': {
      const url = typeof el.url === 'string' ? el.url : '';
      const label = typeof el.text === 'string' ? el.text : '';
      return renderLink(url, label);
    }
    case 'user':
      return ' @user ';
    case 'usergroup':
      return ' @group ';
    case 'channel':
      return ' #channel ';
    case 'broadcast':
      return ` @${typeof el.range === 'string' ? el.range : 'here'} `;
    case 'date':
      return typeof el.fallback === 'string' ? el.fallback : '';
    case 'emoji':
      return typeof el.unicode === 'string' && /^[0-9a-f-]{1,40}$/i.test(el.unicode) ? ' ' : '';
    default:
      return typeof el.text === 'string' ? el.text : '';
  }
}

function richElements(out: Collector, elements: unknown, depth: number, prefix = ''): void {
  if (depth > MAX_DEPTH) return;
  for (const el of items(elements)) {
    if (out.full || !isObject(el)) continue;
    if (el.type === 'rich_text_list') {
      const indent = typeof el.indent === 'number' && el.indent > 0 ? '  ' : '';
      richElements(out, el.elements, depth + 1, `${indent}• `);
      continue;
    }
    if (Array.isArray(el.elements)) {
      const inline = el.elements.slice(0, MAX_ITEMS);
      if (inline.some((x) => isObject(x) && typeof x.type === 'string' && x.type.startsWith('rich_text'))) {
        richElements(out, inline, depth + 1, prefix);
        continue;
      }
      out.add(prefix + inline.map(richInline).join(''), 'plain');
      continue;
    }
    out.add(richInline(el), 'plain');
  }
}

function block(out: Collector, b: unknown, depth: number): void {
  if (!isObject(b) || depth > MAX_DEPTH || out.full) return;
  switch (b.type) {
    case 'rich_text':
      richElements(out, b.elements, depth + 1);
      return;
    case 'context':
      for (const el of items(b.elements)) {
        if (isObject(el) && el.type !== 'image') addText(out, el);
      }
      return;
    case 'image':
    case 'divider':
    case 'actions':
    case 'file':
      return;
    default:
      addText(out, b.text);
      for (const f of items(b.fields)) addText(out, f);
      if (Array.isArray(b.elements)) richElements(out, b.elements, depth + 1);
  }
}

function attachment(out: Collector, a: unknown, depth: number): void {
  if (!isObject(a) || out.full) return;
  const before = out.pieces.length;
  out.add(a.pretext, 'mrkdwn');
  out.add(a.title, 'mrkdwn');
  out.add(a.text, 'mrkdwn');
  for (const f of items(a.fields)) {
    if (!isObject(f)) continue;
    const title = typeof f.title === 'string' ? f.title.trim() : '';
    const value = typeof f.value === 'string' ? f.value.trim() : '';
    if (!value) continue;
    if (!title) out.add(value, 'mrkdwn');
    else if (value.includes('\n')) out.add(`${title}\n${value}`, 'mrkdwn');
    else out.add(`${title}: ${value}`, 'mrkdwn');
  }
  for (const b of items(a.blocks)) block(out, b, depth + 1);
  if (out.pieces.length === before) out.add(a.fallback, 'mrkdwn');
}

/** Renders a link target with its label as a reader would see it. */
function renderLink(target: string, label: string): string {
  const lbl = label.trim();
  const lower = target.toLowerCase();
  if (lower.startsWith('mailto:')) {
    const addr = target.slice(7).split('?')[0] ?? '';
    if (!lbl || lbl.includes('@')) return lbl || addr;
    return `${lbl} <${addr}>`;
  }
  if (lower.startsWith('tel:')) {
    const num = target.slice(4);
    if ((lbl.match(/\d/g)?.length ?? 0) < 6) return num;
    // `<tel:+442079460958|020 7946 0958>`: the label is national, so only the target says which country.
    if (/^\+\d/.test(num) && !/^\s*(?:\+|00)/.test(lbl)) return num;
    return lbl;
  }
  return lbl || target;
}

/** Unwraps Slack's angle-bracket tokens: links, mentions, channels, dates. */
export function unwrapSlackTokens(s: string): string {
  if (!s.includes('<')) return s;
  return s.replace(/<([^<>\n]{1,3000})>/g, (whole, body: string) => {
    const bar = body.indexOf('|');
    const target = bar >= 0 ? body.slice(0, bar) : body;
    const label = bar >= 0 ? body.slice(bar + 1) : '';
    const first = target[0];
    if (first === '@') return '@user';
    if (first === '#') return `#${label.replace(/^#/, '') || 'channel'}`;
    if (first === '!') {
      if (target.startsWith('!date')) return label;
      if (target.startsWith('!subteam')) return '@group';
      return `@${target.slice(1).split('^')[0]}`;
    }
    if (/^[a-z][a-z0-9+.-]{1,20}:/i.test(target)) return renderLink(target, label);
    return whole;
  });
}

/** Strips mrkdwn emphasis, emoji shortcodes and quote markers, leaving readable text. */
function stripMrkdwn(s: string): string {
  return (
    s
      .replace(/(^|[^\w:]):([a-z0-9_+'-]{1,40}):(?!\w)/gi, (whole, pre: string, code: string) =>
        /[a-z]/i.test(code) ? `${pre} ` : whole,
      )
      // Emphasis markers, but not a `*` inside a word or address ("a*b@x.co" stays as written).
      .replace(/(?<![\p{L}\p{N}@._-])[*`]+|[*`]+(?![\p{L}\p{N}@._-])/gu, '')
      .replace(/(^|[\s(["'])~(?=\S)|(?<=\S)~(?=[\s).,;:!?"']|$)/g, '$1')
      .replace(/(^|[\s(["'])_+(?=\S)/g, '$1')
      .replace(/(?<=[^\s_])_+(?=[\s).,;:!?"'|]|$)/g, '')
  );
}

/** Slack mrkdwn (or plain text) to a readable plain line list. */
export function mrkdwnToLines(text: string, kind: Kind = 'mrkdwn'): string[] {
  const unwrapped = kind === 'mrkdwn' ? unwrapSlackTokens(text) : text;
  const decoded = decodeEntities(unwrapped);
  const lines: string[] = [];
  for (const raw of decoded.split(/\r\n|[\r\n\u2028\u2029]/)) {
    const noQuote = raw.replace(/^\s*(?:>\s?)+/, '');
    const cleaned = kind === 'mrkdwn' ? stripMrkdwn(noQuote) : noQuote;
    lines.push(squash(cleaned));
  }
  return lines;
}

function normalizeForCompare(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}@]+/gu, '');
}

/**
 * Flattens a message into plain lines. The top-level `text` is usually a fallback copy of
 * the blocks, so its lines are only kept when the blocks do not already say the same thing.
 */
export function flattenMessage(message: unknown): string[] {
  const msg = isObject(message) ? message : {};
  const rich = new Collector();
  for (const b of items(msg.blocks)) block(rich, b, 0);
  for (const a of items(msg.attachments)) attachment(rich, a, 0);
  const richLines = rich.pieces.flatMap((p) => mrkdwnToLines(p.text, p.kind));

  const textLines = typeof msg.text === 'string' ? mrkdwnToLines(msg.text.slice(0, MAX_CHARS)) : [];
  if (richLines.length === 0) return textLines;

  const richNorm = normalizeForCompare(richLines.join('\n')).slice(0, MAX_CHARS);
  const textNorm = normalizeForCompare(textLines.join('\n'));
  if (richNorm.includes(textNorm)) return richLines;
  // Line-by-line comparison is quadratic; on big inputs keep the whole text instead.
  if (textLines.length > 200) return [...textLines, '', ...richLines];
  const kept = textLines.filter((line) => {
    const n = normalizeForCompare(line);
    return n.length > 0 && !richNorm.includes(n);
  });
  return kept.length > 0 ? [...kept, '', ...richLines] : richLines;
}
