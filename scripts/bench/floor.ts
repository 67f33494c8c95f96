/**
 * The floor: the least work that does the app's job, to measure the app against. A bare node:http
 * server that verifies Slack's v0 signature (HMAC-SHA256, timing-safe compare, 5-minute window), then
 * (every call JSON, Bearer token, keep-alive agent):
 *   - `/prospect`: acks with 200 and an empty body and opens the same modal the app would with
 *     `views.open`;
 *   - the form's submission: acks with the same "Creating…" view the app shows under a burst, looks
 *     the email up in Trata, creates the prospect, posts the same card with `chat.postMessage` and
 *     shows the same outcome with `views.update` — the exchanges the app makes, with no validation,
 *     retries, fallbacks or logging.
 *
 * Run as its own process (so /proc measures it alone):
 *   SLACK_SIGNING_SECRET=… SLACK_BOT_TOKEN=… SLACK_API_URL=http://127.0.0.1:N/api/ \
 *     TRATA_API_URL=http://127.0.0.1:M TRATA_API_TOKEN=… PORT=… node --import tsx scripts/bench/floor.ts
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Agent, createServer, type IncomingHttpHeaders, request, type ServerResponse } from 'node:http';
import { emptyDraft } from '../../src/domain/draft.js';
import { toProspectInput } from '../../src/prospects/to-trata.js';
import { ACTION, BLOCK } from '../../src/slack/ids.js';
import { decodeOrigin } from '../../src/slack/payloads/origin.js';
import { createPayloadSigner } from '../../src/slack/payloads/signer.js';
import { buildProspectCard } from '../../src/slack/ui/card.js';
import { buildProspectModal } from '../../src/slack/ui/modal.js';
import { buildCreatedView, buildWorkingView } from '../../src/slack/ui/outcome.js';
import type { Prospect } from '../../src/trata/schemas.js';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`floor: ${name} is not set`);
  return value;
};
const signingSecret = env('SLACK_SIGNING_SECRET');
const botToken = env('SLACK_BOT_TOKEN');
/** Like the app, the form's origin travels signed. */
const signer = createPayloadSigner(randomBytes(32));
const slackApi = env('SLACK_API_URL');
const viewsOpen = new URL('views.open', slackApi);
const trataApi = env('TRATA_API_URL').replace(/\/+$/, '');
const trataToken = env('TRATA_API_TOKEN');
const port = Number(process.env.PORT ?? 0);
const BODY_LIMIT = 256 * 1024;
// No cap on connections: with every Trata call taking --trata-latency, a cap would be a throughput ceiling.
const agent = new Agent({ keepAlive: true });
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
  const view = buildProspectModal(
    emptyDraft(),
    {
      source: 'command',
      teamId: form.get('team_id') ?? '',
      channelId: form.get('channel_id') ?? undefined,
      userId: form.get('user_id') ?? '',
      responseUrl: form.get('response_url') ?? undefined,
      submissionKey: randomBytes(12).toString('base64url'),
    },
    { signer },
  );
  call('POST', viewsOpen.href, botToken, { trigger_id: triggerId, view }).then(
    (answer) => {
      if ((answer as { ok?: boolean }).ok !== true)
        fail(`views.open failed: ${JSON.stringify(answer).slice(0, 120)}`);
    },
    (error: Error) => fail(`views.open failed: ${error.message}`),
  );
}

function fail(reason: string): void {
  if (++failures <= 5) process.stderr.write(`floor: ${reason}\n`);
}

/**
 * One JSON request on the keep-alive agent; resolves with the parsed answer. A request sent on a
 * reused socket that the server closed meanwhile (its keep-alive timeout) is sent again once on a
 * fresh one — Node's documented `reusedSocket` pattern; without it a burst that idles ~5 s loses calls.
 */
function call(method: string, url: string, token: string, json?: unknown, retried = false): Promise<unknown> {
  const body = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined
            ? {}
            : {
                'content-type': 'application/json; charset=utf-8',
                'content-length': Buffer.byteLength(body),
              }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          if ((res.statusCode ?? 0) >= 300) reject(new Error(`${method} ${url}: ${res.statusCode}`));
          else resolve(JSON.parse(text));
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      const stale = req.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');
      if (stale && !retried) call(method, url, token, json, true).then(resolve, reject);
      else reject(error);
    });
    req.end(body);
  });
}

type Submission = {
  view: {
    id: string;
    private_metadata: string;
    state: { values: Record<string, Record<string, { value?: string }>> };
  };
};

/** The submitted form: acked with "Creating…", then looked up, created, posted and shown. */
function submitForm(payload: Submission, res: ServerResponse): void {
  const values = payload.view.state.values;
  const name = values[BLOCK.name]?.[ACTION.name]?.value ?? undefined;
  const email = values[BLOCK.email]?.[ACTION.email]?.value ?? undefined;
  const origin = decodeOrigin(payload.view.private_metadata, signer);
  if (!origin?.channelId || !email) {
    fail('a submission without an origin or an email');
    res.writeHead(200, { 'content-length': '0' }).end();
    return;
  }
  const ack = JSON.stringify({ response_action: 'update', view: buildWorkingView(name ?? email) });
  res.writeHead(200, { 'content-type': 'application/json' }).end(ack);
  const input = toProspectInput({ name, email, phone: undefined, notes: undefined, status: 'NEW' }, origin);
  const search = new URLSearchParams({ searchBy: 'email', searchValue: email, limit: '20' });
  (async () => {
    await call('GET', `${trataApi}/v1/prospects?${search}`, trataToken);
    const created = (await call('POST', `${trataApi}/v1/prospects`, trataToken, {
      ...input,
      prospectProps: { ...input.prospectProps, slackSubmissionId: origin.submissionKey },
    })) as Prospect;
    const card = buildProspectCard({ ...created, externalReference: created.externalReference ?? [] });
    await call('POST', new URL('chat.postMessage', slackApi).href, botToken, {
      channel: origin.channelId,
      text: card.text,
      blocks: card.blocks,
      unfurl_links: false,
    });
    await call('POST', new URL('views.update', slackApi).href, botToken, {
      view_id: payload.view.id,
      view: buildCreatedView(created, `Its card is posted in <#${origin.channelId}>.`, { existing: false }),
    });
  })().catch((error: Error) => fail(error.message));
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
    const form = new URLSearchParams(raw.toString('utf8'));
    const payload = form.get('payload');
    if (payload) {
      submitForm(JSON.parse(payload) as Submission, res);
      return;
    }
    res.writeHead(200, { 'content-length': '0' }).end();
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
