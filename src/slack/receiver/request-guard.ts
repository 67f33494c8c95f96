import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { UnansweredRequests } from '../../runtime/unanswered.js';

/**
 * A guard in front of Bolt's HTTP receiver. It reads the body once (Bolt reuses it as `rawBody`),
 * refuses bodies over the limit with 413, and refuses bodies whose payload is not a JSON object with
 * 400: Bolt 5 throws outside its error handling on e.g. `payload=null`, leaving the request hanging
 * and an unhandled rejection behind. It also refuses with 401, before reading anything, requests whose
 * X-Slack-Request-Timestamp is more than 5 minutes away in either direction: Bolt refuses old ones
 * but accepts any future one, so a captured request signed ahead of time could be replayed for as
 * long as its timestamp says. The signature itself is checked by Bolt.
 */
export function guardSlackRequests(
  listener: RequestListener,
  options: {
    path: string;
    bodyLimit: number;
    logger: Logger;
    unanswered?: UnansweredRequests;
    /** For tests: the clock the timestamp is held against. */
    now?: () => number;
  },
): RequestListener {
  const now = options.now ?? Date.now;
  return (req, res) => {
    (req as ReceivedRequest).receivedAt = Date.now();
    if (req.method !== 'POST' || !req.url?.startsWith(options.path)) {
      listener(req, res);
      return;
    }
    const timestamp = req.headers['x-slack-request-timestamp'];
    if (!isFreshTimestamp(timestamp, now())) {
      options.logger.warn(
        { timestamp },
        'refused a request whose timestamp is missing or over 5 minutes away',
      );
      respond(res, 401, true);
      return;
    }
    const unanswered = options.unanswered;
    if (unanswered) {
      unanswered.arrived();
      res.once('close', () => unanswered.answered());
    }
    readBody(req, options.bodyLimit).then(
      (raw) => {
        if (!looksLikeSlackPayload(raw.toString('utf8'), req.headers['content-type'])) {
          options.logger.warn({ bytes: raw.length }, 'refused a request whose payload is not a JSON object');
          respond(res, 400);
          return;
        }
        (req as IncomingMessage & { rawBody: Buffer }).rawBody = raw;
        listener(req, res);
      },
      (error: Error & { status?: number }) => {
        if (error.status === 413) {
          options.logger.warn({ limit: options.bodyLimit }, 'refused a request body over the size limit');
          respond(res, 413, true);
        } else {
          respond(res, 400);
        }
      },
    );
  };
}

/** Slack's replay window: a signed request is good for 5 minutes either side of its timestamp. */
export const MAX_CLOCK_SKEW_SEC = 5 * 60;

/** A timestamp header (whole seconds) within MAX_CLOCK_SKEW_SEC of `nowMs`, in either direction. */
export function isFreshTimestamp(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(nowMs / 1000 - Number(header)) <= MAX_CLOCK_SKEW_SEC;
}

/** A request stamped with when it arrived, so deadlines count the time it spent queued. */
export type ReceivedRequest = IncomingMessage & { receivedAt?: number };

/** Bolt's customPropertiesExtractor: puts the arrival time into every listener's context. */
export function arrivalTime(req: IncomingMessage): { receivedAt: number } {
  return { receivedAt: (req as ReceivedRequest).receivedAt ?? Date.now() };
}

/** Form bodies are fine when they carry no `payload` or a JSON object in it; JSON bodies must be an object. */
export function looksLikeSlackPayload(body: string, contentType: string | undefined): boolean {
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const field = /(?:^|&)payload=/.exec(body);
    if (!field) return true;
    return firstEncodedChar(body, field.index + field[0].length) === '{';
  }
  return body.trimStart().startsWith('{');
}

/**
 * The first non-blank character of a form-encoded value starting at `from`, decoding only as far as
 * that character (payloads run to tens of KB; Bolt decodes them in full afterwards).
 */
function firstEncodedChar(body: string, from: number): string | undefined {
  for (let i = from; i < body.length; i++) {
    const c = body[i];
    if (c === '&') return undefined;
    if (c === '+' || c === ' ') continue;
    if (c !== '%') return c;
    const hex = body.slice(i + 1, i + 3);
    if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined;
    const decoded = String.fromCharCode(Number.parseInt(hex, 16));
    if (!/\s/.test(decoded)) return decoded;
    i += 2;
  }
  return undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(Object.assign(new Error('body too large'), { status: 413 }));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function respond(res: ServerResponse, status: number, close = false): void {
  if (res.headersSent) return;
  res.writeHead(status, close ? { connection: 'close' } : {});
  res.end();
}
