import type { Metadata } from 'next'

import type { Article, Author } from '@/payload-types'
import { absoluteUrl, articlePath, authorPath } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { ogImageOf } from './ogImage'

const authorsOf = (article: Article) =>
  article.authors.filter((author): author is Author => typeof author === 'object')

/** Title, description, canonical URL and social cards for an article page. */
export function articleMetadata(article: Article): Metadata {
  const seo = article.meta
  const title = seo?.title || article.title
  const description = seo?.description || article.excerpt || undefined
  const image = ogImageOf(seo?.image ?? article.heroImage)
  return {
    title,
    description,
    alternates: { canonical: articlePath(article.slug) },
    authors: authorsOf(article).map((author) => ({
      name: author.name,
      url: authorPath(author.slug),
    })),
    openGraph: {
      type: 'article',
      title,
      description,
      url: articlePath(article.slug),
      siteName: 'Dispatch',
      section: WEBSITE_SECTION_LABEL,
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      // Next.js leaves these as written: crawlers need full URLs.
      authors: authorsOf(article).map((author) => absoluteUrl(authorPath(author.slug))),
      tags: article.tags ?? undefined,
      images: image ? [image] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title,
      description,
      images: image ? [image] : undefined,
    },
  }
}
