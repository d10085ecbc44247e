import Link from 'next/link'

import { searchPath } from '@/articles/urls'

export function TagList({ tags }: { tags: string[] | null | undefined }) {
  if (!tags?.length) return null
  return (
    <nav className="tags" aria-label="Topics">
      <h2>Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            <Link prefetch={false} href={searchPath({ q: tag })}>
              {tag}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
