/**
 * `npm run bench` (`npm run bench -- --help` for the options): the app as `npm start` runs it (the
 * bundle, npm start's node flags, its store) against a floor — a bare node:http server doing the least
 * work that does the job — and, in Load 2, a bare-Bolt reference, all talking to the Slack and Trata
 * stand-ins running in this process. The Trata stand-in answers every call after --trata-latency.
 * All traffic stays on 127.0.0.1.
 *
 *   Load 1: N signed `/prospect` commands at concurrency C per round, the servers taking turns:
 *           CPU per command (from /proc), requests/s, ack latency p50/p99, modals opened.
 *   Load 2: S view submissions fired at once per round, the servers taking turns: time until every
 *           prospect exists exactly once and every card is posted, CPU per submission, late acks.
 *   Memory: one peak RSS per server per load (VmHWM of that process alone, reset at the load's start).
 *
 * With --distributed the app also runs in distributed mode (Add to Slack): workspaces installed in its
 * store, each with its own token and Trata key, the load spread over them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BOT_TOKEN, formValues, SIGNING_SECRET, TRATA_KEY } from '../test/integration/harness.js';
import { viewSubmissionPayload } from '../test/support/slack-client.js';
import { type SlackStandin, startSlackStandin } from '../test/support/slack-standin.js';
import { startTrataStandin, type TrataStandin } from '../test/support/trata-standin.js';
import {
  type Answer,
  commandBody,
  createPoster,
  interactionBody,
  type Poster,
  runPool,
  until,
} from './bench/load.js';
import { helpText, parseBenchArgs, startNodeArgs } from './bench/options.js';
import { cpuTimeMs, measurePeak, mib, type PeakMeter } from './bench/proc.js';
import { formatSummary, summarizeProfile } from './bench/profile-summary.js';
import { freePort, killAll, type ServerChild, startServer } from './bench/server.js';
import { fmt, percentile, sum } from './bench/stats.js';
import {
  type BenchDatabase,
  type BenchTeam,
  createBenchDatabase,
  DEFAULT_TEAM,
  DIST,
  seedWorkspaces,
} from './bench/store.js';

const BENCH_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let opts: Record<string, string | boolean | undefined>;
try {
  opts = parseBenchArgs(BENCH_ROOT);
} catch (error) {
  console.error(
    `bench: ${error instanceof Error ? error.message : String(error)}\n\n${helpText(BENCH_ROOT)}`,
  );
  process.exit(2);
}
if (opts.help) {
  console.log(helpText(BENCH_ROOT));
  process.exit(0);
}
const str = (name: string) => String(opts[name] ?? '');
const num = (name: string) => {
  const value = Number(opts[name]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`bench: --${name} must be a number, not ${String(opts[name])}`);
    process.exit(2);
  }
  return value;
};
const ROOT = resolve(str('root'));
const ROUNDS = num('rounds');
const COMMANDS = num('commands');
const CONCURRENCY = num('concurrency');
const SUBMISSIONS = num('submissions');
const WARMUP = num('warmup');
const TRATA_LATENCY_MS = num('trata-latency');
const WORKSPACES = num('workspaces');
const DATABASE = str('database');
const LOADS = new Set(str('loads').split(','));
const NODE_ARGS = (typeof opts['node-args'] === 'string' ? opts['node-args'] : startNodeArgs(ROOT))
  .split(' ')
  .filter(Boolean);

// Bounded: whatever happens, the children die and the bench ends.
setTimeout(() => {
  console.error(`bench: gave up after ${str('timeout')} s`);
  killAll();
  process.exit(2);
}, num('timeout') * 1000).unref();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

type Kind = 'app' | 'floor' | 'bare-bolt';

interface Target {
  name: string;
  kind: Kind;
  child: ServerChild;
  poster: Poster;
  /** Where its traffic comes from (several workspaces in distributed mode). */
  teams: BenchTeam[];
  /** The Trata keys whose accounts its prospects land in ('' = the default account). */
  trataKeys: string[];
}

