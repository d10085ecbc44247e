import Link from 'next/link'

import { topicSlug } from '@/articles/topicSlug'
import { topicPath } from '@/articles/urls'

export function TagList({ tags }: { tags: string[] | null | undefined }) {
  if (!tags?.length) return null
  return (
    <nav className="tags" aria-label="Topics">
      <h2>Topics</h2>
      <ul>
        {tags.map((tag) => {
          const slug = topicSlug(tag)
          return (
            <li key={tag}>
              {/* A tag with no letters or digits has no topic page to go to. */}
              {slug ? (
                <Link prefetch={false} href={topicPath(slug)}>
                  {tag}
                </Link>
              ) : (
                <span>{tag}</span>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
