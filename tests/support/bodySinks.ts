import { parseFragment } from 'parse5'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { lexicalToPlainText } from '@/articles/body/plainText'
import type { LiveEntryWithStory } from '@/articles/live/liveEntryReads'
import { toPublicArticle } from '@/content-api/serializers/toPublicArticle'
import { toPublicLiveEntry } from '@/content-api/serializers/toPublicLiveEntry'
import type { Article } from '@/payload-types'
import { ArticleBody } from '@/site/components/ArticleBody'
import { liveEntryFeedItems } from '@/site/feed/liveEntryFeedItems'
import { sectionFeed } from '@/site/feed/sectionFeed'
import { toLiveEntryView } from '@/site/live/liveEntryView'

/** A published story around a body, as the reads hand it to the sinks. */
export const storyWith = (body: unknown): Article => ({
  id: 'story-1',
  title: 'A story',
  slug: 'a-story',
  section: 'military',
  heroImage: 'media-1',
  authors: [],
  publishedAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  createdAt: '2026-01-02T03:04:05.000Z',
  _status: 'published',
  body: body as Article['body'],
})

/** A live entry of that story around a body, as the live reads hand it over. */
export const liveEntryWith = (body: unknown): LiveEntryWithStory => ({
  id: 'entry-1',
  article: { id: 'story-1', slug: 'a-story', title: 'A story', authors: [], heroImage: 'media-1' },
  time: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  createdAt: '2026-01-02T03:04:05.000Z',
  status: 'published',
  body: body as LiveEntryWithStory['body'],
})

const CDATA = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/g

/** The body's HTML as each sink a reader or partner meets writes it. */
export const HTML_SINKS: Record<string, (body: unknown) => string> = {
  'article page (and draft preview)': (body) =>
    renderToStaticMarkup(createElement(ArticleBody, { body })),
  'content API body.html': (body) => toPublicArticle(storyWith(body)).body.html ?? '',
  'feed item content': (body) => {
    const xml = sectionFeed([storyWith(body)])
    const items = [...xml.matchAll(CDATA)].map((match) => match[1] ?? '')
    // The body must not close the CDATA section early: then the rest would be feed XML.
    if (items.length > 1) throw new Error(`the body broke out of its CDATA section: ${xml}`)
    return items[0] ?? ''
  },
  'live page entry': (body) => toLiveEntryView(liveEntryWith(body)).body.html ?? '',
  'content API live entry body.html': (body) =>
    toPublicLiveEntry(liveEntryWith(body), 'a-story').body.html ?? '',
  'live feed item content': (body) => {
    const xml = sectionFeed([], undefined, liveEntryFeedItems([liveEntryWith(body)]))
    const items = [...xml.matchAll(CDATA)].map((match) => match[1] ?? '')
    if (items.length > 1) throw new Error(`the body broke out of its CDATA section: ${xml}`)
    return items[0] ?? ''
  },
}

export const plainTextSink = (body: unknown): string =>
  toPublicArticle(storyWith(body)).body.text ?? lexicalToPlainText(body)

/** What the rendered body may contain; anything else means the renderer let something through. */
export const ALLOWED_ELEMENTS = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'figure',
  'img',
  'figcaption',
  'span',
  'div',
])

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * The scheme a browser would use for the URL, by the URL standard's parser (Node's `URL`), so a
 * relative path that merely contains "javascript:" is not mistaken for a script URL.
 */
const isScriptableUrl = (url: string): boolean => {
  try {
    return !SAFE_PROTOCOLS.has(new URL(url, 'https://reader.example/').protocol)
  } catch {
    return false // a browser does not follow a URL it cannot parse
  }
}

/** The URLs an attribute holds: one, or each candidate of a srcset (URL, then descriptors). */
const urlsIn = (name: string, value: string): string[] => {
  if (name === 'href' || name === 'src') return [value]
  if (name === 'srcset')
    return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
  return []
}

type ParsedNode = {
  nodeName: string
  tagName?: string
  attrs?: { name: string; value: string }[]
  childNodes?: ParsedNode[]
}

/** Every reason the HTML is unsafe, as parse5 (the HTML standard's parser) reads it. */
export function unsafeParts(html: string): string[] {
  const problems: string[] = []
  const visit = (node: ParsedNode) => {
    if (node.tagName) {
      if (!ALLOWED_ELEMENTS.has(node.tagName)) problems.push(`element <${node.tagName}>`)
      for (const { name, value } of node.attrs ?? []) {
        if (name.startsWith('on')) problems.push(`event handler ${name}="${value}"`)
        if (name === 'style') problems.push(`style="${value}"`)
        if (urlsIn(name, value).some(isScriptableUrl)) problems.push(`${name}="${value}"`)
      }
    }
    for (const child of node.childNodes ?? []) visit(child)
    // A <template>'s content lives apart from its children.
    const content = (node as { content?: ParsedNode }).content
    if (content) visit(content)
  }
  visit(parseFragment(html) as unknown as ParsedNode)
  return problems
}
