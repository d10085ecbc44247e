import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { listSectionArticles } from '@/articles/reads/articles'
import { findTopic } from '@/articles/reads/topics'
import { parseTopicSlug } from '@/articles/topicSlug'
import { topicPath } from '@/articles/urls'
import { JsonLd } from '@/site/components/JsonLd'
import { TopicPage } from '@/site/components/TopicPage'
import { breadcrumbJsonLd, sectionCrumb } from '@/site/seo/jsonLd'
import { topicMetadata } from '@/site/seo/topicMetadata'

/**
 * One page of a topic, shared by the page and its metadata: an address that is not a slug we
 * make, a topic no published story carries and a page past the end are all a 404.
 */
const findTopicPage = cache(async (segment: string, page: number | null) => {
  const slug = parseTopicSlug(segment)
  const topic = slug && page ? await findTopic(slug) : null
  if (!topic || !page) notFound()
  const articles = await listSectionArticles({ tags: topic.tags, page })
  if (page > Math.max(1, articles.totalPages) || articles.docs.length === 0) notFound()
  return { topic, page, articles }
})

export async function topicRouteMetadata(segment: string, page: number | null): Promise<Metadata> {
  const { topic } = await findTopicPage(segment, page)
  return topicMetadata(topic, page ?? 1)
}

export async function TopicRoute({ segment, page }: { segment: string; page: number | null }) {
  const { topic, articles } = await findTopicPage(segment, page)
  const pathFor = (n: number) => topicPath(topic.slug, n)
  return (
    <>
      <TopicPage
        name={topic.name}
        count={articles.totalDocs}
        articles={articles.docs}
        page={articles.page ?? 1}
        totalPages={articles.totalPages}
        pathFor={pathFor}
      />
      <JsonLd data={breadcrumbJsonLd([sectionCrumb, { name: topic.name, path: pathFor(1) }])} />
    </>
  )
}
