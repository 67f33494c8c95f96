/**
 * Block Kit validation for the Slack stand-in, following the limits in /work/shared/slack-platform.md.
 *
 * Every problem is reported as `<message> [json-pointer:<pointer>]`, the way Slack words the
 * `response_metadata.messages` of an `invalid_arguments` / `invalid_blocks` answer (the stand-in adds
 * the `[ERROR] ` prefix). An empty list means the view / blocks are acceptable.
 */

export type Surface = 'message' | 'modal' | 'home';

type Obj = Record<string, unknown>;
type Where = 'input' | 'actions' | 'accessory' | 'context';

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

/** Collects errors while walking a view; `ids` tracks block_id / action_id uniqueness. */
class Checker {
  readonly errors: string[] = [];
  readonly blockIds = new Set<string>();
  readonly actionIds = new Set<string>();

  constructor(readonly surface: Surface) {}

  fail(at: string, message: string): void {
    this.errors.push(`${message} [json-pointer:${at}]`);
  }

  /** A string field: required or optional, with a maximum length (and optional minimum). */
  str(obj: Obj, key: string, at: string, opts: { max: number; min?: number; required?: boolean }): void {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (opts.required) this.fail(`${at}/${key}`, 'missing required field');
      return;
    }
    if (typeof v !== 'string') {
      this.fail(`${at}/${key}`, 'must be a string');
      return;
    }
    if (v.length > opts.max) this.fail(`${at}/${key}`, `must be less than ${opts.max + 1} characters`);
    if (opts.min !== undefined && v.length < opts.min) {
      this.fail(`${at}/${key}`, `must be at least ${opts.min} characters`);
    }
  }

  bool(obj: Obj, key: string, at: string): void {
    const v = obj[key];
    if (v !== undefined && typeof v !== 'boolean') this.fail(`${at}/${key}`, 'must be a boolean');
  }

  /** Rejects properties Block Kit does not define for this object (Slack: "invalid additional property"). */
  keys(obj: Obj, allowed: readonly string[], at: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.fail(`${at}/${key}`, `invalid additional property: ${key}`);
    }
  }

  /** A text object `{type: plain_text|mrkdwn, text}`. */
  text(
    obj: Obj,
    key: string,
    at: string,
    opts: { max: number; plainOnly?: boolean; required?: boolean },
  ): void {
    const v = obj[key];
    const here = `${at}/${key}`;
    if (v === undefined || v === null) {
      if (opts.required) this.fail(here, 'missing required field');
      return;
    }
    this.textObject(v, here, opts);
  }

  textObject(v: unknown, here: string, opts: { max: number; plainOnly?: boolean }): void {
    if (!isObj(v)) {
      this.fail(here, 'must be a text object');
      return;
    }
    const types = opts.plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];
    if (typeof v.type !== 'string' || !types.includes(v.type)) {
      this.fail(`${here}/type`, `must be ${types.join(' or ')}`);
      return;
    }
    this.keys(v, ['type', 'text', 'emoji', 'verbatim'], here);
    if (v.type === 'plain_text' && v.verbatim !== undefined) this.fail(`${here}/verbatim`, 'only for mrkdwn');
    if (typeof v.text !== 'string' || v.text.length === 0) {
      this.fail(`${here}/text`, 'must be a non-empty string');
      return;
    }
    if (v.text.length > opts.max) this.fail(`${here}/text`, `must be less than ${opts.max + 1} characters`);
  }

  id(obj: Obj, key: 'block_id' | 'action_id', at: string): void {
    const v = obj[key];
    if (v === undefined) return;
    if (typeof v !== 'string' || v.length === 0) {
      this.fail(`${at}/${key}`, 'must be a non-empty string');
      return;
    }
    if (v.length > 255) {
      this.fail(`${at}/${key}`, 'must be less than 256 characters');
      return;
    }
    const seen = key === 'block_id' ? this.blockIds : this.actionIds;
    if (seen.has(v)) this.fail(`${at}/${key}`, `${key} must be unique: ${v}`);
    seen.add(v);
  }

  array(obj: Obj, key: string, at: string, min: number, max: number): unknown[] | undefined {
    const v = obj[key];
    if (!Array.isArray(v)) {
      this.fail(`${at}/${key}`, 'must be an array');
      return undefined;
    }
    if (v.length < min) this.fail(`${at}/${key}`, `must provide at least ${min} items`);
    if (v.length > max) this.fail(`${at}/${key}`, `must provide no more than ${max} items`);
    return v;
  }

  /** An option of a select / overflow / checkbox / radio group. */
  option(v: unknown, at: string, plainOnly: boolean): void {
    if (!isObj(v)) {
      this.fail(at, 'must be an option object');
      return;
    }
    this.keys(v, ['text', 'value', 'description', 'url'], at);
    this.text(v, 'text', at, { max: 75, plainOnly, required: true });
    this.str(v, 'value', at, { max: 75, required: true });
    this.text(v, 'description', at, { max: 75, plainOnly });
  }

  options(el: Obj, at: string, min: number, max: number, plainOnly = true): unknown[] {
    const list = this.array(el, 'options', at, min, max) ?? [];
    list.forEach((o, i) => {
      this.option(o, `${at}/options/${i}`, plainOnly);
    });
    return list;
  }
}

