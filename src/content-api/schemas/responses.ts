import { z } from 'zod'

import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { Article, ArticleSummary } from './article'
import { Author } from './author'
import { itemEnvelope, listEnvelope } from './common'
import { named } from './registry'
import { Tag } from './tag'

/** How many of an author's newest articles come with the author. */
export const AUTHOR_LATEST_ARTICLES = 10

export const AuthorDetail = named(
  Author.extend({
    latestArticles: z
      .array(ArticleSummary)
      .max(AUTHOR_LATEST_ARTICLES)
      .describe(
        `Their ${AUTHOR_LATEST_ARTICLES} newest published ${WEBSITE_SECTION_LABEL} articles`,
      ),
  }),
  { id: 'AuthorDetail' },
)

export const ArticleList = listEnvelope(
  ArticleSummary,
  'ArticleList',
  `A page of published ${WEBSITE_SECTION_LABEL} articles, newest first.`,
)
export const ArticleItem = itemEnvelope(Article, 'ArticleItem', 'One published article.')
export const AuthorList = listEnvelope(Author, 'AuthorList', 'A page of authors, by name.')
export const AuthorItem = itemEnvelope(AuthorDetail, 'AuthorItem', 'One author.')
export const TagList = listEnvelope(Tag, 'TagList', 'Tags in use, most used first.')

export type ArticleList = z.infer<typeof ArticleList>
export type ArticleItem = z.infer<typeof ArticleItem>
export type AuthorList = z.infer<typeof AuthorList>
export type AuthorItem = z.infer<typeof AuthorItem>
export type TagList = z.infer<typeof TagList>
