/**
 * Renders Block Kit as a person would roughly see it in Slack, for the terminal (demo only).
 */
type Obj = Record<string, unknown>;

const mentions: Record<string, string> = { C0PUBLIC: '#leads', U0ALICE: '@alice', U0BOB: '@bob' };

export function slackText(text: string): string {
  return text
    .replace(/<#(\w+)(?:\|[^>]*)?>/g, (_m, id: string) => mentions[id] ?? `#${id}`)
    .replace(/<@(\w+)>/g, (_m, id: string) => mentions[id] ?? `@${id}`)
    .replace(/<!date\^\d+\^[^|]*\|([^>]*)>/g, '$1')
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const t = (o: unknown): string => slackText(String((o as Obj | undefined)?.text ?? ''));

export function renderBlocks(blocks: unknown[] | undefined, indent = '  │ '): string {
  const lines: string[] = [];
  for (const raw of blocks ?? []) {
    const b = raw as Obj;
    switch (b.type) {
      case 'header':
        lines.push(`▌${t(b.text).toUpperCase()}`);
        break;
      case 'section':
        if (b.text) lines.push(...t(b.text).split('\n'));
        for (const f of (b.fields as unknown[]) ?? []) lines.push(`  ${t(f).replace('\n', ': ')}`);
        break;
      case 'context':
        lines.push(
          ...(b.elements as unknown[]).flatMap((e) =>
            t(e)
              .split('\n')
              .map((l) => `  ${l}`),
          ),
        );
        break;
      case 'input': {
        const el = b.element as Obj;
        const value =
          el.type === 'static_select'
            ? `[${t((el.initial_option as Obj | undefined)?.text) || 'choose'} ▾]`
            : `[${String(el.initial_value ?? '').replace(/\n/g, ' ') || ' '}]`;
        lines.push(`${t(b.label)}${b.optional ? ' (optional)' : ''}: ${value}`);
        break;
      }
      case 'actions':
        lines.push(
          (b.elements as Obj[])
            .map((e) =>
              e.type === 'static_select'
                ? `[${t((e.initial_option as Obj | undefined)?.text) || t(e.placeholder)} ▾]`
                : `( ${t(e.text)} )`,
            )
            .join(' '),
        );
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
  return [`  ┌─ ${t(view.title)} `, renderBlocks(view.blocks as unknown[]), `  └─ ${buttons}`].join('\n');
}
