import type { Metadata } from 'next'

import { ArticleCard } from '@/components/ArticleCard'
import { Pagination } from '@/components/Pagination'
import { SearchBox } from '@/components/SearchBox'
import { listMilitaryArticles } from '@/data/articles'
import { parsePageNumber } from '@/format/pageNumber'
import { searchPath } from '@/urls'

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

async function readQuery(searchParams: Props['searchParams']) {
  const params = await searchParams
  const query = (first(params.q) ?? '').trim().slice(0, 200)
  const page = parsePageNumber(first(params.page)) ?? 1
  return { query, page }
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await readQuery(searchParams)
  return {
    title: query ? `Search: ${query}` : 'Search',
    alternates: { canonical: '/search' },
    // Result pages are endless variations of the articles themselves.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, page } = await readQuery(searchParams)
  const results = query ? await listMilitaryArticles({ q: query, page }) : null
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
