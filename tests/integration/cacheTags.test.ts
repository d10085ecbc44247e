import { beforeAll, describe, expect, it } from 'vitest'

import { cacheTagsInUse } from '@/platform/cache/cached'
import { TAGS, tagsForArticleChange } from '@/platform/cache/tags'
import { findSectionArticle, listSectionArticles } from '@/articles/reads/articles'
import { findAuthor, listAuthors } from '@/people/reads/authors'
import { listRelatedArticles } from '@/articles/reads/related'
import {
  countArticlesForSitemap,
  listArticlesForNewsSitemap,
  listArticlesForSitemap,
  listAuthorsForSitemap,
} from '@/site/sitemaps/sitemapReads'
import { listTags } from '@/articles/reads/tags'
import { listMostRead } from '@/views/mostRead'
import type { Article } from '@/payload-types'

import { setupNewsroom } from '../support/newsroom'

const { fixtures } = await setupNewsroom()

let article: Article

beforeAll(async () => {
  article = await fixtures.article({ tags: ['cache-test'] })
})

describe('cache tags', () => {
  it('should clear, on some collection change, every tag the site caches with', async () => {
    // Every read the site and the content API make, once.
    await Promise.all([
      listSectionArticles({ page: 1 }),
      findSectionArticle(article.slug),
      listAuthors(),
      findAuthor('anyone'),
      listRelatedArticles(article),
      listTags(),
      listMostRead(),
      countArticlesForSitemap(),
      listArticlesForSitemap(1, 10),
      listAuthorsForSitemap(),
      listArticlesForNewsSitemap(new Date().toISOString()),
    ])
    const clearedByHooks = new Set([
      ...tagsForArticleChange(article),
      TAGS.authors, // Authors' afterChange/afterDelete
      TAGS.media, // Media's afterChange/afterDelete
    ])
    const inUse = [...cacheTagsInUse()]
    expect(inUse).toContain(TAGS.article(article.slug))
    expect(inUse.filter((tag) => !clearedByHooks.has(tag))).toEqual([])
  })

  it('should clear both the old and the new page when a slug changes', () => {
    expect(tagsForArticleChange({ slug: 'new-slug' }, { slug: 'old-slug' })).toEqual([
      TAGS.articleLists,
      TAGS.article('new-slug'),
      TAGS.article('old-slug'),
    ])
  })
})