interface Load1Round {
  commands: number;
  cpuMs: number;
  wallMs: number;
  latencies: number[];
  badAcks: number;
  opened: number;
  openFailures: Record<string, number>;
  /** CPU this process (load generator and stand-ins) used meanwhile, ms. */
  benchCpuMs: number;
}

type Load2Round = Awaited<ReturnType<typeof load2>>;

const slack: SlackStandin = await startSlackStandin({ botToken: BOT_TOKEN, triggerTtlMs: 10_000 });
const trata: TrataStandin = await startTrataStandin({ apiKey: TRATA_KEY });
/** Every Trata call waits, from the first (the app's start-up key check) to the last. */
const resetTrata = () => {
  trata.reset();
  if (TRATA_LATENCY_MS > 0) trata.inject('*', { delayMs: TRATA_LATENCY_MS }, Number.POSITIVE_INFINITY);
};
resetTrata();
const children: ServerChild[] = [];
const databases: BenchDatabase[] = [];
mkdirSync(join(ROOT, 'dist'), { recursive: true });
// The bundle and the SQLite files live here: inside the checkout, so native addons load from its node_modules.
const WORK_DIR = mkdtempSync(join(ROOT, 'dist', 'bench-'));
let failed = false;

try {
  const bundle = await build();
  const baseEnv = {
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_APP_TOKEN: '', // set (empty) so a .env cannot switch the app to Socket Mode
    SLACK_API_URL: slack.apiUrl,
    TRATA_API_URL: trata.url,
    LOG_LEVEL: 'info', // the default: the bench measures what runs
    NODE_ENV: 'production',
  };
  const singleEnv = { ...baseEnv, SLACK_BOT_TOKEN: BOT_TOKEN, TRATA_API_TOKEN: TRATA_KEY };
  console.log(
    `BENCH ${new Date().toISOString()} | root ${ROOT} at ${commitOf(ROOT)} | app node ${NODE_ARGS.join(' ')} ${bundle.replace(`${ROOT}/`, '')}` +
      ` | store ${DATABASE} | Trata latency ${TRATA_LATENCY_MS} ms on every call | load ${loadAverage()}`,
  );

  // The app, single-workspace: its first start migrates a fresh store; the one measured restarts on it.
  const appDb = await newDatabase('app');
  const appArgs = (name: string) => [...NODE_ARGS, ...profileArgs(name), bundle];
  const first = await startServer({
    name: 'app (first start)',
    args: [...NODE_ARGS, bundle],
    env: { ...singleEnv, DATABASE_URL: appDb.url },
    port: await freePort(),
    cwd: ROOT,
  });
  children.push(first);
  const freshMs = first.startupMs;
  await first.stop();
  const targets: Target[] = [];
  // An older checkout may have no store: then DATABASE_URL is simply not read.
  const appName = existsSync(join(ROOT, 'src/store')) ? `app[${DATABASE}]` : 'app[no store]';
  const app = await startTarget(appName, 'app', appArgs(appName), { ...singleEnv, DATABASE_URL: appDb.url });
  targets.push(app);
  let startLine =
    `START ${appName} ${fmt(freshMs, 0)} ms on a fresh store (migrating), ${fmt(app.child.startupMs, 0)} ms on the existing one` +
    ` (spawn → /healthz 200; target < 1 s)`;

  let dist: Target | undefined;
  if (opts.distributed) {
    const distDb = await newDatabase('app-dist');
    const teams = await seedWorkspaces({ slack, trata, databaseUrl: distDb.url, count: WORKSPACES });
    const distName = `app-dist[${DATABASE}]`;
    dist = await startTarget(
      distName,
      'app',
      appArgs(distName),
      {
        ...baseEnv,
        SLACK_CLIENT_ID: DIST.clientId,
        SLACK_CLIENT_SECRET: DIST.clientSecret,
        SLACK_STATE_SECRET: DIST.stateSecret,
        ENCRYPTION_KEY: DIST.encryptionKey,
        DATABASE_URL: distDb.url,
      },
      teams,
    );
    targets.push(dist);
    startLine += ` | ${distName} ${fmt(dist.child.startupMs, 0)} ms (${WORKSPACES} workspaces installed)`;
  }
  const floor = await startTarget(
    'floor',
    'floor',
    ['--import', 'tsx', join(BENCH_ROOT, 'scripts/bench/floor.ts')],
    singleEnv,
  );
  targets.push(floor);
  const load2Targets = [...targets];
  if (LOADS.has('2') && opts.reference) {
    const bare = await startTarget(
      'bare-bolt',
      'bare-bolt',
      ['--import', 'tsx', join(BENCH_ROOT, 'scripts/bench/bare-bolt.ts')],
      singleEnv,
    );
    load2Targets.push(bare);
  }
  console.log(`${startLine} | floor ${fmt(floor.child.startupMs, 0)} ms (under tsx)`);

  for (const target of load2Targets) await load1Round(target, WARMUP); // JIT and connection warm-up
  const memoryLines: string[] = [];

  // ---------------------------------------------------------------- Load 1
  const l1: Record<string, ReturnType<typeof aggregate>> = {};
  if (LOADS.has('1')) {
    const meters = startMeters(targets);
    const rounds: Record<string, Load1Round[]> = {};
    for (let r = 1; r <= ROUNDS; r++) {
      for (const target of targets) {
        const round = await load1Round(target);
        rounds[target.name] = [...(rounds[target.name] ?? []), round];
        console.log(
          `  load 1 round ${r} ${target.name.padEnd(18)} cpu ${fmt(round.cpuMs, 0)} ms = ${fmt(round.cpuMs / round.commands)} ms/cmd` +
            ` | ${fmt(round.commands / (round.wallMs / 1000), 0)} rps | p50 ${fmt(percentile(round.latencies, 50))} ms` +
            ` p99 ${fmt(percentile(round.latencies, 99))} ms | modals ${round.opened}/${round.commands}` +
            `${describeFailures(round)} | bench process cpu ${fmt(round.benchCpuMs / round.commands)} ms/cmd | load ${loadAverage()}`,
        );
      }
    }
    memoryLines.push(`load 1: ${stopMeters(meters)}`);
    for (const target of targets) l1[target.name] = aggregate(rounds[target.name] ?? []);
    const f = l1.floor;
    for (const target of targets) {
      const a = l1[target.name];
      if (!a || !f) continue;
      if (a.opened < a.commands || a.badAcks > 0) failed = true;
      if (target === floor) continue;
      console.log(
        `LOAD1 ${target.name} cpu/cmd ${fmt(a.cpuPerCmd)} ms floor ${fmt(f.cpuPerCmd)} ms ratio ${fmt(a.cpuPerCmd / f.cpuPerCmd)}x (target ≤ 1.5x)` +
          ` | rps ${fmt(a.rps, 0)} floor ${fmt(f.rps, 0)}` +
          ` | p50 ${fmt(a.p50)} ms floor ${fmt(f.p50)} ms | p99 ${fmt(a.p99)} ms floor ${fmt(f.p99)} ms` +
          ` | modals ${a.opened}/${a.commands} floor ${f.opened}/${f.commands}` +
          `${a.badAcks + f.badAcks > 0 ? ` | non-200 acks ${a.badAcks} floor ${f.badAcks}` : ''}`,
      );
    }
  }

  // ---------------------------------------------------------------- Load 2
  const l2: Record<string, Load2Round[]> = {};
  if (LOADS.has('2')) {
    const meters = startMeters(load2Targets);
    for (let r = 1; r <= ROUNDS; r++) {
      for (const target of load2Targets) {
        const round = await load2(target);
        l2[target.name] = [...(l2[target.name] ?? []), round];
        if (round.createdOnce < SUBMISSIONS || round.cards < SUBMISSIONS || round.duplicates > 0) {
          if (target.kind !== 'bare-bolt') failed = true;
          console.log(
            `  --- ${target.name} did not finish; its last output:\n${target.child.tail().split('\n').slice(-8).join('\n')}`,
          );
        }
        console.log(
          `  load 2 round ${r} ${target.name.padEnd(18)} ${round.createdOnce}/${SUBMISSIONS} created once${round.duplicates ? ` (${round.duplicates} DUPLICATED)` : ''}` +
            ` (${round.trataPosts} POSTs, ${round.trataGets} GETs to Trata), ${round.cards} cards in ${round.timedOut ? '> ' : ''}${fmt(round.doneMs, 0)} ms` +
            ` | acks p50 ${fmt(round.p50, 0)} ms p99 ${fmt(round.p99, 0)} ms, ${round.lateAcks} later than 3 s, ${round.badAcks} non-200,` +
            ` ${round.updatedAcks} update the modal (${round.createdAcks} with the created view)` +
            ` | creates reached Trata +${fmt(round.firstPostMs, 0)}…+${fmt(round.lastPostMs, 0)} ms` +
            ` | cpu ${fmt(round.cpuMs, 0)} ms = ${fmt(round.cpuMs / SUBMISSIONS)} ms/submission (bench process ${fmt(round.benchCpuMs, 0)} ms) | load ${loadAverage()}`,
        );
      }
    }
    memoryLines.push(`load 2: ${stopMeters(meters)}`);
    const agg = (name: string) => {
      const list = l2[name] ?? [];
      return {
        doneMs: sum(list.map((x) => x.doneMs)) / list.length,
        times: list.map((x) => fmt(x.doneMs / 1000, 2)).join('/'),
        cpuPerSub: sum(list.map((x) => x.cpuMs)) / (list.length * SUBMISSIONS),
        late: sum(list.map((x) => x.lateAcks)),
        p99: Math.max(...list.map((x) => x.p99)),
        ok: list.every((x) => x.createdOnce === SUBMISSIONS && x.cards === SUBMISSIONS && x.duplicates === 0),
        timedOut: list.some((x) => x.timedOut),
      };
    };
    const f = agg('floor');
    const bare = load2Targets.find((t) => t.kind === 'bare-bolt');
    const b = bare ? agg(bare.name) : undefined;
    for (const target of load2Targets) {
      if (target === floor) continue;
      const a = agg(target.name);
      const vsBare =
        b && target !== bare
          ? ` | vs bare-bolt: time ${fmt(a.doneMs / b.doneMs)}x cpu ${fmt(a.cpuPerSub / b.cpuPerSub)}x`
          : '';
      console.log(
        `LOAD2 ${target.name} ${SUBMISSIONS} submissions ${a.ok ? 'each created once and carded' : 'NOT ALL created once and carded'}` +
          ` in ${a.timedOut ? '> ' : ''}${a.times} s, floor ${f.times} s: time ratio ${fmt(a.doneMs / f.doneMs)}x (target ≤ 1.2x)` +
          ` | cpu/submission ${fmt(a.cpuPerSub)} ms floor ${fmt(f.cpuPerSub)} ms ratio ${fmt(a.cpuPerSub / f.cpuPerSub)}x (target ≤ 1.5x)` +
          ` | acks later than 3 s: ${a.late} (target 0), worst p99 ${fmt(a.p99, 0)} ms${vsBare}`,
      );
    }
  }

  // ---------------------------------------------------------------- memory, distributed
  console.log(
    `MEMORY peak RSS per server per load = VmHWM of that server process alone (not its parent npm/tsx, not this process),` +
      ` reset at the load's start through /proc/<pid>/clear_refs, read at its end (target ≤ 150 MiB for the app)\n` +
      memoryLines.map((line) => `  ${line}`).join('\n'),
  );
  if (dist) {
    const parts: string[] = [];
    const s1 = l1[app.name];
    const d1 = l1[dist.name];
    if (s1 && d1)
      parts.push(
        `load 1 cpu/cmd ${fmt(d1.cpuPerCmd)} ms vs single ${fmt(s1.cpuPerCmd)} ms: ${fmt((d1.cpuPerCmd / s1.cpuPerCmd - 1) * 100, 0)}%`,
      );
    const s2 = l2[app.name];
    const d2 = l2[dist.name];
    if (s2 && d2) {
      const cpu = (list: Load2Round[]) => sum(list.map((x) => x.cpuMs)) / (list.length * SUBMISSIONS);
      parts.push(
        `load 2 cpu/submission ${fmt(cpu(d2))} ms vs single ${fmt(cpu(s2))} ms: ${fmt((cpu(d2) / cpu(s2) - 1) * 100, 0)}%`,
      );
    }
    console.log(`DISTRIBUTED ${WORKSPACES} workspaces, ${parts.join(' | ')} (target within 10%)`);
  }
} catch (error) {
  failed = true;
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  for (const child of children)
    console.error(`--- last output of ${child.name}:\n${child.tail() || '(none)'}`);
} finally {
  if (process.env.BENCH_TAIL) for (const child of children) console.log(`--- ${child.name}\n${child.tail()}`);
  await Promise.all(children.map((child) => child.stop()));
  await slack.close();
  await trata.close();
  for (const database of databases) await database.drop().catch((e) => console.error(`could not drop: ${e}`));
  rmSync(WORK_DIR, { recursive: true, force: true });
}

