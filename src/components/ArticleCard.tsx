import Link from 'next/link'

import type { Article } from '@/payload-types'
import { articlePath } from '@/urls'

import { Byline } from './Byline'
import { PublishedOn } from './PublishedOn'

export type CardArticle = Pick<
  Article,
  'slug' | 'title' | 'excerpt' | 'publishedAt' | 'authors' | 'views'
>

export function ArticleCard({ article }: { article: CardArticle }) {
  return (
    <article className="card">
      <h2>
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </h2>
      {article.excerpt && <p className="dek">{article.excerpt}</p>}
      <Byline authors={article.authors} />
      {article.publishedAt && <PublishedOn date={article.publishedAt} />}
    </article>
  )
}
