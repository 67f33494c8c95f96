/**
 * Server child processes for the bench: spawned with their own pid (so /proc measures them alone),
 * their output drained into a short tail for error reports, and always killed when the bench exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';

export interface ServerChild {
  name: string;
  pid: number;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** From spawn() to the first 200 from GET /healthz, ms. */
  startupMs: number;
  /** The last lines the process wrote (stdout and stderr). */
  tail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

const live = new Set<ChildProcess>();

/** Kills every child still running (synchronous: safe in an 'exit' handler). */
export function killAll(): void {
  for (const child of live) child.kill('SIGKILL');
  live.clear();
}
process.on('exit', killAll);

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(options: {
  name: string;
  args: string[];
  env: Record<string, string>;
  port: number;
  cwd: string;
  timeoutMs?: number;
}): Promise<ServerChild> {
  const { name, port } = options;
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', ...options.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      live.delete(child);
      resolve();
    }),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const tail = () => lines.join('\n');

  const deadline = spawnedAt + (options.timeoutMs ?? 15_000);
  for (;;) {
    if (gone) throw new Error(`${name} exited before answering /healthz:\n${tail()}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not answer /healthz in time:\n${tail()}`);
    }
    if ((await healthStatus(`${url}/healthz`)) === 200) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  const startupMs = performance.now() - spawnedAt;
  if (child.pid === undefined) throw new Error(`${name} has no pid`);

  return {
    name,
    pid: child.pid,
    url,
    startupMs,
    tail,
    async stop(graceMs = 5000) {
      if (gone) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function healthStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(1000, () => req.destroy());
    req.on('error', () => resolve(0));
  });
}
