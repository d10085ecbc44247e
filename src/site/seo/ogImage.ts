import type { Media } from '@/payload-types'
import { absoluteUrl } from '@/articles/urls'

export type OgImage = { url: string; width: number; height: number; alt: string }

/** The 1200×630 `og` rendition of a picture, as social cards expect, or the original. */
export function ogImageOf(media: Media | string | null | undefined): OgImage | null {
  if (!media || typeof media !== 'object') return null
  const size = media.sizes?.og?.url ? media.sizes.og : media
  if (!size.url || !size.width || !size.height) return null
  const url = size.url.startsWith('http') ? size.url : absoluteUrl(size.url)
  return { url, width: size.width, height: size.height, alt: media.alt }
}
