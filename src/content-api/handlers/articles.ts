import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'
import { findSectionArticle, listSectionArticles } from '@/articles/reads/articles'

import { SECTION_PATH, articlePath } from '@/articles/urls'

import { notFound } from '../http/ApiError'
import { movedReply } from './movedReply'
import { parseQuery } from '../http/parseQuery'
import type { Reply } from '../http/route'
import { paginationOf } from '../pagination'
import { ListArticlesParams, NoParams, slugParam } from '../schemas/params'
import { ArticleItem, ArticleList } from '../schemas/responses'
import { toPublicArticle, toPublicArticleSummary } from '../serializers/toPublicArticle'

export async function listArticles(request: Request): Promise<Reply> {
  const params = parseQuery(ListArticlesParams, new URL(request.url))
  const result = await listSectionArticles({
    page: params.page,
    limit: params.limit,
    tag: params.tag,
    authorSlug: params.author,
    q: params.q,
    since: params.since,
    until: params.until,
  })
  return {
    schema: ArticleList,
    data: {
      data: result.docs.map(toPublicArticleSummary),
      meta: { pagination: paginationOf(params.page, params.limit, result.totalDocs) },
    },
  }
}

/** `/military/new-slug` → `/api/v1/military/articles/new-slug`. */
const articleApiPath = (path: string) =>
  path.startsWith(`${SECTION_PATH}/`)
    ? `/api/v1${SECTION_PATH}/articles${path.slice(SECTION_PATH.length)}`
    : null

export async function getArticle(request: Request, { slug }: { slug: string }): Promise<Reply> {
  parseQuery(NoParams, new URL(request.url))
  const article = slugParam.safeParse(slug).success ? await findSectionArticle(slug) : null
  const moved = article ? null : await movedReply(articlePath(slug), articleApiPath)
  if (moved) return moved
  if (!article) throw notFound(`No published ${WEBSITE_SECTION_LABEL} article has this slug.`)
  return { schema: ArticleItem, data: { data: toPublicArticle(article) } }
}
