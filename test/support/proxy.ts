import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny HTTP proxy for tests. In front of several app instances it is a round-robin load balancer
 * with no stickiness, behaving as nginx's or an AWS ALB's defaults do when an instance dies:
 * - a target that refuses the connection never saw the request, so the request goes to the next
 *   target (each tried at most once), as nginx's `proxy_next_upstream error` does;
 * - a target that dies once the request was sent is not sent it again (a POST is not idempotent):
 *   the client gets a 502, or its connection reset when the answer had begun. Slack then shows the
 *   person an error, and they press the button again.
 * In front of a stand-in it can hold requests matching a rule — never forwarded until released,
 * dropped when the client goes away — so a test can stop the app at an exact step.
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

  const forward = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const first = next++ % targets.length;
    const attempt = (offset: number) => {
      const target = new URL(targets[(first + offset) % targets.length] as string);
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
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED' && offset + 1 < targets.length) attempt(offset + 1);
        else if (!res.headersSent) res.writeHead(502).end();
        // The instance died while answering: the client sees its connection cut.
        else res.destroy();
      });
      upstream.end(body);
    };
    attempt(0);
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
          forward(req, res, body);
        };
        waiting.add(go);
        // The app died while its request was held: it was never sent on.
        res.on('close', () => waiting.delete(go));
        return;
      }
      forward(req, res, body);
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
