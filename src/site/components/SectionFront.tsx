import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

import type { CardArticle } from './ArticleCard'
import { ArticleCard } from './ArticleCard'
import { Pagination } from './Pagination'

type Props = {
  articles: CardArticle[]
  page: number
  totalPages: number
  pathFor: (page: number) => string
}

/** The section front: on page 1 the newest story leads, the rest follow newest first. */
export function SectionFront({ articles, page, totalPages, pathFor }: Props) {
  const [lead, ...rest] = page === 1 ? articles : [undefined, ...articles]
  return (
    <main id="content" className="front">
      <h1 className="section-label">
        {WEBSITE_SECTION_LABEL}
        {page > 1 ? ` · page ${page}` : ''}
      </h1>
      {articles.length === 0 ? (
        <p>No stories have been published yet.</p>
      ) : (
        <>
          {lead && <ArticleCard article={lead} isLead />}
          <div className="cards">
            {rest.map((article) => article && <ArticleCard key={article.id} article={article} />)}
          </div>
        </>
      )}
      <Pagination page={page} totalPages={totalPages} pathFor={pathFor} />
    </main>
  )
}
