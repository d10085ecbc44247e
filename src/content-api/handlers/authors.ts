import { listSectionArticles } from '@/articles/reads/articles'
import { findAuthor, listAuthors } from '@/people/reads/authors'

import { authorPath } from '@/articles/urls'

import { notFound } from '../http/ApiError'
import { movedReply } from './movedReply'
import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { pageOf } from '../pagination'
import { NoParams, PageParams, slugParam } from '../schemas/params'
import { AUTHOR_LATEST_ARTICLES, AuthorItem, AuthorList } from '../schemas/responses'
import { toPublicArticleSummary } from '../serializers/toPublicArticle'
import { toPublicAuthor } from '../serializers/toPublicAuthor'

export async function listAuthorsHandler(request: Request): Promise<Reply> {
  const { page, limit } = parseQuery(PageParams, new URL(request.url))
  const { items, pagination } = pageOf(await listAuthors(), page, limit)
  return {
    schema: AuthorList,
    data: { data: items.map(toPublicAuthor), meta: { pagination } },
  }
}

/** `/authors/new-slug` → `/api/v1/authors/new-slug`. */
const authorApiPath = (path: string) => (path.startsWith('/authors/') ? `/api/v1${path}` : null)

export async function getAuthor(request: Request, { slug }: { slug: string }): Promise<Reply> {
  parseQuery(NoParams, new URL(request.url))
  const author = slugParam.safeParse(slug).success ? await findAuthor(slug) : null
  const moved = author ? null : await movedReply(authorPath(slug), authorApiPath)
  if (moved) return moved
  if (!author) throw notFound('No author has this slug.')
  const latest = await listSectionArticles({ authorSlug: slug, limit: AUTHOR_LATEST_ARTICLES })
  return {
    schema: AuthorItem,
    data: {
      data: { ...toPublicAuthor(author), latestArticles: latest.docs.map(toPublicArticleSummary) },
    },
  }
}
