import { isbot } from 'isbot'

import { findSectionArticleById } from '@/articles/reads/articles'
import { payload } from '@/platform/payload'

import { recordDailyView } from './dailyViews'
import { incrementViews } from './incrementViews'
import type { Visitor } from './visitorsToday'
import { VisitorsToday } from './visitorsToday'

/** UUIDs on SQLite, ObjectIds on MongoDB: anything else cannot be an article. */
const ARTICLE_ID = /^([0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i

const visitorsToday = new VisitorsToday()

export type ViewOutcome = { isFound: false } | { isFound: true; views: number; counted: boolean }

/**
 * Counts a reader's view of a published article of the section once per article per day: the
 * counter sets a cookie that lasts until midnight UTC, and a visit that brings it back is not
 * counted.
 * Bots (and callers that give no user agent) are never counted, and clients that keep no cookies
 * count at most a few times a day per address and browser (see VisitorsToday).
 */
export async function recordView(
  articleId: string,
  visitor: Visitor & { hasViewedToday: boolean },
): Promise<ViewOutcome> {
  if (!ARTICLE_ID.test(articleId)) return { isFound: false }
  const article = await findSectionArticleById(articleId)
  if (!article) return { isFound: false }
  const views = article.views ?? 0

  const isHuman = visitor.userAgent !== '' && !isbot(visitor.userAgent)
  const isNew = isHuman && !visitor.hasViewedToday && visitorsToday.admit(article.id, visitor)
  if (!isNew) return { isFound: true, views, counted: false }

  const client = await payload()
  const total = await incrementViews(client, article.id)
  if (total === null) return { isFound: false }
  // The desk's "most viewed, last 7 days" reads these per-day counts.
  await recordDailyView(client, article.id)
  return { isFound: true, views: total, counted: true }
}
