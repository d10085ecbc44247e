import Image from 'next/image'

import type { Media } from '@/payload-types'

/** The story's picture with its caption and the credit line readers expect. */
export function HeroImage({ media, priority = false }: { media: Media; priority?: boolean }) {
  const size = media.sizes?.hero?.url ? media.sizes.hero : media
  if (!size.url || !size.width || !size.height) return null
  const focal = `${media.focalX ?? 50}% ${media.focalY ?? 50}%`
  return (
    <figure className="hero">
      <Image
        src={size.url}
        alt={media.alt}
        width={size.width}
        height={size.height}
        priority={priority}
        sizes="(max-width: 800px) 100vw, 800px"
        style={{ objectPosition: focal }}
      />
      <figcaption>
        {media.caption && <span>{media.caption} </span>}
        {media.credit && (
          <span className="credit">
            This image is taken from{' '}
            {media.creditUrl ? (
              <a href={media.creditUrl} rel="noopener noreferrer">
                {media.credit}
              </a>
            ) : (
              media.credit
            )}
          </span>
        )}
      </figcaption>
    </figure>
  )
}