const sameOption = (a: unknown, b: unknown): boolean =>
  isObj(a) &&
  isObj(b) &&
  a.value === b.value &&
  isObj(a.text) &&
  isObj(b.text) &&
  a.text.text === b.text.text;

const COMMON_INPUT_KEYS = ['type', 'action_id', 'focus_on_load', 'placeholder', 'dispatch_action_config'];
const SELECT_KEYS = ['type', 'action_id', 'confirm', 'focus_on_load', 'placeholder'];
const ANYWHERE: Where[] = ['input', 'actions', 'accessory'];

interface ElementRule {
  where: Where[];
  keys: string[];
  check?: (c: Checker, el: Obj, at: string) => void;
}

const placeholder = (c: Checker, el: Obj, at: string) =>
  c.text(el, 'placeholder', at, { max: 150, plainOnly: true });

/** One row per element type: where it may appear, which properties it has, and its own limits. */
const ELEMENTS: Record<string, ElementRule> = {
  button: {
    where: ['actions', 'accessory'],
    keys: ['type', 'text', 'action_id', 'url', 'value', 'style', 'confirm', 'accessibility_label'],
    check: (c, el, at) => {
      c.text(el, 'text', at, { max: 75, plainOnly: true, required: true });
      c.str(el, 'value', at, { max: 2000 });
      c.str(el, 'url', at, { max: 3000 });
      if (el.style !== undefined && el.style !== 'primary' && el.style !== 'danger') {
        c.fail(`${at}/style`, 'must be primary or danger');
      }
    },
  },
  static_select: {
    where: ANYWHERE,
    keys: [...SELECT_KEYS, 'options', 'option_groups', 'initial_option'],
    check: (c, el, at) => {
      placeholder(c, el, at);
      if (el.option_groups !== undefined) return;
      const options = c.options(el, at, 1, 100);
      if (el.initial_option !== undefined && !options.some((o) => sameOption(o, el.initial_option))) {
        c.fail(`${at}/initial_option`, 'must match one of the provided options');
      }
    },
  },
  multi_static_select: {
    where: ANYWHERE,
    keys: [...SELECT_KEYS, 'options', 'option_groups', 'initial_options', 'max_selected_items'],
    check: (c, el, at) => {
      placeholder(c, el, at);
      if (el.option_groups === undefined) c.options(el, at, 1, 100);
    },
  },
  external_select: {
    where: ANYWHERE,
    keys: [...SELECT_KEYS, 'initial_option', 'min_query_length'],
    check: placeholder,
  },
  users_select: { where: ANYWHERE, keys: [...SELECT_KEYS, 'initial_user'], check: placeholder },
  multi_users_select: {
    where: ANYWHERE,
    keys: [...SELECT_KEYS, 'initial_users', 'max_selected_items'],
    check: placeholder,
  },
  conversations_select: {
    where: ANYWHERE,
    keys: [
      ...SELECT_KEYS,
      'initial_conversation',
      'default_to_current_conversation',
      'response_url_enabled',
      'filter',
    ],
    check: (c, el, at) => {
      placeholder(c, el, at);
      c.bool(el, 'default_to_current_conversation', at);
      c.bool(el, 'response_url_enabled', at);
      if (el.response_url_enabled === true && !(c.surface === 'modal' && at.endsWith('/element'))) {
        c.fail(`${at}/response_url_enabled`, 'only allowed in input blocks of modals');
      }
      if (el.filter !== undefined) {
        if (!isObj(el.filter)) {
          c.fail(`${at}/filter`, 'must be an object');
          return;
        }
        c.keys(
          el.filter,
          ['include', 'exclude_external_shared_channels', 'exclude_bot_users'],
          `${at}/filter`,
        );
        const include = el.filter.include;
        const kinds = ['im', 'mpim', 'private', 'public'];
        if (include !== undefined && (!Array.isArray(include) || include.some((k) => !kinds.includes(k)))) {
          c.fail(`${at}/filter/include`, `must be a list of ${kinds.join(', ')}`);
        }
      }
    },
  },
  channels_select: {
    where: ANYWHERE,
    keys: [...SELECT_KEYS, 'initial_channel', 'response_url_enabled'],
    check: placeholder,
  },
  overflow: {
    where: ['actions', 'accessory'],
    keys: ['type', 'action_id', 'options', 'confirm'],
    check: (c, el, at) => {
      c.options(el, at, 1, 5);
    },
  },
  datepicker: { where: ANYWHERE, keys: [...SELECT_KEYS, 'initial_date'], check: placeholder },
  timepicker: { where: ANYWHERE, keys: [...SELECT_KEYS, 'initial_time', 'timezone'], check: placeholder },
  checkboxes: {
    where: ANYWHERE,
    keys: ['type', 'action_id', 'options', 'initial_options', 'confirm', 'focus_on_load'],
    check: (c, el, at) => {
      c.options(el, at, 1, 10, false);
    },
  },
  radio_buttons: {
    where: ANYWHERE,
    keys: ['type', 'action_id', 'options', 'initial_option', 'confirm', 'focus_on_load'],
    check: (c, el, at) => {
      const options = c.options(el, at, 1, 10, false);
      if (el.initial_option !== undefined && !options.some((o) => sameOption(o, el.initial_option))) {
        c.fail(`${at}/initial_option`, 'must match one of the provided options');
      }
    },
  },
  plain_text_input: {
    where: ['input'],
    keys: [...COMMON_INPUT_KEYS, 'initial_value', 'multiline', 'min_length', 'max_length'],
    check: (c, el, at) => {
      placeholder(c, el, at);
      c.bool(el, 'multiline', at);
      const max = el.max_length;
      if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 3000)) {
        c.fail(`${at}/max_length`, 'must be an integer between 1 and 3000');
      }
      const min = el.min_length;
      if (min !== undefined && (typeof min !== 'number' || !Number.isInteger(min) || min < 0 || min > 3000)) {
        c.fail(`${at}/min_length`, 'must be an integer between 0 and 3000');
      }
      c.str(el, 'initial_value', at, { max: typeof max === 'number' ? Math.min(max, 3000) : 3000 });
    },
  },
  email_text_input: {
    where: ['input'],
    keys: [...COMMON_INPUT_KEYS, 'initial_value'],
    check: (c, el, at) => {
      placeholder(c, el, at);
      c.str(el, 'initial_value', at, { max: 3000 });
    },
  },
  url_text_input: {
    where: ['input'],
    keys: [...COMMON_INPUT_KEYS, 'initial_value'],
    check: (c, el, at) => {
      placeholder(c, el, at);
      c.str(el, 'initial_value', at, { max: 3000 });
    },
  },
  number_input: {
    where: ['input'],
    keys: [...COMMON_INPUT_KEYS, 'is_decimal_allowed', 'initial_value', 'min_value', 'max_value'],
    check: (c, el, at) => {
      placeholder(c, el, at);
      if (typeof el.is_decimal_allowed !== 'boolean')
        c.fail(`${at}/is_decimal_allowed`, 'missing required field');
    },
  },
  rich_text_input: { where: ['input'], keys: [...COMMON_INPUT_KEYS, 'initial_value'], check: placeholder },
  image: {
    where: ['accessory', 'context'],
    keys: ['type', 'image_url', 'slack_file', 'alt_text'],
    check: (c, el, at) => {
      c.str(el, 'image_url', at, { max: 3000, required: el.slack_file === undefined });
      c.str(el, 'alt_text', at, { max: 2000, required: true });
    },
  },
};

