import type { Metadata } from 'next'

import type { Topic } from '@/articles/reads/topics'
import { topicFeedPath, topicPath } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

/** A topic page's own title, description, canonical address, Open Graph card and feed. */
export function topicMetadata(topic: Topic, page: number): Metadata {
  const name = page > 1 ? `${topic.name}, page ${page}` : topic.name
  const title = `${name} · ${WEBSITE_SECTION_LABEL}`
  const stories = topic.count === 1 ? '1 story' : `${topic.count} stories`
  const description = `Dispatch's ${WEBSITE_SECTION_LABEL.toLowerCase()} reporting on ${topic.name}: ${stories} from the newsroom, newest first.`
  const path = topicPath(topic.slug, page)
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: {
        'application/rss+xml': [{ url: topicFeedPath(topic.slug), title: `Dispatch · ${title}` }],
      },
    },
    openGraph: { type: 'website', siteName: 'Dispatch', title, description, url: path },
    twitter: { card: 'summary', title, description },
  }
}
