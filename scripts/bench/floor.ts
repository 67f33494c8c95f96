/**
 * The floor: the least work that does the app's job for `/prospect`, to measure the app against.
 * A bare node:http server that verifies Slack's v0 signature (HMAC-SHA256, timing-safe compare,
 * 5-minute window), acks with 200 and an empty body, then opens the same modal the app would with
 * `views.open` (form-encoded trigger_id + view JSON, Bearer token, keep-alive agent).
 *
 * Run as its own process (so /proc measures it alone):
 *   SLACK_SIGNING_SECRET=… SLACK_BOT_TOKEN=… SLACK_API_URL=http://127.0.0.1:N/api/ PORT=… \
 *     node --import tsx scripts/bench/floor.ts
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Agent, createServer, type IncomingHttpHeaders, request } from 'node:http';
import { emptyDraft } from '../../src/domain/draft.js';
import { buildProspectModal } from '../../src/slack/blocks/modal.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`floor: ${name} is not set`);
  return value;
};
const signingSecret = env('SLACK_SIGNING_SECRET');
const botToken = env('SLACK_BOT_TOKEN');
const viewsOpen = new URL('views.open', env('SLACK_API_URL'));
const port = Number(process.env.PORT ?? 0);
const BODY_LIMIT = 256 * 1024;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let failures = 0;

function signatureOk(headers: IncomingHttpHeaders, raw: Buffer): boolean {
  const timestamp = headers['x-slack-request-timestamp'];
  const signature = headers['x-slack-signature'];
  if (typeof timestamp !== 'string' || typeof signature !== 'string') return false;
  if (!(Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300)) return false;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function openModal(form: URLSearchParams, triggerId: string): void {
  const view = buildProspectModal(emptyDraft(), {
    source: 'command',
    teamId: form.get('team_id') ?? '',
    channelId: form.get('channel_id') ?? undefined,
    userId: form.get('user_id') ?? '',
    responseUrl: form.get('response_url') ?? undefined,
    submissionKey: randomBytes(12).toString('base64url'),
  });
  const body = new URLSearchParams({ trigger_id: triggerId, view: JSON.stringify(view) }).toString();
  const req = request(
    viewsOpen,
    {
      method: 'POST',
      agent,
      headers: {
        authorization: `Bearer ${botToken}`,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': Buffer.byteLength(body),
      },
    },
    (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        if (res.statusCode !== 200 || !text.startsWith('{"ok":true'))
          fail(`${res.statusCode} ${text.slice(0, 120)}`);
      });
    },
  );
  req.on('error', (error) => fail(error.message));
  req.end(body);
}

function fail(reason: string): void {
  if (++failures <= 5) process.stderr.write(`floor: views.open failed: ${reason}\n`);
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200).end('ok');
    return;
  }
  if (req.method !== 'POST' || req.url !== '/slack/events') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > BODY_LIMIT) {
      res.writeHead(413).end();
      req.destroy();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    const raw = Buffer.concat(chunks);
    if (!signatureOk(req.headers, raw)) {
      res.writeHead(401).end();
      return;
    }
    res.writeHead(200, { 'content-length': '0' }).end();
    const form = new URLSearchParams(raw.toString('utf8'));
    const triggerId = form.get('trigger_id');
    if (form.get('command') && triggerId) openModal(form, triggerId);
  });
});

server.listen(port, '127.0.0.1');
const stop = () => {
  server.close();
  agent.destroy();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