function element(c: Checker, el: unknown, at: string, where: Where): void {
  if (!isObj(el)) {
    c.fail(at, 'must be an element object');
    return;
  }
  const rule = typeof el.type === 'string' ? ELEMENTS[el.type] : undefined;
  if (!rule) {
    c.fail(`${at}/type`, `unsupported element type: ${String(el.type)}`);
    return;
  }
  if (!rule.where.includes(where)) {
    c.fail(`${at}/type`, `${String(el.type)} is not allowed in ${where}`);
    return;
  }
  c.keys(el, rule.keys, at);
  c.id(el, 'action_id', at);
  rule.check?.(c, el, at);
}

interface BlockRule {
  keys: string[];
  check: (c: Checker, b: Obj, at: string) => void;
}

/** One row per block type: its properties and its limits. Types not listed are rejected. */
const BLOCKS: Record<string, BlockRule> = {
  section: {
    keys: ['type', 'block_id', 'text', 'fields', 'accessory', 'expand'],
    check: (c, b, at) => {
      if (b.text === undefined && b.fields === undefined) c.fail(at, 'must provide text or fields');
      c.text(b, 'text', at, { max: 3000 });
      if (b.fields !== undefined) {
        const fields = c.array(b, 'fields', at, 1, 10) ?? [];
        fields.forEach((f, i) => {
          c.textObject(f, `${at}/fields/${i}`, { max: 2000 });
        });
      }
      if (b.accessory !== undefined) element(c, b.accessory, `${at}/accessory`, 'accessory');
    },
  },
  header: {
    keys: ['type', 'block_id', 'text'],
    check: (c, b, at) => c.text(b, 'text', at, { max: 150, plainOnly: true, required: true }),
  },
  divider: { keys: ['type', 'block_id'], check: () => {} },
  context: {
    keys: ['type', 'block_id', 'elements'],
    check: (c, b, at) => {
      const elements = c.array(b, 'elements', at, 1, 10) ?? [];
      elements.forEach((el, i) => {
        if (isObj(el) && el.type === 'image') element(c, el, `${at}/elements/${i}`, 'context');
        else c.textObject(el, `${at}/elements/${i}`, { max: 3000 });
      });
    },
  },
  actions: {
    keys: ['type', 'block_id', 'elements'],
    check: (c, b, at) => {
      const elements = c.array(b, 'elements', at, 1, 25) ?? [];
      elements.forEach((el, i) => {
        element(c, el, `${at}/elements/${i}`, 'actions');
      });
    },
  },
  input: {
    keys: ['type', 'block_id', 'label', 'element', 'hint', 'optional', 'dispatch_action'],
    check: (c, b, at) => {
      c.text(b, 'label', at, { max: 2000, plainOnly: true, required: true });
      c.text(b, 'hint', at, { max: 2000, plainOnly: true });
      c.bool(b, 'optional', at);
      c.bool(b, 'dispatch_action', at);
      if (b.element === undefined) c.fail(`${at}/element`, 'missing required field');
      else element(c, b.element, `${at}/element`, 'input');
    },
  },
  image: {
    keys: ['type', 'block_id', 'image_url', 'slack_file', 'alt_text', 'title'],
    check: (c, b, at) => {
      c.str(b, 'image_url', at, { max: 3000, required: b.slack_file === undefined });
      c.str(b, 'alt_text', at, { max: 2000, required: true });
      c.text(b, 'title', at, { max: 2000, plainOnly: true });
    },
  },
  markdown: {
    keys: ['type', 'block_id', 'text'],
    check: (c, b, at) => c.str(b, 'text', at, { max: 12000, min: 1, required: true }),
  },
  rich_text: {
    keys: ['type', 'block_id', 'elements'],
    check: (c, b, at) => {
      c.array(b, 'elements', at, 0, Number.POSITIVE_INFINITY);
    },
  },
};

