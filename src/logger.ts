import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevelName } from './config.js';

/**
 * Structured JSON logs (pino) with secrets scrubbed, plus an adapter so Bolt and web-api log
 * through the same pipe. Secrets are removed twice: known values (the configured tokens) and
 * anything shaped like a Slack token or a bearer header, wherever they appear in a line.
 */

const TOKEN_PATTERN = /\b(xox[abposer]|xapp)-[A-Za-z0-9-]+/g;
const BEARER_PATTERN = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
const REDACTED = '[redacted]';

/**
 * `secrets` is read on every line, so secrets learned while running (a workspace's Trata key loaded
 * from the store) can be added to the same collection.
 */
export function createScrubber(secrets: Iterable<string | undefined>): (text: string) => string {
  return (text) => {
    let out = text;
    for (const secret of secrets) {
      if (typeof secret === 'string' && secret.length >= 6 && out.includes(secret)) {
        out = out.split(secret).join(REDACTED);
      }
    }
    return out.replace(TOKEN_PATTERN, REDACTED).replace(BEARER_PATTERN, `$1 ${REDACTED}`);
  };
}

function scrubDeep(value: unknown, scrub: (s: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrub(value.message),
      stack: value.stack ? scrub(value.stack) : undefined,
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = /token|secret|authorization|password|api[-_]?key/i.test(k)
      ? REDACTED
      : scrubDeep(v, scrub, depth + 1);
  }
  return out;
}

export interface LoggerOptions {
  level: LogLevelName;
  /** Known secret values; a Set may grow while the app runs. */
  secrets: Iterable<string | undefined>;
  destination?: DestinationStream;
}

export function createLogger({ level, secrets, destination }: LoggerOptions): Logger {
  const scrub = createScrubber(secrets);
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => scrubDeep(object, scrub) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const cleaned = args.map((a) => (typeof a === 'string' ? scrub(a) : a));
          method.apply(this, cleaned as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

const toPino: Record<LogLevel, LogLevelName> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt's Logger interface on top of pino: Bolt passes loose arguments; they become one message. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let name = 'bolt';
  const write = (lvl: LogLevelName, msg: unknown[]) => {
    if (!logger.isLevelEnabled(lvl)) return;
    const errors = msg.filter((m): m is Error => m instanceof Error);
    const text = msg
      .filter((m) => !(m instanceof Error))
      .map((m) => (typeof m === 'string' ? m : safeJson(m)))
      .join(' ');
    logger[lvl]({ component: name, ...(errors[0] ? { err: errors[0] } : {}) }, text);
  };
  return {
    debug: (...msg) => write('debug', msg),
    info: (...msg) => write('info', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    setLevel: (level) => {
      logger.level = toPino[level];
    },
    getLevel: () =>
      (Object.entries(toPino).find(([, v]) => v === logger.level)?.[0] as LogLevel) ?? LogLevel.INFO,
    setName: (n) => {
      name = n;
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
