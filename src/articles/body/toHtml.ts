import escapeHTML from 'escape-html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'

import type { Media } from '@/payload-types'

import { isExternal, safeHref } from './safeHref'

const HEADINGS = new Set(['h2', 'h3', 'h4'])

/** Inline pictures at the widths the media library keeps, each with its caption and credit. */
function figureHtml(media: Media, alt: string): string {
  const sizes = [media.sizes?.card, media.sizes?.hero].filter(
    (size): size is NonNullable<typeof size> => Boolean(size?.url && size.width),
  )
  const src = sizes.at(-1)?.url ?? media.url
  if (!src) return ''
  const srcset = sizes.map((size) => `${size.url} ${size.width}w`).join(', ')
  const width = sizes.at(-1)?.width ?? media.width
  const height = sizes.at(-1)?.height ?? media.height
  const credit = media.credit
    ? `<span class="credit">This image is taken from ${
        safeHref(media.creditUrl)
          ? `<a href="${escapeHTML(safeHref(media.creditUrl) ?? '')}" rel="noopener noreferrer">${escapeHTML(media.credit)}</a>`
          : escapeHTML(media.credit)
      }</span>`
    : ''
  const caption = media.caption ? `<span>${escapeHTML(media.caption)}</span> ` : ''
  return (
    `<figure class="inline-image"><img src="${escapeHTML(src)}"` +
    (srcset ? ` srcset="${escapeHTML(srcset)}" sizes="(max-width: 800px) 100vw, 720px"` : '') +
    ` alt="${escapeHTML(alt)}" width="${Number(width) || ''}" height="${Number(height) || ''}" loading="lazy" decoding="async">` +
    (caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : '') +
    `</figure>`
  )
}

const converters: HTMLConverters = {
  ...defaultHTMLConverters,
  // The page's only <h1> is the headline: body headings stay within h2–h4, whatever is stored.
  heading: ({ node, nodesToHTML }) => {
    const tag = HEADINGS.has(node.tag) ? node.tag : 'h2'
    return `<${tag}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
  },
  link: ({ node, nodesToHTML }) => {
    const text = nodesToHTML({ nodes: node.children }).join('')
    const href = safeHref(node.fields.url)
    if (!href) return text
    const external = isExternal(href) ? ' rel="noopener noreferrer"' : ''
    const newTab = node.fields.newTab ? ' target="_blank"' : ''
    return `<a href="${escapeHTML(href)}"${external}${newTab}>${text}</a>`
  },
  autolink: ({ node, nodesToHTML }) => {
    const text = nodesToHTML({ nodes: node.children }).join('')
    const href = safeHref(node.fields.url)
    return href ? `<a href="${escapeHTML(href)}" rel="noopener noreferrer">${text}</a>` : text
  },
  upload: ({ node }) => {
    const media = node.value
    if (!media || typeof media !== 'object' || !('mimeType' in media)) return ''
    const doc = media as Media
    if (!doc.mimeType?.startsWith('image/')) return ''
    const alt = (node.fields as { alt?: string } | undefined)?.alt || doc.alt || ''
    return figureHtml(doc, alt)
  },
  // Anything this site does not know how to show is left out rather than guessed at.
  unknown: () => '',
}

/**
 * The article body as semantic, escaped HTML: one renderer for the site and the content API, so
 * both show the same thing and nothing an editor types can become script.
 */
export function lexicalToHtml(body: unknown): string {
  if (!body || typeof body !== 'object' || !('root' in body)) return ''
  return convertLexicalToHTML({
    data: body as SerializedEditorState,
    converters,
    disableContainer: true,
  })
}
