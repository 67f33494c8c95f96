/**
 * A local stand-in for Slack's Socket Mode service, plugged into the Slack stand-in so that
 * `apps.connections.open` (app-level token only) hands out single-use `ws://127.0.0.1:PORT/link/?ticket=…`
 * URLs. On each WebSocket it says `hello`, then delivers envelopes
 * `{envelope_id, type, payload, accepts_response_payload}` and waits for the client's ack
 * `{envelope_id, payload?}` — at most 3 s, Slack's rule. At most 10 connections per app.
 *
 * The WebSocket side is a small RFC 6455 server on node:http (text, close, ping/pong, fragments; no
 * compression), enough for @slack/socket-mode's undici client. Rule breaks by the client are collected
 * in `problems` (tests assert it stays empty).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pollUntil } from './http.js';
import type { SlackStandin, SocketModeHook } from './slack-standin.js';

type Obj = Record<string, unknown>;

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export interface Envelope {
  envelope_id: string;
  type: EnvelopeType;
  payload: Obj;
  accepts_response_payload: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

/** The client's acknowledgement of an envelope, as received. */
export interface SocketAck {
  envelope_id: string;
  payload?: Obj;
  /** Time from sending the envelope to receiving the ack. */
  elapsedMs: number;
}

export interface SocketModeStandinOptions {
  /** The app-level token `apps.connections.open` accepts. */
  appToken: string;
  /** Slack: 10 connections per app. */
  maxConnections?: number;
  /** Slack: 3000 ms. */
  ackTimeoutMs?: number;
}

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Pending {
  envelope: Envelope;
  sentAt: number;
  resolve(ack: SocketAck): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export class SocketModeStandin {
  readonly envelopes: Envelope[] = [];
  readonly acks: SocketAck[] = [];
  /** Things the client did that Slack would not accept (late / unknown / duplicate acks, bad frames...). */
  readonly problems: string[] = [];
  /** Open WebSocket connections, oldest first. */
  readonly connections: SocketConnection[] = [];
  /** How many `hello`s were sent (one per accepted connection). */
  hellos = 0;

  private readonly tickets = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  private readonly settled = new Set<string>();
  private readonly maxConnections: number;
  private readonly ackTimeoutMs: number;
  private readonly hook: SocketModeHook;

  constructor(
    private readonly server: Server,
    private readonly slack: SlackStandin,
    options: SocketModeStandinOptions,
  ) {
    this.maxConnections = options.maxConnections ?? 10;
    this.ackTimeoutMs = options.ackTimeoutMs ?? 3000;
    this.hook = { appToken: options.appToken, openConnection: () => this.issueUrl() };
    slack.socketMode = this.hook;
    server.on('upgrade', (req, socket: Socket, head) => this.upgrade(req, socket, head));
  }

  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /**
   * Delivers an envelope on the oldest open connection and resolves with the client's ack; rejects when
   * no ack arrives within 3 s. `acceptsResponsePayload` defaults as Slack's: true for slash commands and
   * view submissions.
   */
  send(
    type: EnvelopeType,
    payload: Obj,
    options: { acceptsResponsePayload?: boolean } = {},
  ): Promise<SocketAck> {
    const connection = this.connections[0];
    if (!connection) return Promise.reject(new Error('no Socket Mode connection is open'));
    const envelope: Envelope = {
      envelope_id: randomUUID(),
      type,
      payload,
      accepts_response_payload:
        options.acceptsResponsePayload ??
        (type === 'slash_commands' || (type === 'interactive' && payload.type === 'view_submission')),
      ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
    };
    this.envelopes.push(envelope);
    return new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(envelope.envelope_id);
        this.settled.add(envelope.envelope_id);
        const message = `no ack for ${type} envelope ${envelope.envelope_id} within ${this.ackTimeoutMs} ms`;
        this.problems.push(message);
        reject(new Error(message));
      }, this.ackTimeoutMs);
      this.pending.set(envelope.envelope_id, { envelope, sentAt: performance.now(), resolve, reject, timer });
      connection.sendJson(envelope);
    });
  }

  /** Sends `{type: 'disconnect', reason}` on every open connection, as Slack does before recycling them. */
  disconnectAll(reason: 'warning' | 'refresh_requested' | 'link_disabled' = 'refresh_requested'): void {
    for (const c of this.connections)
      c.sendJson({ type: 'disconnect', reason, debug_info: { host: 'applink-standin' } });
  }

  async waitForConnections(count: number, timeoutMs = 5000): Promise<void> {
    await pollUntil(
      () => this.connections.length === count,
      timeoutMs,
      () => `open Socket Mode connections: ${this.connections.length}, hellos sent: ${this.hellos}`,
    );
  }

  /** Drops every connection, fails pending sends, stops listening, and unplugs from the Slack stand-in. */
  close(): Promise<void> {
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(new Error('Socket Mode stand-in closed'));
    }
    this.pending.clear();
    for (const c of [...this.connections]) c.destroy();
    if (this.slack.socketMode === this.hook) this.slack.socketMode = undefined;
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- internals

  private issueUrl(): Obj & { ok: boolean } {
    const ticket = randomBytes(16).toString('hex');
    this.tickets.add(ticket);
    return { ok: true, url: `${this.url}/link/?ticket=${ticket}&app_id=${this.slack.appId}` };
  }

  /** Why a WebSocket handshake is refused: bad request, unknown or used ticket, too many connections. */
  private refusal(url: URL, req: IncomingMessage, key: string | undefined): string | undefined {
    if (url.pathname !== '/link/' || !key || req.headers['sec-websocket-version'] !== '13') {
      return '400 Bad Request';
    }
    // A ticket is good for one connection.
    if (!this.tickets.delete(url.searchParams.get('ticket') ?? '')) return '401 Unauthorized';
    if (this.connections.length >= this.maxConnections) return '429 Too Many Requests';
    return undefined;
  }

  private upgrade(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = req.headers['sec-websocket-key'];
    const refusal = this.refusal(url, req, key);
    if (refusal !== undefined || key === undefined) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    const accept = createHash('sha1')
      .update(key + WS_GUID)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    const connection = new SocketConnection(
      socket,
      (text) => this.onMessage(text),
      (problem) => this.problems.push(problem),
    );
    this.connections.push(connection);
    socket.on('close', () => {
      const index = this.connections.indexOf(connection);
      if (index >= 0) this.connections.splice(index, 1);
    });
    if (head.length > 0) connection.receive(head);
    this.hellos++;
    connection.sendJson({
      type: 'hello',
      num_connections: this.connections.length,
      debug_info: { host: 'applink-standin', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: this.slack.appId },
    });
  }

  private onMessage(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      this.problems.push(`a message that is not JSON: ${text.slice(0, 100)}`);
      return;
    }
    const id = isObj(message) ? message.envelope_id : undefined;
    if (typeof id !== 'string') {
      this.problems.push(`a message without envelope_id: ${text.slice(0, 100)}`);
      return;
    }
    const pending = this.pending.get(id);
    if (!pending) {
      this.problems.push(
        this.settled.has(id)
          ? `a second or late ack for envelope ${id}`
          : `an ack for unknown envelope ${id}`,
      );
      return;
    }
    clearTimeout(pending.timer);
    this.pending.delete(id);
    this.settled.add(id);
    const payload = isObj(message) && isObj(message.payload) ? message.payload : undefined;
    if (payload && Object.keys(payload).length > 0 && !pending.envelope.accepts_response_payload) {
      this.problems.push(
        `a response payload for ${pending.envelope.type} envelope ${id}, which accepts none`,
      );
    }
    const ack: SocketAck = {
      envelope_id: id,
      ...(payload ? { payload } : {}),
      elapsedMs: performance.now() - pending.sentAt,
    };
    this.acks.push(ack);
    pending.resolve(ack);
  }
}

