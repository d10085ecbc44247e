import { safeHref } from '@/articles/body/safeHref'
import type { Media } from '@/payload-types'

/** "This image is taken from Al Jazeera", linked to the source when there is one. */
export function CreditLine({ media }: { media: Pick<Media, 'credit' | 'creditUrl'> }) {
  if (!media.credit) return null
  const href = safeHref(media.creditUrl)
  return (
    <span className="credit">
      This image is taken from{' '}
      {href ? (
        <a href={href} rel="noopener noreferrer">
          {media.credit}
        </a>
      ) : (
        media.credit
      )}
    </span>
  )
}
