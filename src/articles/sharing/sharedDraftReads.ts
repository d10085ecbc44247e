import { ARTICLES, SHARE_LINKS } from '@collections/slugs'
import type { Article } from '@/payload-types'

import { payload } from '@/platform/payload'

import { hashShareToken, isWellFormedShareToken } from './shareToken'

export type SharedDraft = { article: Article; expiresAt: string }

/**
 * The one story a share link opens, as its latest draft, or null when the token is malformed,
 * unknown, revoked or expired. The token is the only credential: nothing here looks at cookies,
 * and the read is never cached, so a revoke takes effect on the next request.
 */
export async function findSharedDraft(
  token: string,
  now: Date = new Date(),
): Promise<SharedDraft | null> {
  if (!isWellFormedShareToken(token)) return null
  const client = await payload()
  const { docs } = await client.find({
    collection: SHARE_LINKS,
    where: { tokenHash: { equals: hashShareToken(token) } },
    limit: 1,
    depth: 0,
    // The share link itself is admin-only; the hash match is what authorises this read.
    overrideAccess: true,
  })
  const link = docs[0]
  // A deleted story leaves its links pointing nowhere.
  if (!link?.article || link.revokedAt || new Date(link.expiresAt) <= now) return null
  const articleId = typeof link.article === 'object' ? link.article.id : link.article
  const article = await client
    .findByID({ collection: ARTICLES, id: articleId, draft: true, depth: 2, overrideAccess: true })
    .catch(() => null)
  return article ? { article, expiresAt: link.expiresAt } : null
}
