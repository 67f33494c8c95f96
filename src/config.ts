import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';
import { MAKE_KEY_COMMAND } from './store/crypto.js';

/**
 * Configuration, validated once at start-up (t3-env style): every variable in one pass,
 * empty strings treated as unset, and one error listing everything that is wrong and how to fix it.
 * Nothing else in the app reads process.env.
 */

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

const emptyAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUnset, schema.optional());

/** One check, so a bad value gets one message (a URL check and a scheme check both failed on `not a url`). */
const httpsOrLocalUrl = (name: string) =>
  z.string().refine(isHttpUrl, {
    message: `${name} must start with https:// (or http:// for a local stand-in), such as https://…`,
  });

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol) && /^https?:\/\//i.test(value);
  } catch {
    return false;
  }
}

/** The common mistake for the United Kingdom: ISO 3166 says GB. */
const REGION_ALIASES: Record<string, string> = { UK: 'GB', EN: 'GB' };

/** .env.example's placeholders (`xoxb-your-bot-token`, …) are not values: a copied file must be filled in. */
const PLACEHOLDER = /your[-_ ]|^<.*>$|changeme|placeholder/i;
const placeholderMessage = (name: string, how: string) =>
  `${name} is still the placeholder from .env.example — ${how}`;

/** A setting that is required in one install mode and not read in the other. */
const requiredIn = <T extends z.ZodType<unknown, string>>(required: boolean, missing: string, schema: T) =>
  z.preprocess(emptyAsUnset, required ? z.string({ message: missing }).pipe(schema) : schema.optional());

const BOT_TOKEN_HOW = 'copy the Bot User OAuth Token from OAuth & Permissions';
const TRATA_TOKEN_HOW = 'create an API key in the Trata dashboard';
const SECRET_HOW = 'copy it from Basic Information → App Credentials';

