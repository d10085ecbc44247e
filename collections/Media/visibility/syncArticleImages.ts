import type { PayloadRequest } from 'payload'

import { MEDIA } from '@collections/slugs'

import { refreshMediaVisibility } from './refreshMediaVisibility'

/**
 * Records which pictures a published story shows (`shows`; empty when the story is a draft, of
 * another desk or deleted) in each picture's `publishedIn`, and refreshes every picture that
 * gained or lost the story. `alsoCheck` names pictures the story showed before, in case the
 * database already dropped the link (SQLite removes it with a deleted story).
 */
export async function syncArticleImages(
  req: PayloadRequest,
  articleId: string,
  shows: Set<string>,
  alsoCheck: Iterable<string> = [],
): Promise<void> {
  const linked = await req.payload.find({
    collection: MEDIA,
    where: { publishedIn: { in: [articleId] } },
    depth: 0,
    pagination: false,
    select: { publishedIn: true },
    overrideAccess: true,
    req,
  })
  const linksOf = new Map<string, string[]>()
  for (const media of linked.docs) {
    const ids = (media.publishedIn ?? []).map((story) =>
      typeof story === 'string' ? story : story.id,
    )
    linksOf.set(String(media.id), ids)
  }
  const affected = new Set([...shows, ...linksOf.keys(), ...alsoCheck])
  for (const mediaId of affected) {
    const links = new Set(linksOf.get(mediaId) ?? (await currentLinks(req, mediaId)))
    if (shows.has(mediaId)) links.add(articleId)
    else links.delete(articleId)
    await refreshMediaVisibility(req, mediaId, [...links])
  }
}

export async function currentLinks(req: PayloadRequest, mediaId: string): Promise<string[]> {
  const media = await req.payload
    .findByID({
      collection: MEDIA,
      id: mediaId,
      depth: 0,
      select: { publishedIn: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  return (media?.publishedIn ?? []).map((story) => (typeof story === 'string' ? story : story.id))
}
