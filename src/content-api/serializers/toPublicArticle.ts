import { lexicalToPlainText } from '@/articles/body/plainText'
import { lexicalToHtml } from '@/articles/body/toHtml'
import type { Article } from '@/payload-types'
import { articleUrl } from '@/articles/urls'

import type { PublicArticle, PublicArticleSummary } from '../schemas/article'
import { toPublicAuthorRefs } from './toPublicAuthor'
import { toPublicImage } from './toPublicImage'
import { toPublicNotes } from './toPublicNotes'
import { isoOrNull, positiveIntOrNull, textOrNull } from './values'

/**
 * An article as lists show it. Built field by field from what the public may see; the schema
 * then strips anything else, so a field added to the collection later cannot leak.
 */
export function toPublicArticleSummary(article: Article): PublicArticleSummary {
  return {
    id: article.id,
    slug: article.slug,
    url: articleUrl(article.slug),
    title: article.title,
    excerpt: textOrNull(article.excerpt),
    section: article.section,
    // Published articles always have publishedAt (set on first publish); the schema enforces it.
    publishedAt: isoOrNull(article.publishedAt) ?? '',
    updatedAt: isoOrNull(article.updatedAt) ?? '',
    readingTime: positiveIntOrNull(article.readingTime),
    views: Math.max(0, article.views ?? 0),
    tags: (article.tags ?? []).filter((tag) => tag.trim() !== ''),
    authors: toPublicAuthorRefs(article.authors),
    heroImage: toPublicImage(article.heroImage),
    seo: {
      title: textOrNull(article.meta?.title),
      description: textOrNull(article.meta?.description),
      image: toPublicImage(article.meta?.image),
    },
  }
}

export function toPublicArticle(article: Article): PublicArticle {
  return {
    ...toPublicArticleSummary(article),
    body: {
      html: textOrNull(lexicalToHtml(article.body)),
      text: textOrNull(lexicalToPlainText(article.body)),
    },
    revisedAt: isoOrNull(article.revisedAt),
    corrections: toPublicNotes(article.corrections),
  }
}
