import escapeHTML from 'escape-html'
import type { Item } from 'feed'
import { Feed } from 'feed'

import type { Article, Author } from '@/payload-types'
import { lexicalToHtml } from '@/articles/body/toHtml'
import { FEED_PATH, SECTION_PATH, absoluteUrl, articleUrl } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'
import { withoutUnwritableCharacters } from '@/platform/validation/unwritableCharacters'

export const absolute = (url: string) => (url.startsWith('http') ? url : absoluteUrl(url))

/**
 * Elements that repeat, one per value: the feed library writes an array as repeated elements,
 * though its type names only the single-object form.
 */
export const repeatedElements = (values: string[]) =>
  values.map((value) => ({ _text: value })) as unknown as Record<string, unknown>

/** A picture as a feed enclosure: its hero-sized cut when it has one. */
export function enclosureOf(media: Article['heroImage'] | null | undefined): Item['enclosure'] {
  const original = typeof media === 'object' ? media : null
  const picture = original?.sizes?.hero?.url ? original.sizes.hero : original
  if (!picture?.url) return undefined
  return {
    url: absolute(picture.url),
    type: picture.mimeType ?? 'image/jpeg',
    length: picture.filesize ?? 0,
  }
}

/** The feed's name, in the feed itself and in the pages' link to it. */
export const FEED_TITLE = `Dispatch · ${WEBSITE_SECTION_LABEL}`

/** What a feed is of: its name, its page on the site and its own address. */
export type FeedChannel = { title: string; description: string; path: string; feedPath: string }

const SECTION_CHANNEL: FeedChannel = {
  title: FEED_TITLE,
  description: 'Defence and security reporting from the Dispatch newsroom.',
  path: SECTION_PATH,
  feedPath: FEED_PATH,
}

/**
 * RSS 2.0 for the website's section (or a part of it, such as a topic): full text, authors, tags
 * and the hero image as enclosure.
 */
export function sectionFeed(
  articles: Article[],
  channel: FeedChannel = SECTION_CHANNEL,
  liveItems: Item[] = [],
): string {
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: absoluteUrl(channel.path),
    link: absoluteUrl(channel.path),
    language: 'en',
    // RSS 2.0 channel images are GIF, JPEG or PNG, at most 144 pixels wide.
    image: absoluteUrl('/logo-144.png'),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${new Date().getUTCFullYear()} Dispatch`,
    updated: articles[0]?.publishedAt ? new Date(articles[0].publishedAt) : undefined,
    feedLinks: { rss: absoluteUrl(channel.feedPath) },
    ttl: 10,
    generator: 'Dispatch',
  })
  for (const article of articles) {
    const authors = article.authors.filter((a): a is Author => typeof a === 'object')
    feed.addItem({
      title: article.title,
      id: articleUrl(article.slug),
      link: articleUrl(article.slug),
      // A correction, an update or a material change moves the item's date; a typo fix does not.
      date: new Date(article.revisedAt ?? article.publishedAt ?? article.updatedAt),
      // Readers render <description> as HTML; the dek is plain text, so markup typed into it
      // must arrive as text (the feed library only wraps it in CDATA).
      description: article.excerpt ? escapeHTML(article.excerpt) : undefined,
      content: lexicalToHtml(article.body),
      // RSS 2.0's <author> must be an email address, which bylines never expose: names go in
      // Dublin Core's <dc:creator>, which feed readers show as the author: one per co-author.
      extensions: authors.length
        ? [{ name: 'dc:creator', objects: repeatedElements(authors.map((author) => author.name)) }]
        : undefined,
      category: (article.tags ?? []).map((tag) => ({ name: tag })),
      enclosure: enclosureOf(article.heroImage),
    })
  }
  // New entries of open live pages, so a feed reader hears of them without the story republishing.
  for (const item of liveItems) feed.addItem(item)
  // Text stored before control characters were refused must not make the feed unreadable.
  return withoutUnwritableCharacters(feed.rss2())
}
