/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time, and self time
 * by package. Usage: `tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  functions: { name: string; where: string; selfMs: number }[];
  packages: { name: string; selfMs: number }[];
  /** Time with at least one frame of the group anywhere on the stack (self + everything it called). */
  inclusive: { name: string; ms: number }[];
}

/**
 * Groups for inclusive time, by script URL. Meaningful for an unbundled run (`--app src/index.ts
 * --node-args="--import tsx …"`): in the bundle every frame's URL is dist/app.mjs.
 */
const INCLUSIVE_GROUPS: [string, RegExp][] = [
  [
    'store (src/store, kysely, better-sqlite3, pg)',
    /\/src\/store\/|\/node_modules\/(kysely|better-sqlite3|pg|pg-pool|pg-protocol)\//,
  ],
  ['journal (src/store/submissions.ts)', /\/src\/store\/submissions\.ts/],
  ['@slack/bolt', /\/node_modules\/@slack\/bolt\//],
  ['@slack/web-api', /\/node_modules\/@slack\/web-api\//],
  ['got', /\/node_modules\/got\//],
  ['zod', /\/node_modules\/zod\//],
  ['pino (logging)', /\/node_modules\/(pino|sonic-boom|thread-stream)\//],
  ['libphonenumber-js', /\/node_modules\/libphonenumber-js\//],
  ['views and cards (src/slack/ui)', /\/src\/slack\/ui\//],
  ['express / body parsing', /\/node_modules\/(express|body-parser|raw-body|qs|iconv-lite)\//],
];

/** Where a script lives, short: `@slack/bolt/dist/App.js`, `src/app.js`, `node:internal/…`. */
function shortUrl(url: string): string {
  if (url === '') return '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm !== -1) return url.slice(nm + '/node_modules/'.length);
  const dist = url.indexOf('/dist/src/');
  if (dist !== -1) return url.slice(dist + '/dist/'.length);
  return url.replace(/^file:\/\//, '');
}

function packageOf(url: string): string {
  if (url === '') return '(native / V8)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm !== -1) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '?');
  }
  if (url.startsWith('node:')) return 'node (core)';
  // The bundle holds the app and its dependencies: for a per-package view, bench an unbundled build.
  if (url.includes('/dist/app.mjs')) return 'app bundle (src/ + dependencies)';
  if (url.includes('/dist/src/') || url.includes('/src/')) return 'app (src/)';
  return url;
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample (V8 records the delta before each sample).
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    const us = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, us));
  }
  const functions = new Map<string, { name: string; where: string; selfMs: number }>();
  const packages = new Map<string, number>();
  let idleMs = 0;
  let totalMs = 0;
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    const ms = us / 1000;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    totalMs += ms;
    const name = functionName || '(anonymous)';
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const key = `${name} ${where}`;
    const entry = functions.get(key) ?? { name, where, selfMs: 0 };
    entry.selfMs += ms;
    functions.set(key, entry);
    const pkg = functionName.startsWith('(') ? functionName : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms);
  }
  // Inclusive time per group: a node belongs to a group when it or any caller's URL matches.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const masks = new Map<number, number>();
  const maskOf = (id: number): number => {
    const known = masks.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    let mask = 0;
    INCLUSIVE_GROUPS.forEach(([, pattern], i) => {
      if (node && pattern.test(node.callFrame.url)) mask |= 1 << i;
    });
    const up = parent.get(id);
    if (up !== undefined) mask |= maskOf(up);
    masks.set(id, mask);
    return mask;
  };
  const inclusiveUs = INCLUSIVE_GROUPS.map(() => 0);
  for (const [id, us] of selfUs) {
    if (byId.get(id)?.callFrame.functionName === '(idle)') continue;
    const mask = maskOf(id);
    INCLUSIVE_GROUPS.forEach((_, i) => {
      if (mask & (1 << i)) inclusiveUs[i] = (inclusiveUs[i] ?? 0) + us;
    });
  }
  return {
    totalMs,
    idleMs,
    inclusive: INCLUSIVE_GROUPS.map(([name], i) => ({ name, ms: (inclusiveUs[i] ?? 0) / 1000 })).filter(
      (g) => g.ms > 0,
    ),
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    packages: [...packages.entries()]
      .map(([name, selfMs]) => ({ name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

export function formatSummary(summary: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%`;
  const lines = [
    `busy ${summary.totalMs.toFixed(0)} ms (idle ${summary.idleMs.toFixed(0)} ms not counted)`,
    'self time by package:',
    ...summary.packages
      .slice(0, 15)
      .map((p) => `  ${pct(p.selfMs)} ${p.selfMs.toFixed(0).padStart(6)} ms  ${p.name}`),
    'inclusive time (the group anywhere on the stack):',
    ...summary.inclusive.map((g) => `  ${pct(g.ms)} ${g.ms.toFixed(0).padStart(6)} ms  ${g.name}`),
    'top functions by self time:',
    ...summary.functions.map(
      (f) => `  ${pct(f.selfMs)} ${f.selfMs.toFixed(0).padStart(6)} ms  ${f.name}  ${f.where}`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]\n');
    process.exit(2);
  }
  console.log(formatSummary(summarizeProfile(file, top ? Number(top) : 25)));
}
