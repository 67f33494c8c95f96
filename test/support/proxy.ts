import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP proxy for tests. In front of several app instances it is a round-robin load balancer
 * with no stickiness (a target that refuses the connection is skipped, as a load balancer's health
 * check would). In front of a stand-in it can hold requests matching a rule — never forwarded until
 * released, dropped when the client goes away — so a test can stop the app at an exact step.
 */
export interface TestProxy {
  url: string;
  targets: string[];
  /** Requests seen (method and path), in order. */
  seen: { method: string; path: string; body: string }[];
  /** Holds requests whose `${method} ${path} ${body}` matches; `held` counts those waiting. */
  hold(match: RegExp): void;
  readonly held: number;
  /** Forwards everything held, and stops holding. */
  release(): void;
  close(): Promise<void>;
}

export async function startProxy(targets: string[]): Promise<TestProxy> {
  let next = 0;
  let rule: RegExp | undefined;
  const waiting = new Set<() => void>();
  const seen: TestProxy['seen'] = [];

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer, tries: number) => {
    const target = new URL(targets[next++ % targets.length] as string);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: `${target.pathname.replace(/\/$/, '')}${req.url}`,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      // A dead instance: the next one gets the request, as a load balancer would retry it.
      if (tries < targets.length) forward(req, res, body, tries + 1);
      else if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    upstream.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const line = `${req.method} ${req.url} ${body.toString()}`;
      seen.push({ method: req.method ?? '', path: req.url ?? '', body: body.toString() });
      if (rule?.test(line)) {
        const go = () => {
          waiting.delete(go);
          forward(req, res, body, 1);
        };
        waiting.add(go);
        // The app died while its request was held: it was never sent on.
        res.on('close', () => waiting.delete(go));
        return;
      }
      forward(req, res, body, 1);
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    seen,
    hold(match) {
      rule = match;
    },
    get held() {
      return waiting.size;
    },
    release() {
      rule = undefined;
      for (const go of [...waiting]) go();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