function checkBlocks(c: Checker, blocks: unknown, at: string): void {
  if (!Array.isArray(blocks)) {
    c.fail(at, 'must be an array');
    return;
  }
  const max = MAX_BLOCKS[c.surface];
  if (blocks.length > max) c.fail(at, `must provide no more than ${max} items`);
  blocks.forEach((b, i) => {
    const here = `${at}/${i}`;
    if (!isObj(b)) {
      c.fail(here, 'must be a block object');
      return;
    }
    const rule = typeof b.type === 'string' ? BLOCKS[b.type] : undefined;
    if (!rule) {
      c.fail(`${here}/type`, `unsupported block type: ${String(b.type)}`);
      return;
    }
    c.keys(b, rule.keys, here);
    c.id(b, 'block_id', here);
    rule.check(c, b, here);
  });
}

/** Validates a `blocks` array for a message (≤ 50 blocks) or a modal / home view (≤ 100). */
export function validateBlocks(blocks: unknown, surface: Surface, pointer?: string): string[] {
  const c = new Checker(surface);
  checkBlocks(c, blocks, pointer ?? (surface === 'message' ? '/blocks' : '/view/blocks'));
  return c.errors;
}

/** Properties Slack sets on a view it returns; tolerated when an app sends a view back. */
const VIEW_READ_ONLY = [
  'id',
  'team_id',
  'state',
  'hash',
  'previous_view_id',
  'root_view_id',
  'app_id',
  'app_installed_team_id',
  'bot_id',
];
const VIEW_KEYS = [
  'type',
  'title',
  'blocks',
  'close',
  'submit',
  'private_metadata',
  'callback_id',
  'clear_on_close',
  'notify_on_close',
  'external_id',
  'submit_disabled',
  ...VIEW_READ_ONLY,
];

