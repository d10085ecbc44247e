import Image from 'next/image'

import type { Media } from '@/payload-types'
import { sitePath } from '@/articles/urls'

import { CreditLine } from './CreditLine'

type Props = {
  media: Media
  priority?: boolean
  /**
   * Straight from the media library, past the image optimiser: in draft preview the picture may
   * not be public yet, and only the editor's browser (signed in) may fetch it.
   */
  isPrivate?: boolean
}

/**
 * The story's picture with its caption and credit line. Width and height are set so nothing
 * shifts while it loads; on article pages it is the largest thing on screen, so it loads first.
 */
export function HeroImage({ media, priority = false, isPrivate = false }: Props) {
  const size = media.sizes?.hero?.url ? media.sizes.hero : media
  if (!size.url || !size.width || !size.height) return null
  return (
    <figure className="hero">
      <Image
        src={sitePath(size.url)}
        alt={media.alt}
        width={size.width}
        height={size.height}
        preload={priority}
        fetchPriority={priority ? 'high' : undefined}
        loading={priority ? 'eager' : 'lazy'}
        sizes="(max-width: 800px) 100vw, 768px"
        unoptimized={isPrivate}
        style={{ objectPosition: `${media.focalX ?? 50}% ${media.focalY ?? 50}%` }}
      />
      {(media.caption || media.credit) && (
        <figcaption>
          {media.caption && <span>{media.caption} </span>}
          <CreditLine media={media} />
        </figcaption>
      )}
    </figure>
  )
}
