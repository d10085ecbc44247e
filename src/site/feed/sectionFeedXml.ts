import { cachedDocument } from '@/platform/cache/cachedDocument'
import { listMilitaryArticles } from '@/articles/reads/articles'

import { militaryFeed } from './sectionFeed'

const FEED_SIZE = 20

/** The Military RSS feed as served: the 20 latest stories, built once per content change. */
export const militaryFeedXml = cachedDocument(async () => {
  const { docs } = await listMilitaryArticles({ limit: FEED_SIZE })
  return militaryFeed(docs)
}, 'military-feed')
