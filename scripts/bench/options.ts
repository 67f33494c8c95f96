/**
 * The bench's command line: every option with its default and what it does, so `--help` and the
 * parser cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string | boolean;
  /** Shown in --help as the value's placeholder. */
  value?: string;
  help: string;
}

export function optionSpecs(benchRoot: string): Record<string, OptionSpec> {
  return {
    help: { type: 'boolean', default: false, help: 'print these options and exit' },
    loads: { type: 'string', default: '1,2', value: 'LIST', help: 'which loads to run (1, 2 or 1,2)' },
    rounds: {
      type: 'string',
      default: '2',
      value: 'N',
      help: 'measured rounds of each load; the servers take turns within a round',
    },
    commands: { type: 'string', default: '2000', value: 'N', help: 'Load 1: /prospect commands per round' },
    concurrency: { type: 'string', default: '50', value: 'N', help: 'Load 1: commands in flight at once' },
    submissions: {
      type: 'string',
      default: '500',
      value: 'N',
      help: 'Load 2: form submissions fired at once per round',
    },
    warmup: {
      type: 'string',
      default: '1000',
      value: 'N',
      help: 'unmeasured commands per server first (JIT tiers, connections)',
    },
    'trata-latency': {
      type: 'string',
      default: '200',
      value: 'MS',
      help: 'the Trata stand-in answers every call (look-ups, creates, reads, writes) after this long',
    },
    database: {
      type: 'string',
      default: 'sqlite',
      value: 'KIND',
      help: "the app's store: sqlite (a fresh file under dist/) or postgres (a fresh database bench_<random> on TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test, dropped after)",
    },
    distributed: {
      type: 'boolean',
      default: false,
      help: 'also run the app in distributed mode (Add to Slack), the load spread over --workspaces installed workspaces',
    },
    workspaces: {
      type: 'string',
      default: '20',
      value: 'N',
      help: 'with --distributed: installed workspaces, each with its own Trata key',
    },
    reference: {
      type: 'boolean',
      default: true,
      help: 'Load 2 also runs scripts/bench/bare-bolt.ts (--no-reference to skip)',
    },
    root: {
      type: 'string',
      default: benchRoot,
      value: 'DIR',
      help: 'the checkout whose app is measured (built and run there, with its package.json start flags), e.g. a git worktree of an older commit',
    },
    app: {
      type: 'string',
      value: 'ENTRY',
      help: 'run this entry (relative to --root) instead of building the bundle npm start runs',
    },
    'node-args': {
      type: 'string',
      value: 'FLAGS',
      help: "the app's node flags (default: those of --root's npm start script)",
    },
    'skip-build': {
      type: 'boolean',
      default: false,
      help: 'use --root/dist/app.mjs as it is instead of building a fresh bundle',
    },
    profile: {
      type: 'string',
      value: 'DIR',
      help: 'CPU-profile the app (--cpu-prof) into DIR and print a summary',
    },
    timeout: {
      type: 'string',
      default: '600',
      value: 'SECONDS',
      help: 'then everything is killed and the bench exits non-zero',
    },
  };
}

export function parseBenchArgs(benchRoot: string, args = process.argv.slice(2)) {
  const specs = optionSpecs(benchRoot);
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      { type: spec.type, ...(spec.default === undefined ? {} : { default: spec.default }) },
    ]),
  ) as Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>;
  const { values } = parseArgs({ args, options, allowNegative: true, strict: true });
  return values as Record<string, string | boolean | undefined>;
}

export function helpText(benchRoot: string): string {
  const specs = optionSpecs(benchRoot);
  const rows = Object.entries(specs).map(([name, spec]) => {
    const flag = `--${name}${spec.value ? ` ${spec.value}` : ''}`;
    const def =
      name === 'node-args'
        ? ` (now: "${startNodeArgs(benchRoot)}")`
        : spec.default === undefined || name === 'help'
          ? ''
          : ` (default: ${String(spec.default)})`;
    return `  ${flag.padEnd(24)} ${spec.help}${def}`;
  });
  return [
    'npm run bench -- [options]',
    '',
    'Load 1: signed /prospect commands; Load 2: a burst of form submissions with every Trata call',
    'answered after --trata-latency. The app (as npm start runs it, on its store), the floor',
    '(scripts/bench/floor.ts) and, in Load 2, the bare-Bolt reference take turns. Only 127.0.0.1.',
    '',
    ...rows,
  ].join('\n');
}

/** The node flags in a package.json's start script (`[exec] node <flags> dist/app.mjs`). */
export function startNodeArgs(root: string): string {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start
    .replace(/^(exec\s+)?node\s+/, '')
    .replace(/\s*\S+\.m?js$/, '')
    .trim();
}
