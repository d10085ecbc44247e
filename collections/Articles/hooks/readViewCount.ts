import type { FieldHook } from 'payload'

import type { Article, ArticleView } from '@/payload-types'

import { ARTICLE_VIEWS } from '../../slugs'

/**
 * The article's `views` is virtual: nothing an edit writes can reach it. Every read gets the
 * counter's current total from its own row (one lookup by a unique index); a story nobody has
 * read yet has no row and 0 views.
 */
export const readViewCount: FieldHook<Article, number> = async ({ data, req }) => {
  const id = data?.id
  if (!id) return 0
  const row = await req.payload.db.findOne<ArticleView>({
    collection: ARTICLE_VIEWS,
    where: { article: { equals: id } },
    req,
  })
  return Math.max(0, Number(row?.total ?? 0))
}