if (typeof opts.profile === 'string') {
  const base = resolve(opts.profile);
  for (const dir of existsSync(base) ? readdirSync(base).map((d) => join(base, d)) : []) {
    if (!statSync(dir).isDirectory()) continue;
    const main = readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => join(dir, name))
      .sort((x, y) => statSync(y).size - statSync(x).size)[0]; // the main thread's (tsx adds a loader thread's)
    if (!main) continue;
    const summary = summarizeProfile(main, 30);
    console.log(`PROFILE ${main}\n${formatSummary(summary)}`);
    const submissions = LOADS.has('2') ? ROUNDS * SUBMISSIONS : 0;
    const store = summary.inclusive.find((g) => g.name.startsWith('store'));
    const journal = summary.inclusive.find((g) => g.name.startsWith('journal'));
    if (submissions > 0 && store)
      console.log(
        `STORE CPU over the process's life / ${submissions} submissions: store ${fmt(store.ms / submissions)} ms, journal file ${fmt((journal?.ms ?? 0) / submissions)} ms per submission` +
          ' (an upper bound: warm-up and Load 1 count too; unbundled runs only — in the bundle every frame is dist/app.mjs)',
      );
  }
}
process.exit(failed ? 1 : 0);

// ------------------------------------------------------------------ steps

