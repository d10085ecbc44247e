import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cachedDocument } from '@/platform/cache/cachedDocument'
import { listSectionArticles } from '@/articles/reads/articles'

import { sectionFeed } from './sectionFeed'

const FEED_SIZE = 20

/** The section's RSS feed as served: the 20 latest stories, built once per content change. */
export const sectionFeedXml = cachedDocument(async () => {
  const { docs } = await listSectionArticles({ limit: FEED_SIZE })
  return sectionFeed(docs)
}, `${WEBSITE_SECTION}-feed`)
