/**
 * Renders Block Kit roughly as a person sees it in Slack, for the terminal (demo only): *bold*,
 * _italic_ and ~strike~ as styles (plain text when the output is not a terminal: no escape codes
 * in a file or a pipe), emoji codes as emoji, mentions and channels as names, links as their text,
 * dates as the reader's, inputs as Slack draws them — "(optional)" included, as Slack adds it.
 */
type Obj = Record<string, unknown>;

const mentions: Record<string, string> = { C0PUBLIC: '#leads', U0ALICE: '@alice', U0BOB: '@bob' };

const EMOJI: Record<string, string> = {
  white_check_mark: '✅',
  warning: '⚠️',
  x: '❌',
  bust_in_silhouette: '👤',
  hourglass_flowing_sand: '⏳',
  hourglass: '⌛',
  information_source: 'ℹ️',
  wastebasket: '🗑️',
  lock: '🔒',
  tada: '🎉',
  large_green_circle: '🟢',
  white_circle: '⚪',
};

/** Terminal styles, only when stdout is a terminal (and NO_COLOR is not set). */
export const styled = process.stdout.isTTY === true && !process.env.NO_COLOR;
const style = (open: number, close: number) => (s: string) =>
  styled ? `\x1b[${open}m${s}\x1b[${close}m` : s;
export const bold = style(1, 22);
const italic = style(3, 23);
const strike = style(9, 29);
export const dim = style(2, 22);

/** Slack mrkdwn as a person reads it. */
export function slackText(text: string): string {
  return text
    .replace(/<#(\w+)(?:\|[^>]*)?>/g, (_m, id: string) => mentions[id] ?? `#${id}`)
    .replace(/<@(\w+)>/g, (_m, id: string) => mentions[id] ?? `@${id}`)
    .replace(/<!date\^\d+\^[^|]*\|([^>]*)>/g, '$1')
    .replace(/<(?:mailto:|tel:)?([^|>]+)\|([^>]+)>/g, '$2')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/:([a-z0-9_+-]+):/g, (m, name: string) => EMOJI[name] ?? m)
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?])/g, (_m, pre: string, s: string) => pre + bold(s))
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;!?])/g, (_m, pre: string, s: string) => pre + italic(s))
    .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/g, (_m, pre: string, s: string) => pre + strike(s))
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** plain_text is shown as typed (emoji codes aside); mrkdwn is rendered. */
const t = (o: unknown): string => {
  const el = o as Obj | undefined;
  const raw = String(el?.text ?? '');
  return el?.type === 'plain_text'
    ? raw.replace(/:([a-z0-9_+-]+):/g, (m, n: string) => EMOJI[n] ?? m)
    : slackText(raw);
};

function element(e: Obj): string {
  switch (e.type) {
    case 'static_select':
      return `[${t((e.initial_option as Obj | undefined)?.text) || t(e.placeholder)} ▾]`;
    case 'overflow':
      return `( ⋯ ${((e.options as Obj[]) ?? []).map((o) => t(o.text)).join(' / ')} )`;
    case 'button':
      return `( ${t(e.text)}${e.url ? ' ↗' : ''} )`;
    default:
      return `[${t(e.placeholder)}]`;
  }
}

function richText(b: Obj): string {
  return ((b.elements as Obj[]) ?? [])
    .flatMap((section) => (section.elements as Obj[]) ?? [])
    .map((el) => {
      const s = String(el.text ?? '');
      return (el.style as Obj | undefined)?.bold ? bold(s) : s;
    })
    .join('');
}

export function renderBlocks(blocks: unknown[] | undefined, indent = '  │ '): string {
  const lines: string[] = [];
  for (const raw of blocks ?? []) {
    const b = raw as Obj;
    switch (b.type) {
      case 'header':
        lines.push(bold(t(b.text)));
        break;
      case 'section': {
        const accessory = b.accessory ? `  ${element(b.accessory as Obj)}` : '';
        if (b.text) {
          const textLines = t(b.text).split('\n');
          textLines[textLines.length - 1] += accessory;
          lines.push(...textLines);
        }
        for (const f of (b.fields as unknown[]) ?? []) lines.push(`  ${t(f).replace('\n', ': ')}`);
        break;
      }
      case 'rich_text':
        lines.push(...richText(b).split('\n'));
        break;
      case 'context':
        lines.push(
          ...(b.elements as unknown[]).flatMap((e) =>
            t(e)
              .split('\n')
              .map((l) => `  ${dim(l)}`),
          ),
        );
        break;
      case 'input': {
        const el = b.element as Obj;
        const label = `${bold(t(b.label))}${b.optional ? dim(' (optional)') : ''}`;
        if (el.type === 'radio_buttons') {
          const chosen = (el.initial_option as Obj | undefined)?.value;
          lines.push(label);
          for (const o of (el.options as Obj[]) ?? [])
            lines.push(`  ${o.value === chosen ? '◉' : '○'} ${t(o.text)}`);
        } else {
          const value =
            el.type === 'static_select'
              ? `[${t((el.initial_option as Obj | undefined)?.text) || 'choose'} ▾]`
              : `[${String(el.initial_value ?? '').replace(/\n/g, ' ') || dim(t(el.placeholder))}]`;
          lines.push(`${label}: ${value}`);
        }
        if (b.hint) lines.push(`  ${dim(t(b.hint))}`);
        break;
      }
      case 'actions':
        lines.push((b.elements as Obj[]).map(element).join(' '));
        break;
      case 'divider':
        lines.push('────────');
        break;
    }
  }
  return lines.map((l) => `${indent}${l}`).join('\n');
}

export function renderModal(view: Obj): string {
  const buttons = [view.close && `( ${t(view.close)} )`, view.submit && `( ${t(view.submit)} )`]
    .filter(Boolean)
    .join(' ');
  return [`  ┌─ ${bold(t(view.title))} `, renderBlocks(view.blocks as unknown[]), `  └─ ${buttons}`].join(
    '\n',
  );
}
