import type { Media } from '@/payload-types'

import type { PublicImage, PublicImageSize } from '../schemas/image'
import { positiveIntOrNull, populated, textOrNull, urlOrNull } from './values'

type StoredSize = NonNullable<Media['sizes']>['thumbnail']

function toSize(size: StoredSize): PublicImageSize | null {
  const url = urlOrNull(size?.url)
  if (!size || !url) return null
  return {
    url,
    width: positiveIntOrNull(size.width),
    height: positiveIntOrNull(size.height),
    mimeType: textOrNull(size.mimeType),
  }
}

export function toPublicImage(value: string | Media | null | undefined): PublicImage | null {
  const media = populated(value)
  const url = urlOrNull(media?.url)
  if (!media || !url) return null
  return {
    url,
    width: positiveIntOrNull(media.width),
    height: positiveIntOrNull(media.height),
    alt: textOrNull(media.alt),
    caption: textOrNull(media.caption),
    credit: textOrNull(media.credit),
    creditUrl: urlOrNull(media.creditUrl),
    sizes: {
      thumbnail: toSize(media.sizes?.thumbnail),
      card: toSize(media.sizes?.card),
      hero: toSize(media.sizes?.hero),
      og: toSize(media.sizes?.og),
    },
  }
}
