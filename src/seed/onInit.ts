import type { Payload } from 'payload'

import { ARTICLES, AUTHORS, MEDIA } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { backfillMediaVisibility } from '@collections/Media/visibility/backfillMediaVisibility'
import { DEMO_ADMIN, env } from '@/platform/env'
import { seedDemo } from '@/seed'
import { ensureAdmin } from '@/seed/ensureAdmin'

import { applyMigrations } from '@/platform/database/applyMigrations'
import { repairUnreadableDates } from '@/platform/validation/repairUnreadableDates'
import { moveLegacyViewCounts } from '@/views/moveLegacyViewCounts'

async function isEmptyNewsroom(payload: Payload): Promise<boolean> {
  const [articles, authors] = await Promise.all([
    payload.count({ collection: ARTICLES }),
    payload.count({ collection: AUTHORS }),
  ])
  return articles.totalDocs === 0 && authors.totalDocs === 0
}

/**
 * A MongoDB newsroom upgraded from before pictures were private has published stories but no
 * public picture: work the visibility out once, or readers would lose every image. (SQLite does
 * this in its migration.)
 */
async function backfillMediaVisibilityAfterUpgrade(payload: Payload): Promise<void> {
  if (env.database.kind !== 'mongodb') return
  const [publicPictures, publishedStories] = await Promise.all([
    payload.count({ collection: MEDIA, where: { publicSince: { exists: true } } }),
    payload.count({
      collection: ARTICLES,
      where: {
        and: [{ _status: { equals: 'published' } }, { section: { equals: WEBSITE_SECTION } }],
      },
    }),
  ])
  if (publicPictures.totalDocs > 0 || publishedStories.totalDocs === 0) return
  payload.logger.info({ msg: 'Working out which pictures readers may see (once, after upgrading)' })
  const summary = await backfillMediaVisibility(payload)
  payload.logger.info({ msg: 'Picture visibility ready', ...summary })
}

/** Runs once per process, before the first request is served. */
export async function onInit(payload: Payload): Promise<void> {
  await applyMigrations(payload)
  const movedViewCounts = await moveLegacyViewCounts(payload)
  if (movedViewCounts > 0) {
    payload.logger.info({
      msg: `Moved the view counts of ${movedViewCounts} articles to articleViews`,
    })
  }
  await backfillMediaVisibilityAfterUpgrade(payload)
  await repairUnreadableDates(payload)

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
