import escapeHTML from 'escape-html'
import { Feed } from 'feed'

import type { Article, Author } from '@/payload-types'
import { lexicalToHtml } from '@/articles/body/toHtml'
import { FEED_PATH, SECTION_PATH, absoluteUrl, articleUrl } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

const absolute = (url: string) => (url.startsWith('http') ? url : absoluteUrl(url))

/** The feed's name, in the feed itself and in the pages' link to it. */
export const FEED_TITLE = `Dispatch · ${WEBSITE_SECTION_LABEL}`

/** RSS 2.0 for the website's section: full text, authors, tags and the hero image as enclosure. */
export function sectionFeed(articles: Article[]): string {
  const feed = new Feed({
    title: FEED_TITLE,
    description: 'Defence and security reporting from the Dispatch newsroom.',
    id: absoluteUrl(SECTION_PATH),
    link: absoluteUrl(SECTION_PATH),
    language: 'en',
    image: absoluteUrl('/icon.svg'),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${new Date().getUTCFullYear()} Dispatch`,
    updated: articles[0]?.publishedAt ? new Date(articles[0].publishedAt) : undefined,
    feedLinks: { rss: absoluteUrl(FEED_PATH) },
    ttl: 10,
    generator: 'Dispatch',
  })
  for (const article of articles) {
    const hero = typeof article.heroImage === 'object' ? article.heroImage : null
    const picture = hero?.sizes?.hero?.url ? hero.sizes.hero : hero
    const authors = article.authors.filter((a): a is Author => typeof a === 'object')
    feed.addItem({
      title: article.title,
      id: articleUrl(article.slug),
      link: articleUrl(article.slug),
      date: new Date(article.publishedAt ?? article.updatedAt),
      // Readers render <description> as HTML; the dek is plain text, so markup typed into it
      // must arrive as text (the feed library only wraps it in CDATA).
      description: article.excerpt ? escapeHTML(article.excerpt) : undefined,
      content: lexicalToHtml(article.body),
      // RSS 2.0's <author> must be an email address, which bylines never expose: names go in
      // Dublin Core's <dc:creator>, which feed readers show as the author.
      extensions: authors.length
        ? [{ name: 'dc:creator', objects: { _text: authors.map((a) => a.name).join(', ') } }]
        : undefined,
      category: (article.tags ?? []).map((tag) => ({ name: tag })),
      enclosure: picture?.url
        ? {
            url: absolute(picture.url),
            type: picture.mimeType ?? 'image/jpeg',
            length: picture.filesize ?? 0,
          }
        : undefined,
    })
  }
  return feed.rss2()
}
