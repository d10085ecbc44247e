import Link from 'next/link'

import type { Author } from '@/payload-types'
import { authorPath } from '@/articles/urls'

/** Authors in order; the first is the byline. Unpopulated references (IDs) are skipped. */
export function Byline({ authors }: { authors: (Author | string)[] | null | undefined }) {
  const people = (authors ?? []).filter((author): author is Author => typeof author === 'object')
  if (people.length === 0) return null
  return (
    <p className="byline">
      By{' '}
      {people.map((author, index) => (
        <span key={author.id}>
          {index > 0 && (index === people.length - 1 ? ' and ' : ', ')}
          <Link prefetch={false} href={authorPath(author.slug)}>
            {author.name}
          </Link>
          {author.role && <span className="role">, {author.role}</span>}
        </span>
      ))}
    </p>
  )
}
