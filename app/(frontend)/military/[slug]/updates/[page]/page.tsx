import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { LiveEntries } from '@/site/components/LiveEntries.client'
import { SectionLabel } from '@/site/components/SectionLabel'
import { findSectionArticle } from '@/articles/reads/articles'
import { articlePath } from '@/articles/urls'
import { env } from '@/platform/env'
import { parsePageNumber } from '@/site/format/pageNumber'
import { liveCoverageOf } from '@/site/live/liveCoverage'

// Older entries of a live story, for readers without JavaScript (with it, they load in place).
export const revalidate = 60
export const generateStaticParams = () => []

type Props = { params: Promise<{ slug: string; page: string }> }

async function coverageFor(params: Props['params']) {
  const { slug, page } = await params
  const number = parsePageNumber(page)
  const article = number && number > 1 ? await findSectionArticle(slug) : null
  const live = article && number ? await liveCoverageOf(article, number) : null
  if (!article || !live || live.entries.length === 0) notFound()
  return { article, live }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, live } = await coverageFor(params)
  return {
    title: `${article.title}: updates, page ${live.page}`,
    alternates: { canonical: `${env.serverUrl}${articlePath(article.slug)}/updates/${live.page}` },
    robots: { index: false, follow: true },
  }
}

export default async function OlderEntriesPage({ params }: Props) {
  const { article, live } = await coverageFor(params)
  return (
    <main id="content" className="article">
      <header>
        <SectionLabel />
        <h1>
          <Link href={articlePath(article.slug)}>{article.title}</Link>
        </h1>
        <p className="meta">
          Older updates, page {live.page} of {live.pages}
        </p>
      </header>
      <LiveEntries
        entries={live.entries}
        keyEvents={[]}
        isOpen={false}
        entriesUrl={live.entriesUrl}
        streamUrl={live.streamUrl}
        page={live.page}
        olderHref={live.olderHref}
        pageSize={live.pageSize}
        timeZone={env.timeZone}
      />
      {live.newerHref && <Link href={live.newerHref}>Newer updates</Link>}
    </main>
  )
}
