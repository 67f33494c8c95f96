import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { FetchFunction } from '@slack/web-api';

type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/**
 * The app's HTTP transport to Slack: a `fetch` on node:http keep-alive agents, cheaper per call than
 * the global fetch (see the README's speed section). ./client.ts sends every Slack call through it.
 */

export interface Transport {
  fetch: FetchFunction;
  close(): void;
}

export function createTransport(options: { timeoutMs?: number } = {}): Transport {
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: 128 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: 128 }),
  };

  function once(url: URL, init: Parameters<FetchFunction>[1], timeoutMs: number): Promise<FetchResponse> {
    return new Promise((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const req = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init?.method ?? 'GET', headers: init?.headers, agent: secure ? agents.https : agents.http },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve(toResponse(url, res, Buffer.concat(chunks))));
          res.on('error', reject);
        },
      );
      req.setTimeout(timeoutMs, () =>
        req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })),
      );
      req.on('error', (error: Error & { reusedSocket?: boolean }) => {
        error.reusedSocket = req.reusedSocket;
        reject(error);
      });
      const signal = init?.signal;
      if (signal) {
        if (signal.aborted) req.destroy(signal.reason as Error);
        else signal.addEventListener('abort', () => req.destroy(signal.reason as Error), { once: true });
      }
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    });
  }

  const fetch: FetchFunction = async (input, init) => {
    // File uploads (FormData) are not used by this app; leave them to the platform's fetch.
    if (init?.body !== undefined && typeof init.body !== 'string')
      return globalThis.fetch(input, init as RequestInit);
    const url = typeof input === 'string' ? new URL(input) : input;
    const timeoutMs = options.timeoutMs ?? 10_000;
    try {
      return await once(url, init, timeoutMs);
    } catch (error) {
      // A kept-alive socket the server had just closed: the request never reached it, so send it once more.
      if (
        (error as { reusedSocket?: boolean; code?: string }).reusedSocket &&
        (error as { code?: string }).code === 'ECONNRESET'
      ) {
        return once(url, init, timeoutMs);
      }
      throw error;
    }
  };

  return {
    fetch,
    close() {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

function toResponse(url: URL, res: IncomingMessage, body: Buffer): FetchResponse {
  const status = res.statusCode ?? 0;
  const header = (name: string): string | null => {
    const value = res.headers[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusMessage ?? '',
    url: url.toString(),
    headers: {
      get: header,
      entries: () => Object.keys(res.headers).map((k) => [k, header(k) ?? ''] as [string, string]),
    },
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')) as unknown,
    arrayBuffer: async () =>
      body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
  };
}
