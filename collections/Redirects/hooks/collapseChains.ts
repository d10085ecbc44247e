import type { CollectionAfterChangeHook } from 'payload'

import { revalidateTags } from '@/platform/cache/revalidate'
import { TAGS } from '@/platform/cache/tags'
import { SECTION_PATH } from '@/articles/urls'

import { REDIRECTS } from '../../slugs'

/** The cached pages a redirect's `from` may be: the story or author page once at that address. */
export function tagsForPath(path: string): string[] {
  const slug = path.startsWith(`${SECTION_PATH}/`) ? path.slice(SECTION_PATH.length + 1) : null
  return slug ? [TAGS.article(slug)] : [TAGS.authors]
}

/**
 * Redirects that led to this one's `from` now lead where it leads (B→C after A→B makes A→C), and
 * the page once cached at `from` is cleared so readers get the redirect at once.
 */
export const collapseChains: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { docs } = await req.payload.find({
    collection: REDIRECTS,
    where: {
      and: [
        { 'to.type': { equals: 'custom' } },
        { 'to.url': { equals: doc.from } },
        { id: { not_equals: doc.id } },
      ],
    },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const earlier of docs) {
    if (earlier.from === doc.from) continue
    await req.payload.update({
      collection: REDIRECTS,
      id: earlier.id,
      data: { to: doc.to },
      overrideAccess: true,
      req,
    })
  }
  if (!req.context.disableRevalidate) revalidateTags(tagsForPath(doc.from), req.payload.logger)
  return doc
}
