/**
 * The journal's cost per submission: the store calls one prospect-form submission makes on the
 * normal path (begin, then create sent, prospect created, outcome with the card's delivery, person
 * told and finished — src/prospects/durable-submit.ts and submit.ts), with JSON the size of a real
 * submission's, timed on SQLite and PostgreSQL.
 *
 *   npx tsx scripts/bench/journal.ts [--n 2000] [--concurrency 16] [--database sqlite,postgres]
 *
 * CPU is this process's (process.cpuUsage: the app's side, which for SQLite is all of it) and, on
 * PostgreSQL, the server backends' serving this database (from /proc, when the server runs on this
 * machine). Wall time is printed for scale, not as a target: it depends on the disk and the machine.
 * PostgreSQL uses TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test) to make a
 * throw-away database.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase, type StoreDatabase } from '../../src/store/database.js';
import { createJournal, type Journal } from '../../src/store/submissions.js';
import { clockTicksPerSecond } from './proc.js';
import { createBenchDatabase } from './store.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '16' },
    database: { type: 'string', default: 'sqlite,postgres' },
  },
});
const N = Number(values.n);
const CONCURRENCY = Number(values.concurrency);
const WARM_UP = Math.min(200, N);

/** What the form's submission journals: the draft, Trata's input, the origin, the modal. */
function request(i: number) {
  const name = `Bench Lead ${i}`;
  const email = `bench.lead.${i}@lead.io`;
  const notes = 'Met at the webinar; wants a quote for 40 seats, call after 3pm. '.repeat(3);
  return {
    draft: { name, email, phone: '+14155550134', status: 'NEW', notes },
    input: { name, email, phone: '+14155550134', status: 'NEW', notes, source: 'slack' },
    origin: {
      source: 'command',
      teamId: 'T0BENCH',
      channelId: 'C0PUBLIC',
      userId: 'U0ALICE',
      responseUrl: `https://hooks.slack.com/commands/T0BENCH/${i}/${randomUUID()}`,
      submissionKey: randomUUID(),
    },
    choice: undefined,
    viewId: `V0${i}`,
  };
}

const prospect = (i: number) => ({
  id: `pro.${i}.ABCDEFGH`,
  name: `Bench Lead ${i}`,
  email: `bench.lead.${i}@lead.io`,
  phone: '+14155550134',
  status: 'NEW',
  notes: 'Met at the webinar; wants a quote for 40 seats, call after 3pm.',
  created_at: new Date().toISOString(),
});

/** One submission's journal writes, in the order the app makes them. */
async function oneSubmission(journal: Journal, i: number): Promise<void> {
  const req = request(i);
  const { entry } = await journal.begin({
    kind: 'prospect_form',
    key: req.origin.submissionKey,
    ids: {
      installationKey: 'T0BENCH',
      teamId: 'T0BENCH',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    },
    userId: 'U0ALICE',
    request: req,
    steps: {},
  });
  let steps: Record<string, unknown> = { checked: { skipped: false }, createSent: true };
  await journal.record(entry, steps);
  steps = { ...steps, prospect: prospect(i) };
  await journal.record(entry, steps);
  const delivery = {
    where: 'channel',
    channelId: 'C0PUBLIC',
    ts: `1700000000.${String(i).padStart(6, '0')}`,
  };
  const outcome = { kind: 'created', prospect: prospect(i), delivery, existing: false, checkSkipped: false };
  steps = { ...steps, delivery, outcome };
  await journal.record(entry, steps);
  await journal.record(entry, { ...steps, told: 'view' }, { finish: true });
}

async function run(journal: Journal, from: number, count: number): Promise<void> {
  let next = from;
  const end = from + count;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < end) await oneSubmission(journal, next++);
    }),
  );
}

/** CPU seconds of PostgreSQL's backends serving `database` (undefined when not readable here). */
async function serverCpu(store: StoreDatabase, database: string): Promise<number | undefined> {
  const { rows } = await sql<{ pid: number }>`
    select pid from pg_stat_activity where datname = ${database}`.execute(store.db);
  let ticks = 0;
  try {
    for (const { pid } of rows) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return undefined;
  }
  return ticks / clockTicksPerSecond();
}

async function measure(kind: string, dir: string) {
  const bench = await createBenchDatabase(kind, dir, 'journal');
  const store = await openDatabase(bench.url);
  const database = kind === 'postgres' ? new URL(bench.url).pathname.slice(1) : '';
  try {
    const journal = createJournal(store.db, { dialect: store.kind, workerId: 'bench' });
    await run(journal, 0, WARM_UP);
    const server0 = kind === 'postgres' ? await serverCpu(store, database) : 0;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await run(journal, WARM_UP, N);
    const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    const server1 = kind === 'postgres' ? await serverCpu(store, database) : 0;
    const appUs = (cpu.user + cpu.system) / N;
    const serverUs =
      server0 !== undefined && server1 !== undefined ? ((server1 - server0) * 1e6) / N : undefined;
    return { kind, appUs, serverUs, wallMs };
  } finally {
    await store.close();
    await bench.drop();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bench-journal-'));
try {
  console.log(
    `${N} journaled submissions (5 store writes each), ${CONCURRENCY} at a time, after ${WARM_UP} to warm up`,
  );
  for (const kind of values.database.split(',')) {
    const r = await measure(kind.trim(), dir);
    const server =
      r.kind === 'postgres'
        ? r.serverUs === undefined
          ? ', server CPU not readable here'
          : `, PostgreSQL server ${(r.serverUs / 1000).toFixed(2)} ms (total ${((r.appUs + r.serverUs) / 1000).toFixed(2)} ms)`
        : '';
    console.log(
      `${r.kind.padEnd(8)} app CPU ${(r.appUs / 1000).toFixed(2)} ms per submission${server}; ` +
        `${(r.wallMs / N).toFixed(2)} ms wall per submission at ${CONCURRENCY} in flight (${Math.round((N / r.wallMs) * 1000)}/s)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
