import { isSupportedCountry } from 'libphonenumber-js';
import { z } from 'zod';

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

const httpsOrLocalUrl = (name: string) =>
  z.url({ message: `${name} must be a URL such as https://…` }).refine((u) => /^https?:\/\//.test(u), {
    message: `${name} must start with https:// (or http:// for a local stand-in)`,
  });

const envSchema = z
  .object({
    SLACK_BOT_TOKEN: z.preprocess(
      emptyAsUnset,
      z
        .string({
          message: 'SLACK_BOT_TOKEN is missing — copy the Bot User OAuth Token from OAuth & Permissions',
        })
        .startsWith('xoxb-', {
          message:
            'SLACK_BOT_TOKEN must start with xoxb- — copy the Bot User OAuth Token from OAuth & Permissions',
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
    TRATA_API_TOKEN: z.preprocess(
      emptyAsUnset,
      z.string({ message: 'TRATA_API_TOKEN is missing — create an API key in the Trata dashboard' }).min(8, {
        message: 'TRATA_API_TOKEN looks too short — paste the whole API key from the Trata dashboard',
      }),
    ),
    TRATA_API_URL: z.preprocess(
      emptyAsUnset,
      httpsOrLocalUrl('TRATA_API_URL').default('https://api.trata.ai'),
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
    LOG_LEVEL: z.preprocess(
      (v) => (typeof v === 'string' ? emptyAsUnset(v.toLowerCase()) : v),
      z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
    ),
    DEFAULT_PHONE_REGION: z.preprocess(
      (v) => (typeof v === 'string' ? emptyAsUnset(v.toUpperCase()) : v),
      z
        .string()
        .refine((v) => isSupportedCountry(v), {
          message: 'DEFAULT_PHONE_REGION must be a two-letter country code such as US, GB or DE',
        })
        .default('US'),
    ),
  })
  .strip();

const MISSING_SIGNING_SECRET =
  'SLACK_SIGNING_SECRET is missing — HTTP mode needs the Signing Secret from Basic Information → App Credentials (or set SLACK_APP_TOKEN for Socket Mode)';

export interface Config {
  mode: 'socket' | 'http';
  slack: {
    botToken: string;
    signingSecret: string | undefined;
    appToken: string | undefined;
    apiUrl: string;
  };
  trata: { apiToken: string; apiUrl: string };
  port: number;
  logLevel: LogLevelName;
  defaultPhoneRegion: string;
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

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  // Cross-field rule, checked even when other settings are wrong so the list is complete.
  if (
    emptyAsUnset(env.SLACK_APP_TOKEN) === undefined &&
    emptyAsUnset(env.SLACK_SIGNING_SECRET) === undefined
  ) {
    problems.push(MISSING_SIGNING_SECRET);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    mode: e.SLACK_APP_TOKEN ? 'socket' : 'http',
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
    },
    trata: { apiToken: e.TRATA_API_TOKEN, apiUrl: e.TRATA_API_URL.replace(/\/+$/, '') },
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    defaultPhoneRegion: e.DEFAULT_PHONE_REGION,
  };
}
