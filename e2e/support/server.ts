/**
 * The site as the end-to-end tests meet it: a production build served by `next start` on its own
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
  SEED_DEMO: 'true',
  ADMIN_EMAIL: E2E.admin.email,
  ADMIN_PASSWORD: E2E.admin.password,
})

const { serveSite } = await import('../../scripts/lib/serve')
await serveSite()
