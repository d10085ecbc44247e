import type { CardArticle } from './ArticleCard'
import { ArticleCard } from './ArticleCard'
import { Pagination } from './Pagination'
import { SectionLabel } from './SectionLabel'

type Props = {
  name: string
  count: number
  articles: CardArticle[]
  page: number
  totalPages: number
  pathFor: (page: number) => string
}

/** A topic: every published story carrying one tag, newest first, paginated like the front. */
export function TopicPage({ name, count, articles, page, totalPages, pathFor }: Props) {
  return (
    <main id="content" className="topic">
      <SectionLabel />
      <h1>{name}</h1>
      <p className="meta">
        Topic · {count === 1 ? '1 story' : `${count} stories`}
        {page > 1 ? ` · page ${page}` : ''}
      </p>
      {articles.map((article) => (
        <ArticleCard key={article.id} article={article} heading="h2" />
      ))}
      <Pagination page={page} totalPages={totalPages} pathFor={pathFor} />
    </main>
  )
}
