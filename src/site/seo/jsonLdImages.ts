import type { Media } from '@/payload-types'
import { absoluteUrl } from '@/articles/urls'
import { JSON_LD_IMAGE_SIZES } from '@collections/Media/jsonLdImageSizes'

import { ogImageOf } from './ogImage'

const absolute = (url: string) => (url.startsWith('http') ? url : absoluteUrl(url))

/**
 * A story's pictures for its NewsArticle `image`: the 16:9, 4:3 and 1:1 crops Google asks for,
 * those the picture has (one uploaded before the crops existed has none until it is cut again),
 * or else its social-card rendition.
 */
export function jsonLdImagesOf(media: Media | string | null | undefined): string[] {
  if (!media || typeof media !== 'object') return []
  const crops = JSON_LD_IMAGE_SIZES.flatMap((name) => {
    const url = media.sizes?.[name]?.url
    return url ? [absolute(url)] : []
  })
  if (crops.length > 0) return crops
  const og = ogImageOf(media)
  return og ? [og.url] : []
}
