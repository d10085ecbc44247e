import type { Metadata } from 'next'

import type { Author } from '@/payload-types'
import { authorPath } from '@/articles/urls'

import { ogImageOf } from './ogImage'

export function authorMetadata(author: Author, page: number): Metadata {
  const title = page > 1 ? `${author.name}, page ${page}` : author.name
  const description =
    author.bio?.slice(0, 160) ||
    `${author.role ?? 'Reporter'} at Dispatch: stories by ${author.name}.`
  const image = ogImageOf(author.avatar)
  return {
    title,
    description,
    alternates: { canonical: authorPath(author.slug, page) },
    openGraph: {
      type: 'profile',
      title,
      description,
      url: authorPath(author.slug, page),
      images: image ? [image] : undefined,
    },
    twitter: { card: 'summary', title, description },
  }
}
