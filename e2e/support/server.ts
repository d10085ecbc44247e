/**
 * The site as the end-to-end tests meet it: a production build served by `server.ts` on its own
 * port, on a fresh database seeded with the demo newsroom. DATABASE_URI may point at MongoDB
 * (see `npm run test:mongo`); otherwise a new SQLite file is used for every run.
 */
import { rmSync } from 'node:fs'
import path from 'node:path'

import { E2E } from './settings'

const scratch = E2E.scratchDir
rmSync(scratch, { recursive: true, force: true })
// Cached reads are kept in memory (next.config.ts), but a cache written by an older build or
// configuration must not serve another database's ids to this run.
rmSync(path.join(import.meta.dirname, '../../.next/cache/fetch-cache'), {
  recursive: true,
  force: true,
})

Object.assign(process.env, {
  PORT: String(E2E.port),
  SERVER_URL: E2E.baseURL,
  DATABASE_URI: process.env.DATABASE_URI || `file:${path.join(scratch, 'dispatch.db')}`,
  MEDIA_DIR: path.join(scratch, 'media'),
  PAYLOAD_SECRET: E2E.secret,
  RATE_LIMIT_LOGIN: String(E2E.loginLimit),
  // This machine stands in for the site's reverse proxy: the specs give each client its own
  // X-Forwarded-For, which is believed from loopback only (e2e/identity.spec.ts connects from
  // 127.0.0.2 as a client that reaches the app directly).
  TRUSTED_PROXIES: '127.0.0.1, ::1',
  SEED_DEMO: 'true',
  ADMIN_EMAIL: E2E.admin.email,
  ADMIN_PASSWORD: E2E.admin.password,
  // e2e/webhooks.spec.ts's receiver listens on loopback.
  WEBHOOKS_ALLOW_PRIVATE: 'true',
})

// A real SMTP server for the suite, stopped with it (e2e/email.spec.ts reads what it receives).
const { startMailpit } = await import('../../scripts/lib/mailpit')
const mail = await startMailpit({ smtp: E2E.mail.smtpPort, http: E2E.mail.httpPort })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, mail.stop)
Object.assign(process.env, {
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(mail.smtpPort),
  SMTP_USER: 'dispatch',
  SMTP_PASSWORD: 'e2e-smtp-password',
  SMTP_FROM: 'newsroom@dispatch.test',
})

const { serveSite } = await import('../../scripts/lib/serve')
await serveSite()
