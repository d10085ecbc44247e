import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { findAuthorPage } from '@/people/reads/authorPage'
import { authorMetadata } from '@/site/seo/authorMetadata'
import { personJsonLd } from '@/site/seo/jsonLd'

import { AuthorPage } from '@/site/components/AuthorPage'
import { JsonLd } from '@/site/components/JsonLd'
import { authorPath } from '@/articles/urls'
import { redirectIfMoved } from '@/site/redirectIfMoved'

/** The data and markup of an author page, shared by /authors/[slug] and /authors/[slug]/page/[page]. */
export async function authorRouteMetadata(slug: string, page: number | null): Promise<Metadata> {
  const found = page ? await findAuthorPage(slug, page) : null
  if (!found && page === 1) await redirectIfMoved(authorPath(slug))
  if (!found || !page) notFound()
  return authorMetadata(found.author, page)
}

export async function AuthorRoute({ slug, page }: { slug: string; page: number | null }) {
  const found = page ? await findAuthorPage(slug, page) : null
  if (!found && page === 1) await redirectIfMoved(authorPath(slug))
  if (!found) notFound()
  return (
    <>
      <AuthorPage author={found.author} articles={found.articles} />
      <JsonLd data={personJsonLd(found.author)} />
    </>
  )
}
