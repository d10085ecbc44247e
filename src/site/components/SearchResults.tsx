import { ArticleCard } from '@/site/components/ArticleCard'
import { Pagination } from '@/site/components/Pagination'
import { SearchBox } from '@/site/components/SearchBox'
import { listSectionArticles } from '@/articles/reads/articles'
import { searchPath } from '@/articles/urls'

/** The search page: the form, then the matching stories for `query` (nothing while it is empty). */
export async function SearchResults({ query, page }: { query: string; page: number }) {
  const results = query ? await listSectionArticles({ q: query, page }) : null
  return (
    <main id="content" className="search">
      <h1>Search</h1>
      <SearchBox query={query} />
      {!results ? (
        <p>Type a word or phrase to search published Military stories.</p>
      ) : results.totalDocs === 0 ? (
        <p role="status">No stories match “{query}”. Try fewer or different words.</p>
      ) : (
        <>
          <p role="status">
            {results.totalDocs} {results.totalDocs === 1 ? 'story matches' : 'stories match'} “
            {query}”
          </p>
          {results.docs.map((article) => (
            <ArticleCard key={article.id} article={article} />
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