/** One server-side WebSocket: unmasks client frames, answers pings and close, sends unmasked text frames. */
export class SocketConnection {
  pingsReceived = 0;
  private buffer = Buffer.alloc(0);
  private fragments: Buffer[] = [];
  private closing = false;

  constructor(
    private readonly socket: Socket,
    private readonly onText: (text: string) => void,
    private readonly onProblem: (problem: string) => void,
  ) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => socket.destroy());
    // node:http leaves upgraded sockets half-open: when the client hangs up, hang up too.
    socket.on('end', () => socket.destroy());
  }

  sendJson(value: unknown): void {
    this.write(OP.text, Buffer.from(JSON.stringify(value)));
  }

  destroy(): void {
    this.socket.destroy();
  }

  receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const b0 = this.buffer[0];
      const b1 = this.buffer[1];
      if (b0 === undefined || b1 === undefined) return;
      let length = b1 & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if ((b1 & 0x80) === 0) {
        this.onProblem('an unmasked frame from the client (RFC 6455 requires masking)');
        this.close(1002);
        return;
      }
      if (this.buffer.length < offset + 4 + length) return;
      const mask = this.buffer.subarray(offset, offset + 4);
      const data = Buffer.from(this.buffer.subarray(offset + 4, offset + 4 + length));
      for (let i = 0; i < data.length; i++) data[i] = (data[i] ?? 0) ^ (mask[i % 4] ?? 0);
      this.buffer = this.buffer.subarray(offset + 4 + length);
      this.frame((b0 & 0x80) !== 0, b0 & 0x0f, data);
    }
  }

  private frame(fin: boolean, opcode: number, data: Buffer): void {
    switch (opcode) {
      case OP.text:
      case OP.binary:
      case OP.continuation: {
        if (opcode === OP.binary) this.onProblem('a binary frame (Socket Mode speaks JSON text)');
        this.fragments.push(data);
        if (!fin) return;
        const message = Buffer.concat(this.fragments).toString('utf8');
        this.fragments = [];
        if (opcode !== OP.binary) this.onText(message);
        return;
      }
      case OP.ping:
        this.pingsReceived++;
        this.write(OP.pong, data);
        return;
      case OP.pong:
        return;
      case OP.close:
        // Echo the close (completing the handshake the client started), then hang up.
        this.close(data.length >= 2 ? data.readUInt16BE(0) : 1000);
        return;
      default:
        this.onProblem(`an unknown opcode ${opcode}`);
    }
  }

  private close(code: number): void {
    if (this.closing) return;
    this.closing = true;
    const body = Buffer.alloc(2);
    body.writeUInt16BE(code);
    this.write(OP.close, body);
    this.socket.end();
  }

  private write(opcode: number, payload: Buffer): void {
    if (this.socket.destroyed || !this.socket.writable) return;
    const n = payload.length;
    const head = Buffer.alloc(n < 126 ? 2 : n < 65536 ? 4 : 10);
    head[0] = 0x80 | opcode;
    if (n < 126) head[1] = n;
    else if (n < 65536) {
      head[1] = 126;
      head.writeUInt16BE(n, 2);
    } else {
      head[1] = 127;
      head.writeBigUInt64BE(BigInt(n), 2);
    }
    this.socket.write(Buffer.concat([head, payload]));
  }
}

/** Starts the Socket Mode stand-in on 127.0.0.1 (ephemeral port) and plugs it into `slack`. */
export async function startSocketModeStandin(
  slack: SlackStandin,
  options: SocketModeStandinOptions,
): Promise<SocketModeStandin> {
  const server = createServer((_req, res) => {
    res.writeHead(426, { upgrade: 'websocket', connection: 'close' });
    res.end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return new SocketModeStandin(server, slack, options);
}