const buildSchema = (single: boolean) =>
  z
    .object({
      SLACK_BOT_TOKEN: requiredIn(
        single,
        `SLACK_BOT_TOKEN is missing — ${BOT_TOKEN_HOW}`,
        z
          .string()
          .startsWith('xoxb-', { message: `SLACK_BOT_TOKEN must start with xoxb- — ${BOT_TOKEN_HOW}` })
          .refine((v) => !PLACEHOLDER.test(v), {
            message: placeholderMessage('SLACK_BOT_TOKEN', BOT_TOKEN_HOW),
          }),
      ),
      SLACK_CLIENT_ID: requiredIn(
        !single,
        `SLACK_CLIENT_ID is missing — ${SECRET_HOW}`,
        z.string().regex(/^\d+\.\d+$/, {
          message: `SLACK_CLIENT_ID must look like 1234567890.1234567890 — ${SECRET_HOW}`,
        }),
      ),
      SLACK_CLIENT_SECRET: requiredIn(
        !single,
        `SLACK_CLIENT_SECRET is missing — ${SECRET_HOW}`,
        z.string().regex(/^[0-9a-f]{16,}$/i, {
          message: `SLACK_CLIENT_SECRET must be the hex Client Secret — ${SECRET_HOW}`,
        }),
      ),
      SLACK_STATE_SECRET: requiredIn(
        !single,
        'SLACK_STATE_SECRET is missing — any long random string; it signs the install link (e.g. openssl rand -hex 32)',
        z.string().min(16, {
          message: 'SLACK_STATE_SECRET must be at least 16 characters — e.g. openssl rand -hex 32',
        }),
      ),
      ENCRYPTION_KEY: optional(z.string()),
      ENCRYPTION_KEY_PREVIOUS: optional(z.string()),
      DATABASE_URL: optional(
        z.string().refine((v) => /^(sqlite:|postgres(ql)?:\/\/)/.test(v), {
          message:
            'DATABASE_URL must be sqlite:PATH (an SQLite file) or postgres://user:password@host:5432/database — or leave it empty for ./data/trata-prospects.db',
        }),
      ),
      SLACK_SIGNING_SECRET: optional(
        z.string().regex(/^[0-9a-f]{16,}$/i, {
          message:
            'SLACK_SIGNING_SECRET must be the hex Signing Secret from Basic Information → App Credentials',
        }),
      ),
      SLACK_APP_TOKEN: optional(
        z.string().startsWith('xapp-', {
          message:
            'SLACK_APP_TOKEN must start with xapp- — create an app-level token with connections:write under Basic Information',
        }),
      ),
      SLACK_API_URL: z.preprocess(
        emptyAsUnset,
        httpsOrLocalUrl('SLACK_API_URL').default('https://slack.com/api/'),
      ),
      TRATA_API_TOKEN: requiredIn(
        single,
        `TRATA_API_TOKEN is missing — ${TRATA_TOKEN_HOW}`,
        z
          .string()
          .min(8, {
            message: 'TRATA_API_TOKEN looks too short — paste the whole API key from the Trata dashboard',
          })
          .refine((v) => !PLACEHOLDER.test(v), {
            message: placeholderMessage('TRATA_API_TOKEN', TRATA_TOKEN_HOW),
          }),
      ),
      TRATA_API_URL: z.preprocess(
        emptyAsUnset,
        httpsOrLocalUrl('TRATA_API_URL').default('https://api.trata.ai'),
      ),
      TRATA_APP_URL: optional(
        httpsOrLocalUrl('TRATA_APP_URL').refine((v) => v.includes('{id}'), {
          message:
            'TRATA_APP_URL must contain {id} where the prospect id goes, such as https://app.trata.ai/prospects/{id}',
        }),
      ),
      PORT: z.preprocess(
        emptyAsUnset,
        z.coerce
          .number({ message: 'PORT must be a number' })
          .int({ message: 'PORT must be a whole number' })
          .min(0, { message: 'PORT must be between 0 and 65535' })
          .max(65535, { message: 'PORT must be between 0 and 65535' })
          .default(3000),
      ),
      SUBMISSION_RETENTION_DAYS: z.preprocess(
        emptyAsUnset,
        z.coerce
          .number({ message: 'SUBMISSION_RETENTION_DAYS must be a number of days' })
          .int({ message: 'SUBMISSION_RETENTION_DAYS must be a whole number of days' })
          .min(1, { message: 'SUBMISSION_RETENTION_DAYS must be between 1 and 3650' })
          .max(3650, { message: 'SUBMISSION_RETENTION_DAYS must be between 1 and 3650' })
          .default(30),
      ),
      LOG_LEVEL: z.preprocess(
        (v) => (typeof v === 'string' ? emptyAsUnset(v.toLowerCase()) : v),
        z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
      ),
      SHUTDOWN_GRACE_SECONDS: z.preprocess(
        emptyAsUnset,
        z.coerce
          .number({ message: 'SHUTDOWN_GRACE_SECONDS must be a number of seconds' })
          .min(1, { message: 'SHUTDOWN_GRACE_SECONDS must be between 1 and 300' })
          .max(300, { message: 'SHUTDOWN_GRACE_SECONDS must be between 1 and 300' })
          .default(10),
      ),
      DEFAULT_PHONE_REGION: z.preprocess(
        (v) => (typeof v === 'string' ? emptyAsUnset(v.toUpperCase()) : v),
        z
          .string()
          .superRefine((v, ctx) => {
            if (isSupportedCountry(v)) return;
            const alias = REGION_ALIASES[v];
            ctx.addIssue({
              code: 'custom',
              message: alias
                ? `DEFAULT_PHONE_REGION=${v} is not a country code — use ${alias} (the ISO code for the United Kingdom)`
                : 'DEFAULT_PHONE_REGION must be a two-letter country code such as US, GB or DE',
            });
          })
          .default('US'),
      ),
    })
    .strip();

const MISSING_SIGNING_SECRET =
  'SLACK_SIGNING_SECRET is missing — HTTP mode needs the Signing Secret from Basic Information → App Credentials (or set SLACK_APP_TOKEN for Socket Mode)';

