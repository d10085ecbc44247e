import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '@/site/components/JsonLd'
import { SectionFront } from '@/site/components/SectionFront'
import { listSectionArticles } from '@/articles/reads/articles'
import { listMostRead } from '@/views/mostRead'
import { parsePageNumber } from '@/site/format/pageNumber'
import { breadcrumbJsonLd, sectionCrumb } from '@/site/seo/jsonLd'
import { FEED_PATH, sectionPagePath } from '@/articles/urls'
import { FEED_TITLE } from '@/site/feed/sectionFeed'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

// `/` and SECTION_PATH are rewritten here (next.config.ts), so every page of the front is cached
// the same way: rendered on first visit, then served until a publish clears it.
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ page: string }> }

async function pageOf(params: Props['params']) {
  const page = parsePageNumber((await params).page)
  if (!page) notFound()
  const result = await listSectionArticles({ page })
  if (page > Math.max(1, result.totalPages)) notFound()
  return { page, result }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await pageOf(params)
  return {
    title:
      page === 1
        ? { absolute: `${WEBSITE_SECTION_LABEL} · Dispatch` }
        : `${WEBSITE_SECTION_LABEL}, page ${page}`,
    description: 'The latest defence and security reporting from the Dispatch newsroom.',
    openGraph: { type: 'website', siteName: 'Dispatch', url: sectionPagePath(page) },
    alternates: {
      canonical: sectionPagePath(page),
      types: { 'application/rss+xml': [{ url: FEED_PATH, title: FEED_TITLE }] },
    },
  }
}

export default async function SectionFrontPage({ params }: Props) {
  const { page, result } = await pageOf(params)
  const mostRead = page === 1 ? await listMostRead() : []
  return (
    <>
      <SectionFront
        articles={result.docs}
        page={page}
        totalPages={result.totalPages}
        pathFor={sectionPagePath}
        mostRead={mostRead}
      />
      <JsonLd data={breadcrumbJsonLd([sectionCrumb])} />
    </>
  )
}
