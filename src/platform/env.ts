import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

import type { TrustedProxies } from './guard/trustedProxies'
import { NO_TRUSTED_PROXIES, parseTrustedProxies } from './guard/trustedProxies'
import { MIN_PASSWORD_LENGTH } from './security/passwordRules'
import type { SmtpConfig } from './email/smtpConfig'
import { smtpProblem, smtpVariables, toSmtpConfig } from './email/smtpConfig'

/** Where the embedded database, its secret and uploaded media live unless configured otherwise. */
export const DATA_DIR = path.resolve(process.cwd(), 'data')

export const DEMO_ADMIN = { email: 'admin@dispatch.example', password: 'dispatch-demo' } as const

const databaseUri = z
  .string()
  .trim()
  .refine(
    (uri) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(uri),
    'must start with file:, mongodb:// or mongodb+srv://',
  )

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value))

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}

const perWindow = z.coerce
  .number({ message: 'must be a number of requests' })
  .int('must be a whole number')
  .min(0, 'must be 0 (off) or more')

const seconds = (min: number, max: number) =>
  z.coerce
    .number({ message: 'must be a number of seconds' })
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URI: databaseUri.optional(),
  PAYLOAD_SECRET: z.string().min(16, 'must be at least 16 characters long').optional(),
  SERVER_URL: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://news.example' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  ADMIN_EMAIL: z.email('must be an email address').optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters long`)
    .optional(),
  SEED_DEMO: flag.optional(),
  MEDIA_DIR: z.string().min(1).optional(),
  CRON_SECRET: z.string().min(16, 'must be at least 16 characters long').optional(),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number')
    .min(0, 'must be between 0 (off) and 3600')
    .max(3600, 'must be between 0 (off) and 3600')
    .default(10),
  SITE_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone such as UTC or Europe/London')
    .default('UTC'),
  RATE_LIMIT_API: perWindow.default(300),
  RATE_LIMIT_LOGIN: perWindow.default(20),
  RATE_LIMIT_VIEWS: perWindow.default(60),
  RATE_LIMIT_LIVE_STREAMS: perWindow.default(20),
  TRUSTED_PROXIES: z
    .string()
    .transform((spec, context) => {
      const parsed = parseTrustedProxies(spec)
      if (typeof parsed !== 'string') return parsed
      context.addIssue({ code: 'custom', message: `${parsed} (or a number of hops such as 1)` })
      return z.NEVER
    })
    .optional(),
  ...smtpVariables,
  WEBHOOKS_ALLOW_PRIVATE: flag.optional(),
  WEBHOOKS_TIMEOUT_SECONDS: seconds(1, 60).default(10),
  WEBHOOKS_RETRY_BASE_SECONDS: seconds(0.05, 3600).default(30),
  WEBHOOKS_RETRY_FOR_SECONDS: seconds(1, 7 * 86_400).default(86_400),
})

export type EnvSource = Record<string, string | undefined>

