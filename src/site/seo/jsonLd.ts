import type { BreadcrumbList, NewsArticle, Person, WithContext } from 'schema-dts'

import type { Article, Author } from '@/payload-types'
import { SECTION_PATH, absoluteUrl, articleUrl, authorPath } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import { jsonLdImagesOf } from './jsonLdImages'
import { correctionsJsonLd } from './correctionsJsonLd'

const PUBLISHER = {
  '@type': 'NewsMediaOrganization',
  name: 'Dispatch',
  url: absoluteUrl('/'),
  logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') },
} as const

export function personJsonLd(author: Author): WithContext<Person> {
  const sameAs = [author.links?.x, author.links?.linkedin, author.links?.website].filter(
    (link): link is string => Boolean(link),
  )
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: author.name,
    url: absoluteUrl(authorPath(author.slug)),
    jobTitle: author.role ?? undefined,
    description: author.bio ?? undefined,
    sameAs: sameAs.length ? sameAs : undefined,
  }
}

export function newsArticleJsonLd(article: Article): WithContext<NewsArticle> {
  const images = jsonLdImagesOf(article.heroImage)
  const authors = article.authors.filter((author): author is Author => typeof author === 'object')
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt ?? undefined,
    mainEntityOfPage: articleUrl(article.slug),
    url: articleUrl(article.slug),
    datePublished: article.publishedAt ?? undefined,
    // What readers see as "Updated" (a note or a material change), not every save's timestamp.
    dateModified: article.revisedAt ?? article.publishedAt ?? undefined,
    correction: correctionsJsonLd(article),
    articleSection: WEBSITE_SECTION_LABEL,
    keywords: article.tags?.join(', ') || undefined,
    image: images.length ? images : undefined,
    author: authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: absoluteUrl(authorPath(author.slug)),
    })),
    publisher: PUBLISHER,
  }
}

export function breadcrumbJsonLd(
  trail: { name: string; path: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  }
}

export const sectionCrumb = { name: WEBSITE_SECTION_LABEL, path: SECTION_PATH }
