import { WEBSITE_SECTION } from '@collections/Articles/sections'
import { cachedDocument } from '@/platform/cache/cachedDocument'
import { listSectionArticles } from '@/articles/reads/articles'
import { listOpenLiveEntries } from '@/articles/live/liveEntryReads'

import { liveEntryFeedItems } from './liveEntryFeedItems'
import { sectionFeed } from './sectionFeed'

export const FEED_SIZE = 20
/** The newest entries of open live pages the feed carries besides the stories. */
const FEED_LIVE_ENTRIES = 20

/** The section's RSS feed as served: the 20 latest stories, built once per content change. */
export const sectionFeedXml = cachedDocument(async () => {
  const [{ docs }, entries] = await Promise.all([
    listSectionArticles({ limit: FEED_SIZE }),
    listOpenLiveEntries(FEED_LIVE_ENTRIES),
  ])
  return sectionFeed(docs, undefined, liveEntryFeedItems(entries))
}, `${WEBSITE_SECTION}-feed`)