/**
 * Validates a modal (`views.open/update/push`) or a home tab (`views.publish`).
 * `expected` is the view type the method accepts.
 */
export function validateView(view: unknown, expected: 'modal' | 'home' = 'modal'): string[] {
  const c = new Checker(expected);
  const at = '/view';
  if (!isObj(view)) {
    c.fail(at, 'must be a view object');
    return c.errors;
  }
  if (view.type !== expected) c.fail(`${at}/type`, `must be ${expected}`);
  c.keys(view, VIEW_KEYS, at);
  const plainTitle = { max: 24, plainOnly: true };
  c.text(view, 'title', at, { ...plainTitle, required: expected === 'modal' });
  c.text(view, 'submit', at, plainTitle);
  c.text(view, 'close', at, plainTitle);
  c.str(view, 'callback_id', at, { max: 255 });
  c.str(view, 'private_metadata', at, { max: 3000 });
  c.str(view, 'external_id', at, { max: 255 });
  c.bool(view, 'clear_on_close', at);
  c.bool(view, 'notify_on_close', at);
  checkBlocks(c, view.blocks, `${at}/blocks`);
  const hasInput = Array.isArray(view.blocks) && view.blocks.some((b) => isObj(b) && b.type === 'input');
  if (expected === 'modal' && hasInput && view.submit === undefined) {
    c.fail(`${at}/submit`, 'submit is required when an input block is present');
  }
  return c.errors;
}