export type DatabaseConfig = { kind: 'sqlite'; url: string } | { kind: 'mongodb'; url: string }

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  database: DatabaseConfig
  /** True on the embedded SQLite default: a demo that must run with no configuration at all. */
  isEmbedded: boolean
  payloadSecret: string
  serverUrl: string
  port: number
  admin: { email: string; password: string } | null
  seedDemo: boolean
  mediaDir: string
  timeZone: string
  /** Per client address; 0 switches a limit off. */
  rateLimits: {
    /** Anonymous requests to /api per minute. */
    apiPerMinute: number
    /** Sign-in and password-reset attempts per 15 minutes. */
    loginPer15Minutes: number
    /** View-counter calls per minute. */
    viewsPerMinute: number
    /** Live pages' event streams open at once. */
    liveStreamsPerClient: number
  }
  /** Proxies whose X-Forwarded-For is believed (src/platform/guard/clientAddress.ts). */
  trustedProxies: TrustedProxies
  /** Lets an outside scheduler run the jobs queue through /api/cron/jobs; null: only in-process. */
  cronSecret: string | null
  /** How often the server runs due jobs (scheduled publishing) itself; 0 turns that off. */
  jobsIntervalSeconds: number
  /** Where email goes out; null: written to the log instead (src/platform/email/). */
  smtp: SmtpConfig | null
  /** Publish webhooks for partners (src/webhooks/); allowPrivate is for tests and local setups. */
  webhooks: { allowPrivate: boolean; timeoutMs: number; retryBaseMs: number; retryForMs: number }
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`)
    this.name = 'EnvError'
  }
}

/** Empty strings in .env files mean "not set", as they do for most tools. */
function withoutBlanks(source: EnvSource): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  )
}

function toDatabase(uri: string | undefined): DatabaseConfig {
  if (!uri) return { kind: 'sqlite', url: `file:${path.join(DATA_DIR, 'dispatch.db')}` }
  if (uri.startsWith('file:')) return { kind: 'sqlite', url: uri }
  return { kind: 'mongodb', url: uri }
}

/**
 * The embedded demo keeps a random secret beside its database, so sessions survive restarts
 * without anyone having to configure one.
 */
function embeddedSecret(): string {
  const file = path.join(DATA_DIR, '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = randomBytes(32).toString('hex')
  mkdirSync(DATA_DIR, { recursive: true })
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

export function parseEnv(source: EnvSource): Env {
  const result = envSchema.safeParse(withoutBlanks(source))
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map(
        (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
      ),
    )
  }
  const vars = result.data
  const database = toDatabase(vars.DATABASE_URI)
  const isEmbedded = database.kind === 'sqlite'

  if (!vars.PAYLOAD_SECRET && vars.NODE_ENV === 'production' && !isEmbedded) {
    throw new EnvError([
      'PAYLOAD_SECRET: is required in production with MongoDB (use a long random string, e.g. `openssl rand -hex 32`)',
    ])
  }
  if (Boolean(vars.ADMIN_EMAIL) !== Boolean(vars.ADMIN_PASSWORD)) {
    throw new EnvError([
      `${vars.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'}: must be set together with ${vars.ADMIN_EMAIL ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD'}`,
    ])
  }

  const smtp = smtpProblem(vars)
  if (smtp) throw new EnvError([smtp])

  const configuredAdmin =
    vars.ADMIN_EMAIL && vars.ADMIN_PASSWORD
      ? { email: vars.ADMIN_EMAIL, password: vars.ADMIN_PASSWORD }
      : null

  const seedDemo = vars.SEED_DEMO ?? isEmbedded

  return {
    nodeEnv: vars.NODE_ENV,
    database,
    isEmbedded,
    payloadSecret: vars.PAYLOAD_SECRET ?? embeddedSecret(),
    // Without a public URL the site links to itself on the port it listens on.
    serverUrl: vars.SERVER_URL ?? `http://localhost:${vars.PORT}`,
    port: vars.PORT,
    // The documented demo sign-in exists only where demo content is seeded on the embedded database.
    admin: configuredAdmin ?? (isEmbedded && seedDemo ? { ...DEMO_ADMIN } : null),
    seedDemo,
    mediaDir: path.resolve(vars.MEDIA_DIR ?? path.join(DATA_DIR, 'media')),
    timeZone: vars.SITE_TIME_ZONE,
    rateLimits: {
      apiPerMinute: vars.RATE_LIMIT_API,
      loginPer15Minutes: vars.RATE_LIMIT_LOGIN,
      viewsPerMinute: vars.RATE_LIMIT_VIEWS,
      liveStreamsPerClient: vars.RATE_LIMIT_LIVE_STREAMS,
    },
    trustedProxies: vars.TRUSTED_PROXIES ?? NO_TRUSTED_PROXIES,
    cronSecret: vars.CRON_SECRET ?? null,
    jobsIntervalSeconds: vars.JOBS_INTERVAL_SECONDS,
    smtp: toSmtpConfig(vars),
    webhooks: {
      allowPrivate: vars.WEBHOOKS_ALLOW_PRIVATE ?? false,
      timeoutMs: vars.WEBHOOKS_TIMEOUT_SECONDS * 1000,
      retryBaseMs: vars.WEBHOOKS_RETRY_BASE_SECONDS * 1000,
      retryForMs: vars.WEBHOOKS_RETRY_FOR_SECONDS * 1000,
    },
  }
}

export const env = parseEnv(process.env)
