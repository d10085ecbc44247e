import type { Payload } from 'payload'

import { ARTICLES, AUTHORS } from '@collections/slugs'
import { DEMO_ADMIN, env } from '@/platform/env'
import { seedDemo } from '@/seed'
import { ensureAdmin } from '@/seed/ensureAdmin'

import { applyMigrations } from '@/platform/database/applyMigrations'

async function isEmptyNewsroom(payload: Payload): Promise<boolean> {
  const [articles, authors] = await Promise.all([
    payload.count({ collection: ARTICLES }),
    payload.count({ collection: AUTHORS }),
  ])
  return articles.totalDocs === 0 && authors.totalDocs === 0
}

/** Runs once per process, before the first request is served. */
export async function onInit(payload: Payload): Promise<void> {
  await applyMigrations(payload)

  if (env.seedDemo && (await isEmptyNewsroom(payload))) {
    payload.logger.info({
      msg: 'Empty database: adding the demo newsroom (this takes a few seconds)',
    })
    const summary = await seedDemo(payload, { admin: env.admin })
    payload.logger.info({ msg: 'Demo newsroom ready', ...summary })
  } else {
    await ensureAdmin(payload, env.admin)
  }

  if (env.admin) {
    const isDemoPassword = env.admin.password === DEMO_ADMIN.password
    payload.logger.info({
      msg: `Admin: ${env.serverUrl}/admin  ${env.admin.email}${isDemoPassword ? ` / ${DEMO_ADMIN.password}` : ''}`,
    })
  }
}
