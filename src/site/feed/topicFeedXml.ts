import { WEBSITE_SECTION, WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'
import { cachedDocument } from '@/platform/cache/cachedDocument'
import { listSectionArticles } from '@/articles/reads/articles'
import { findTopic } from '@/articles/reads/topics'
import { topicFeedPath, topicPath } from '@/articles/urls'

import { FEED_TITLE, sectionFeed } from './sectionFeed'
import { FEED_SIZE } from './sectionFeedXml'

/** A topic's RSS feed as served (its 20 latest stories), or null for a topic no story carries. */
export const topicFeedXml = cachedDocument(async (slug: string) => {
  const topic = await findTopic(slug)
  if (!topic) return null
  const { docs } = await listSectionArticles({ tags: topic.tags, limit: FEED_SIZE })
  return sectionFeed(docs, {
    title: `${FEED_TITLE} · ${topic.name}`,
    description: `${WEBSITE_SECTION_LABEL} reporting on ${topic.name} from the Dispatch newsroom.`,
    path: topicPath(topic.slug),
    feedPath: topicFeedPath(topic.slug),
  })
}, `${WEBSITE_SECTION}-topic-feed`)
