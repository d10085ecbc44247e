import { WEBSITE_SECTION } from '@collections/Articles/sections'
import type { ListedLiveEntry } from '@/articles/live/liveEntryReads'
import { ENTRIES_PAGE_SIZE, listKeyEvents, listLiveEntries } from '@/articles/live/liveEntryReads'
import { articlePath, olderEntriesPath } from '@/articles/urls'
import type { Article } from '@/payload-types'

import type { LiveEntryView } from './liveEntryView'
import { toLiveEntryView } from './liveEntryView'

export type LiveCoverage = {
  isOpen: boolean
  /** The page's entries as read, for JSON-LD (the island gets the views, not these). */
  listed: ListedLiveEntry[]
  entries: LiveEntryView[]
  keyEvents: LiveEntryView[]
  page: number
  pages: number
  olderHref: string | null
  newerHref: string | null
  entriesUrl: string
  streamUrl: string
  pageSize: number
}

/** A live story's entries for one page of its coverage (page 1 is the story's own page). */
export async function liveCoverageOf(
  article: Pick<Article, 'slug' | 'liveStatus'>,
  page = 1,
): Promise<LiveCoverage | null> {
  if (!article.liveStatus) return null
  const [entries, keyEvents] = await Promise.all([
    listLiveEntries({ slug: article.slug, page, limit: ENTRIES_PAGE_SIZE }),
    page === 1 ? listKeyEvents(article.slug) : null,
  ])
  const pages = Math.max(1, entries.totalPages)
  return {
    isOpen: article.liveStatus === 'open',
    listed: entries.docs,
    entries: entries.docs.map(toLiveEntryView),
    keyEvents: (keyEvents?.docs ?? []).map(toLiveEntryView),
    page,
    pages,
    olderHref: page < pages ? olderEntriesPath(article.slug, page + 1) : null,
    newerHref: page > 1 ? olderEntriesPath(article.slug, page - 1) : null,
    entriesUrl: `/api/v1/${WEBSITE_SECTION}/articles/${article.slug}/entries`,
    streamUrl: `${articlePath(article.slug)}/live`,
    pageSize: ENTRIES_PAGE_SIZE,
  }
}
