/**
 * Playing Slack at volume: signed, form-encoded requests over keep-alive connections (node:http,
 * cheaper than fetch so the load generator stays out of the way), and a bounded worker pool.
 */

import { Agent, request } from 'node:http';
import { computeSlackSignature } from '../../test/support/signing.js';
import { slashCommandFields } from '../../test/support/slack-client.js';

export interface Answer {
  status: number;
  body: string;
  /** From starting the request to the whole answer read, ms. */
  ms: number;
}

export interface Poster {
  /** POSTs a form body signed with the signing secret (signed now, so the 5-minute window holds). */
  post(body: string): Promise<Answer>;
  close(): void;
}

/** A client for one `http://127.0.0.1:PORT/path` endpoint. */
export function createPoster(url: string, options: { signingSecret: string; maxSockets: number }): Poster {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`the bench only sends to 127.0.0.1, not ${url}`);
  const agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets });
  return {
    post(body) {
      const timestamp = Math.floor(Date.now() / 1000);
      const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(body)),
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': computeSlackSignature(options.signingSecret, body, timestamp),
      };
      const started = performance.now();
      return new Promise<Answer>((resolve, reject) => {
        const req = request(
          { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers, agent },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8'),
                ms: performance.now() - started,
              }),
            );
            res.on('error', reject);
          },
        );
        req.setTimeout(30_000, () => req.destroy(new Error(`no answer from ${url} within 30 s`)));
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/** The form body of a `/prospect` slash command, as Slack sends it. */
export function commandBody(
  fields: { trigger_id: string; response_url: string; text?: string } & Record<string, string>,
): string {
  return new URLSearchParams(slashCommandFields(fields)).toString();
}

/** An interaction (`payload=<json>`) body. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Runs `task(0..count-1)` with at most `concurrency` in flight; results in index order. */
export async function runPool<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** Resolves once `done()` is true (checked every `everyMs`); rejects after `timeoutMs`. */
export async function until(
  done: () => boolean,
  timeoutMs: number,
  what: string,
  everyMs = 5,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