function commitOf(dir: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%h'], { cwd: dir, encoding: 'utf8' }).trim();
  } catch {
    return '?';
  }
}

/** The 1, 5 and 15-minute load averages (`uptime`): other work on the machine shifts every figure. */
function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

function profileArgs(name: string): string[] {
  if (typeof opts.profile !== 'string') return [];
  const dir = join(resolve(opts.profile), name.replace(/[^\w.-]+/g, '_'));
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`];
}

async function newDatabase(name: string): Promise<BenchDatabase> {
  const database = await createBenchDatabase(DATABASE, WORK_DIR, name);
  databases.push(database);
  return database;
}

/** The bundle npm start runs, built fresh from ROOT's sources (or the entry --app names). */
async function build(): Promise<string> {
  if (typeof opts.app === 'string') return resolve(ROOT, opts.app);
  if (opts['skip-build']) return resolve(ROOT, 'dist/app.mjs');
  const out = join(WORK_DIR, 'app.mjs');
  const started = performance.now();
  try {
    await promisify(execFile)(process.execPath, ['scripts/bundle.mjs', out], { cwd: ROOT, timeout: 180_000 });
  } catch (error) {
    const output = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`building ${out} failed:\n${output.slice(0, 3000)}`);
  }
  console.log(`BUILD ${fmt((performance.now() - started) / 1000, 1)} s → ${out.replace(`${ROOT}/`, '')}`);
  return out;
}

async function startTarget(
  name: string,
  kind: Kind,
  args: string[],
  env: Record<string, string>,
  teams: BenchTeam[] = [DEFAULT_TEAM],
): Promise<Target> {
  const child = await startServer({
    name,
    args,
    env,
    port: await freePort(),
    cwd: kind === 'app' ? ROOT : BENCH_ROOT,
  });
  children.push(child);
  const poster = createPoster(`${child.url}/slack/events`, {
    signingSecret: SIGNING_SECRET,
    maxSockets: CONCURRENCY,
  });
  return { name, kind, child, poster, teams, trataKeys: teams.map((t) => t.trataKey) };
}

function startMeters(list: Target[]): Map<Target, PeakMeter> {
  return new Map(list.map((t) => [t, measurePeak(t.child.pid)]));
}

function stopMeters(meters: Map<Target, PeakMeter>): string {
  return [...meters]
    .map(([target, meter]) => {
      const { peakKiB, how } = meter.stop();
      return `${target.name} ${fmt(mib(peakKiB), 0)} MiB${how === 'VmHWM' ? '' : ` (${how})`}`;
    })
    .join(', ');
}

/** `count` `/prospect` commands at CONCURRENCY, each with a fresh trigger_id and response_url, spread over the target's workspaces. */
function commandBurst(target: Target, count: number): Promise<Answer[]> {
  return runPool(count, CONCURRENCY, (i) => {
    const team = target.teams[i % target.teams.length] ?? DEFAULT_TEAM;
    return target.poster.post(
      commandBody({
        team_id: team.teamId,
        team_domain: team.domain,
        channel_id: team.channelId,
        user_id: team.userId,
        trigger_id: slack.issueTrigger({ userId: team.userId, teamId: team.teamId }),
        response_url: slack.createResponseUrl(team.channelId, team.userId),
      }),
    );
  });
}

/** views.open calls the stand-in has answered since its last reset. */
function answeredOpens() {
  return slack.calls.filter((c) => c.method === 'views.open' && c.response !== undefined);
}

async function load1Round(target: Target, commands = COMMANDS): Promise<Load1Round> {
  slack.reset(); // fresh records (and cheap lookups) for this round
  const { pid } = target.child;
  const cpuBefore = cpuTimeMs(pid);
  const benchBefore = process.cpuUsage();
  const started = performance.now();
  const answers = await commandBurst(target, commands);
  const wallMs = performance.now() - started;
  // The work after ack() (views.open) belongs to the command: wait for it before reading the CPU.
  await until(() => answeredOpens().length >= commands, 15_000, 'views.open calls', 10).catch(
    () => undefined,
  );
  const cpuMs = cpuTimeMs(pid) - cpuBefore;
  const bench = process.cpuUsage(benchBefore);
  const openFailures: Record<string, number> = {};
  let opened = 0;
  for (const call of answeredOpens()) {
    const response = call.response as { ok?: boolean; error?: string };
    const code = response.error ?? `HTTP ${call.status}`;
    if (response.ok) opened++;
    else openFailures[code] = (openFailures[code] ?? 0) + 1;
  }
  return {
    commands,
    cpuMs,
    wallMs,
    latencies: answers.map((x) => x.ms),
    badAcks: answers.filter((x) => x.status !== 200).length,
    opened,
    openFailures,
    benchCpuMs: (bench.user + bench.system) / 1000,
  };
}

function describeFailures(round: Load1Round): string {
  const entries = Object.entries(round.openFailures);
  const bad = round.badAcks > 0 ? ` | ${round.badAcks} non-200 acks` : '';
  return entries.length === 0 ? bad : ` (failed: ${entries.map(([k, v]) => `${k} ×${v}`).join(', ')})${bad}`;
}

function aggregate(list: Load1Round[]) {
  const latencies = list.flatMap((r) => r.latencies);
  const commands = sum(list.map((r) => r.commands));
  return {
    commands,
    cpuPerCmd: sum(list.map((r) => r.cpuMs)) / commands,
    rps: commands / (sum(list.map((r) => r.wallMs)) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    opened: sum(list.map((r) => r.opened)),
    badAcks: sum(list.map((r) => r.badAcks)),
  };
}

function prospectsOf(target: Target) {
  return target.trataKeys.map((key) =>
    key === '' ? trata.prospects : (trata.account(key)?.prospects ?? new Map()),
  );
}

async function load2(target: Target) {
  // Open the modals through the server, the way people would, then build what Slack sends on Submit.
  slack.reset();
  resetTrata();
  await commandBurst(target, SUBMISSIONS);
  await until(() => slack.views.size >= SUBMISSIONS, 15_000, `${SUBMISSIONS} modals to submit`, 10);
  const teamOf = new Map(target.teams.map((t) => [t.teamId, t]));
  const bodies = [...slack.views.values()].slice(0, SUBMISSIONS).map((stored, i) => {
    const team = teamOf.get(stored.teamId) ?? DEFAULT_TEAM;
    return interactionBody(
      viewSubmissionPayload({
        view: stored.view,
        values: formValues(stored.view, { name: `Lead ${i}`, email: `lead${i}@bench.test` }),
        team: { id: team.teamId, domain: team.domain },
        user: { id: team.userId, name: team.userId.toLowerCase(), teamId: team.teamId },
      }),
    );
  });
  const burst = createPoster(`${target.child.url}/slack/events`, {
    signingSecret: SIGNING_SECRET,
    maxSockets: Number.POSITIVE_INFINITY,
  });
  const cards = () => slack.messages.filter((m) => m.via === 'chat.postMessage').length;
  const accounts = prospectsOf(target);
  const created = () => sum(accounts.map((m) => m.size));

  const { pid } = target.child;
  const cpuBefore = cpuTimeMs(pid);
  const benchBefore = process.cpuUsage();
  const startedAt = Date.now();
  const started = performance.now();
  const acks = Promise.all(bodies.map((body) => burst.post(body)));
  const timedOut = await until(
    () => created() >= SUBMISSIONS && cards() >= SUBMISSIONS,
    30_000,
    'prospects and cards',
    2,
  ).then(
    () => false,
    () => true,
  );
  const doneMs = performance.now() - started;
  const answers = await acks;
  const cpuMs = cpuTimeMs(pid) - cpuBefore;
  const bench = process.cpuUsage(benchBefore);
  // When the creates reached Trata: how long the server took to get through the inbound burst.
  const arrivals = trata.requests.filter((r) => r.method === 'POST').map((r) => r.at - startedAt);
  burst.close();

  const perEmail = new Map<string, number>();
  for (const prospects of accounts)
    for (const p of prospects.values()) {
      const email = (p as { email?: string }).email;
      if (email) perEmail.set(email, (perEmail.get(email) ?? 0) + 1);
    }
  let createdOnce = 0;
  for (let i = 0; i < SUBMISSIONS; i++) if (perEmail.get(`lead${i}@bench.test`) === 1) createdOnce++;
  const latencies = answers.map((x) => x.ms);
  return {
    doneMs,
    timedOut,
    createdOnce,
    duplicates: [...perEmail.values()].filter((n) => n > 1).length,
    trataPosts: trata.requests.filter((r) => r.method === 'POST').length,
    trataGets: trata.requests.filter((r) => r.method === 'GET').length,
    cards: cards(),
    updatedAcks: answers.filter((x) => x.status === 200 && x.body.includes('"response_action":"update"'))
      .length,
    createdAcks: answers.filter((x) => x.status === 200 && x.body.includes('is now a Trata prospect')).length,
    badAcks: answers.filter((x) => x.status !== 200).length,
    lateAcks: latencies.filter((ms) => ms > 3000).length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    cpuMs,
    benchCpuMs: (bench.user + bench.system) / 1000,
    firstPostMs: arrivals.length ? Math.min(...arrivals) : Number.NaN,
    lastPostMs: arrivals.length ? Math.max(...arrivals) : Number.NaN,
  };
}
