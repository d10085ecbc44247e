import { AUTHORS } from '@collections/slugs'
import { cached } from '@/platform/cache/cached'
import { TAGS } from '@/platform/cache/tags'
import type { Author } from '@/payload-types'

import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'
import { payload } from '@/platform/payload'

/** Authors as the public sees them: `overrideAccess: false` keeps their emails out. */
export const listAuthors = cached(
  async (): Promise<Author[]> => {
    const client = await payload()
    const { docs } = await client.find({
      collection: AUTHORS,
      sort: 'name',
      pagination: false,
      depth: 1,
      overrideAccess: false,
    })
    return docs
  },
  ['authors'],
  { tags: [TAGS.authors, TAGS.media], revalidate: CACHE_SECONDS },
)

export const findAuthor = cached(
  async (slug: string): Promise<Author | null> => {
    const client = await payload()
    const { docs } = await client.find({
      collection: AUTHORS,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      overrideAccess: false,
    })
    return docs[0] ?? null
  },
  ['author'],
  { tags: [TAGS.authors, TAGS.media], revalidate: CACHE_SECONDS },
)

export async function findAuthorId(slug: string): Promise<string | null> {
  return (await findAuthor(slug))?.id ?? null
}
