import type { Where } from 'payload'

import { ARTICLES } from '@collections/slugs'
import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cached } from '@/platform/cache/cached'
import { TAGS } from '@/platform/cache/tags'
import type { Article } from '@/payload-types'
import { chooseRelated } from '@/articles/reads/chooseRelated'

import { CACHE_SECONDS } from '@/platform/cache/cacheSeconds'
import { payload } from '@/platform/payload'

const CANDIDATES = 24

async function queryRelated(article: Pick<Article, 'id' | 'tags' | 'publishedAt'>) {
  const client = await payload()
  const common = {
    collection: ARTICLES,
    sort: '-publishedAt',
    limit: CANDIDATES,
    // Only the first few are wanted: no count of every tagged story in the archive.
    pagination: false,
    depth: 1,
    overrideAccess: false,
    select: {
      title: true,
      slug: true,
      excerpt: true,
      publishedAt: true,
      heroImage: true,
      tags: true,
      // Virtual (collections/Articles/hooks/readViewCount.ts): computed only when selected.
      views: true,
    },
  } as const
  const inSection: Where[] = [
    { section: { equals: WEBSITE_SECTION } },
    { id: { not_equals: article.id } },
  ]
  const tags = article.tags ?? []
  const [tagged, newest] = await Promise.all([
    tags.length
      ? client.find({ ...common, where: { and: [...inSection, { tags: { in: tags } }] } })
      : Promise.resolve({ docs: [] }),
    client.find({ ...common, limit: 4, where: { and: inSection } }),
  ])
  return chooseRelated(article, tagged.docs, newest.docs)
}

/** Up to three stories of the section to read next: shared tags first, then the newest. */
export const listRelatedArticles = cached(queryRelated, ['related-articles'], {
  tags: [TAGS.articleLists, TAGS.media],
  revalidate: CACHE_SECONDS,
})
