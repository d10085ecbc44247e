import type { Item } from 'feed'

import { lexicalToHtml } from '@/articles/body/toHtml'
import { entryUrl } from '@/articles/urls'
import type { LiveEntryWithStory } from '@/articles/live/liveEntryReads'

import { enclosureOf, repeatedElements } from './sectionFeed'

/** New entries of open live stories as feed items: "Story title: entry headline", linked to the entry. */
export function liveEntryFeedItems(entries: LiveEntryWithStory[]): Item[] {
  return entries.flatMap((entry) => {
    const story = typeof entry.article === 'object' ? entry.article : null
    if (!story?.slug) return []
    const url = entryUrl(story.slug, entry.id)
    // An entry without its own byline or picture carries the story's, so every item has both.
    const own = typeof entry.author === 'object' && entry.author ? [entry.author] : []
    const bylines = own.length ? own : (story.authors ?? []).filter((a) => typeof a === 'object')
    return [
      {
        title: entry.headline?.trim()
          ? `${story.title}: ${entry.headline}`
          : `${story.title}: update`,
        id: url,
        link: url,
        date: new Date(entry.time),
        content: lexicalToHtml(entry.body),
        extensions: bylines.length
          ? [{ name: 'dc:creator', objects: repeatedElements(bylines.map((a) => a.name)) }]
          : undefined,
        enclosure: enclosureOf(entry.image) ?? enclosureOf(story.heroImage),
      },
    ]
  })
}
