import Link from 'next/link'

import { articlePath } from '@/articles/urls'

export type MostReadItem = { id: string; slug: string; title: string }

/** The week's most read stories, ranked; nothing at all before anyone has read this week. */
export function MostRead({ stories }: { stories: MostReadItem[] }) {
  if (stories.length === 0) return null
  return (
    <section className="most-read" aria-labelledby="most-read">
      <h2 id="most-read">Most read</h2>
      <ol>
        {stories.map((story) => (
          <li key={story.id}>
            <Link prefetch={false} href={articlePath(story.slug)}>
              {story.title}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  )
}
