import escapeHTML from 'escape-html'

import { cleanString } from './readNodes'
import { safeHref } from './safeHref'

/**
 * An image address fit for src and srcset: a path on this site or a web address, with nothing a
 * srcset would read as a second candidate (spaces, commas) or that could end the attribute.
 */
function imageUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || !/^(?:\/(?!\/)|https?:\/\/)[^\s,"'<>\\]+$/i.test(raw)) return null
  return raw
}

const pixels = (raw: unknown): number | null =>
  typeof raw === 'number' && Number.isInteger(raw) && raw > 0 && raw < 100_000 ? raw : null

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Size = { url: string; width: number; height: number | null }

function sizeOf(raw: unknown): Size | null {
  if (!isRecord(raw)) return null
  const url = imageUrl(raw.url)
  const width = pixels(raw.width)
  return url && width ? { url, width, height: pixels(raw.height) } : null
}

function creditHtml(media: Record<string, unknown>): string {
  const credit = cleanString(media.credit)
  if (!credit) return ''
  const href = safeHref(media.creditUrl)
  const source = href
    ? `<a href="${escapeHTML(href)}" rel="noopener noreferrer">${escapeHTML(credit)}</a>`
    : escapeHTML(credit)
  return `<span class="credit">This image is taken from ${source}</span>`
}

/**
 * An inline picture from the populated media document, at the widths the library keeps, with its
 * caption and credit. Every value comes from an untrusted object, so each is checked or escaped;
 * anything but an image is left out.
 */
export function figureHtml(media: unknown): string {
  if (!isRecord(media)) return ''
  const mimeType = cleanString(media.mimeType)
  if (!mimeType.startsWith('image/')) return ''
  const sizes = isRecord(media.sizes)
    ? [sizeOf(media.sizes.card), sizeOf(media.sizes.hero)].filter((size) => size !== null)
    : []
  const largest = sizes.at(-1)
  const src = largest?.url ?? imageUrl(media.url)
  if (!src) return ''
  const width = largest ? largest.width : pixels(media.width)
  const height = largest ? largest.height : pixels(media.height)
  const srcset = sizes.map((size) => `${size.url} ${size.width}w`).join(', ')
  const caption = cleanString(media.caption)
  const credit = creditHtml(media)
  const captionHtml = caption ? `<span>${escapeHTML(caption)}</span> ` : ''
  return (
    `<figure class="inline-image"><img src="${escapeHTML(src)}"` +
    (srcset ? ` srcset="${escapeHTML(srcset)}" sizes="(max-width: 800px) 100vw, 720px"` : '') +
    ` alt="${escapeHTML(cleanString(media.alt))}"` +
    (width ? ` width="${width}"` : '') +
    (height ? ` height="${height}"` : '') +
    ` loading="lazy" decoding="async">` +
    (captionHtml || credit ? `<figcaption>${captionHtml}${credit}</figcaption>` : '') +
    `</figure>`
  )
}
