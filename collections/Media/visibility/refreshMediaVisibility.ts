import type { PayloadRequest } from 'payload'

import { ARTICLES, AUTHORS, MEDIA } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'

/** Marks the updates this module makes, so the media hooks do not treat them as edits. */
export const VISIBILITY_SYNC = 'mediaVisibilitySync'

const earliest = (dates: (string | null | undefined)[]): string | null =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(0) ?? null

/**
 * Works out when a picture became public from what shows it: the earliest publication time of
 * the published website stories in `publishedIn`, or an author's portrait (authors are public).
 * Null keeps it private. Saved on the picture, with the new `publishedIn`, only if either changed.
 */
export async function refreshMediaVisibility(
  req: PayloadRequest,
  mediaId: string,
  publishedIn: string[],
): Promise<void> {
  const { payload } = req
  const media = await payload
    .findByID({
      collection: MEDIA,
      id: mediaId,
      depth: 0,
      select: { publishedIn: true, publicSince: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  if (!media) return

  const [stories, portraits] = await Promise.all([
    publishedIn.length === 0
      ? { docs: [] }
      : payload.find({
          collection: ARTICLES,
          where: {
            and: [
              { id: { in: publishedIn } },
              { _status: { equals: 'published' } },
              { section: { equals: WEBSITE_SECTION } },
            ],
          },
          depth: 0,
          pagination: false,
          select: { publishedAt: true, createdAt: true },
          overrideAccess: true,
          req,
        }),
    payload.find({
      collection: AUTHORS,
      where: { avatar: { equals: mediaId } },
      depth: 0,
      pagination: false,
      select: { createdAt: true },
      overrideAccess: true,
      req,
    }),
  ])
  const stillShownIn = stories.docs.map((story) => String(story.id)).sort()
  const publicSince = earliest([
    ...stories.docs.map((story) => story.publishedAt ?? story.createdAt),
    ...portraits.docs.map((author) => author.createdAt),
  ])

  const before = (media.publishedIn ?? [])
    .map((story) => (typeof story === 'string' ? story : story.id))
    .sort()
  const sameTime =
    (media.publicSince ? new Date(media.publicSince).getTime() : null) ===
    (publicSince ? new Date(publicSince).getTime() : null)
  if (sameTime && before.join() === stillShownIn.join()) return

  await payload.update({
    collection: MEDIA,
    id: mediaId,
    data: { publishedIn: stillShownIn, publicSince },
    depth: 0,
    overrideAccess: true,
    context: { [VISIBILITY_SYNC]: true },
    req,
  })
}