/** Add to Slack: the OAuth app's credentials. */
export interface DistributionConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

export interface Config {
  mode: 'socket' | 'http';
  /** One workspace from tokens in the environment, or many through Add to Slack. */
  install: 'single' | 'distributed';
  slack: {
    /** Single-workspace mode only. */
    botToken: string | undefined;
    signingSecret: string | undefined;
    appToken: string | undefined;
    apiUrl: string;
    /** Distributed mode only. */
    distribution: DistributionConfig | undefined;
  };
  /** `apiToken`: single-workspace mode only; installed workspaces each connect their own key. */
  trata: {
    apiToken: string | undefined;
    apiUrl: string;
    /** A link template for a prospect's page in Trata (`{id}`); cards get View in Trata when set. */
    appUrl: string | undefined;
  };
  /** Unset: the embedded SQLite file. */
  databaseUrl: string | undefined;
  /** Secrets at rest (distributed mode): base64 keys, checked when the store opens them. */
  encryption: { key: string; previous: string | undefined } | undefined;
  port: number;
  logLevel: LogLevelName;
  defaultPhoneRegion: string;
  /** Finished submissions (names, emails, phones) are deleted from the store after this many days. */
  submissionRetentionDays: number;
  /** How long SIGTERM/SIGINT wait for work in flight before the process exits anyway. */
  shutdownGraceSeconds: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code = 'CONFIG_INVALID';
  constructor(readonly problems: string[]) {
    super(
      `The app cannot start — fix these settings (see .env.example):\n${problems.map((p) => `  • ${p}`).join('\n')}`,
    );
  }
}

const DISTRIBUTION_SETTINGS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
const BOTH_MODES =
  'Both install modes are configured — to serve many workspaces through Add to Slack, remove SLACK_BOT_TOKEN and TRATA_API_TOKEN; to serve one workspace from tokens, remove SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET';
const DISTRIBUTED_NEEDS_HTTP =
  'SLACK_APP_TOKEN must be empty with Add to Slack — installing needs a public URL, so distributed mode runs over HTTP only';

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const set = (name: string) => emptyAsUnset(env[name]) !== undefined;
  const distributed = DISTRIBUTION_SETTINGS.some(set);
  const parsed = buildSchema(!distributed).safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  // Cross-field rules, checked even when other settings are wrong so the list is complete.
  if (distributed && (set('SLACK_BOT_TOKEN') || set('TRATA_API_TOKEN'))) problems.push(BOTH_MODES);
  if (distributed && set('SLACK_APP_TOKEN')) problems.push(DISTRIBUTED_NEEDS_HTTP);
  if (distributed && !set('ENCRYPTION_KEY')) {
    problems.push(
      `ENCRYPTION_KEY is missing — Add to Slack stores each workspace's tokens and Trata key encrypted under it. Make one with: ${MAKE_KEY_COMMAND}`,
    );
  }
  if (!set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) {
    problems.push(MISSING_SIGNING_SECRET);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
    install: distributed ? 'distributed' : 'single',
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
      distribution:
        distributed && e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
          ? {
              clientId: e.SLACK_CLIENT_ID,
              clientSecret: e.SLACK_CLIENT_SECRET,
              stateSecret: e.SLACK_STATE_SECRET,
            }
          : undefined,
    },
    trata: {
      apiToken: e.TRATA_API_TOKEN,
      apiUrl: e.TRATA_API_URL.replace(/\/+$/, ''),
      appUrl: e.TRATA_APP_URL,
    },
    databaseUrl: e.DATABASE_URL,
    encryption: e.ENCRYPTION_KEY ? { key: e.ENCRYPTION_KEY, previous: e.ENCRYPTION_KEY_PREVIOUS } : undefined,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    defaultPhoneRegion: e.DEFAULT_PHONE_REGION,
    submissionRetentionDays: e.SUBMISSION_RETENTION_DAYS,
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
  };
}
