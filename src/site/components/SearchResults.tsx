import type { PaginatedDocs } from 'payload'

import { ArticleCard } from '@/site/components/ArticleCard'
import type { CardArticle } from '@/site/components/ArticleCard'
import { Pagination } from '@/site/components/Pagination'
import { SearchBox } from '@/site/components/SearchBox'
import { searchPath } from '@/articles/urls'
import { WEBSITE_SECTION_LABEL } from '@collections/Articles/sections'

type Props = {
  query: string
  /** The matching stories, or null while the query is empty (the form alone). */
  results: PaginatedDocs<CardArticle> | null
}

/** The search page: the form, then the stories that match `query`. */
export function SearchResults({ query, results }: Props) {
  return (
    <main id="content" className="search">
      <h1>Search</h1>
      <SearchBox query={query} />
      {!results ? (
        <p>{`Type a word or phrase to search published ${WEBSITE_SECTION_LABEL} stories.`}</p>
      ) : results.totalDocs === 0 ? (
        <p role="status">No stories match “{query}”. Try fewer or different words.</p>
      ) : (
        <>
          <p role="status">
            {results.totalDocs} {results.totalDocs === 1 ? 'story matches' : 'stories match'} “
            {query}”
          </p>
          {results.docs.map((article) => (
            <ArticleCard key={article.id} article={article} heading="h2" />
          ))}
          <Pagination
            page={results.page ?? 1}
            totalPages={results.totalPages}
            pathFor={(n) => searchPath({ q: query, page: n })}
          />
        </>
      )}
    </main>
  )
}
