import Link from 'next/link'

import type { Article } from '@/payload-types'
import { articlePath } from '@/articles/urls'
import { formatViews } from '@/views/formatViews'
import { hasViews } from '@/views/hasViews'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

type Related = Pick<Article, 'id' | 'slug' | 'title' | 'views'>

export function RelatedArticles({ articles }: { articles: Related[] }) {
  if (articles.length === 0) return null
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">{`More from ${WEBSITE_SECTION_LABEL}`}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.id}>
            <Link prefetch={false} href={articlePath(article.slug)}>
              {article.title}
            </Link>
            {hasViews(article.views) && <span className="meta"> {formatViews(article.views)}</span>}
          </li>
        ))}
      </ul>
    </aside>
  )
}
